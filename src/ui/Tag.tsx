import { View } from '@tarojs/components'
import { Tag as TdTag } from 'tdesign-mobile-react/es/tag'
import type { TagProps } from './Tag.types'
import { cx } from './cx'

/** Small label (H5: tdesign-mobile-react Tag). */
export function Tag(props: TagProps) {
  return (
    <View id={props.id} className={cx('ui-tag', props.className)}>
      <TdTag
        theme={props.theme ?? 'default'}
        variant={props.variant ?? 'light'}
        size={props.size ?? 'medium'}
        closable={props.closable ?? false}
        onClose={() => props.onClose?.()}
        onClick={() => props.onClick?.()}
      >
        {props.children}
      </TdTag>
    </View>
  )
}
