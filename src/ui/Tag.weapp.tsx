import { View } from '@tarojs/components'
import type { TagProps } from './Tag.types'
import { cx } from './cx'

/** Small label (weapp: t-tag). */
export function Tag(props: TagProps) {
  return (
    <View id={props.id} className={cx('ui-tag', props.className)}>
      <t-tag
        theme={props.theme ?? 'default'}
        variant={props.variant ?? 'light'}
        size={props.size ?? 'medium'}
        closable={props.closable ?? false}
        onClose={props.onClose}
        onClick={props.onClick}
      >
        {props.children}
      </t-tag>
    </View>
  )
}
