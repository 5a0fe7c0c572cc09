import { View } from '@tarojs/components'
import { Tag as TdTag } from 'tdesign-mobile-react/es/tag'
import type { TagProps } from './Tag.types'
import { cx } from './cx'

/** TDesign gives every tag role="button"; a tag nobody can tap is read as plain text instead. */
const NOT_A_BUTTON = { role: undefined } as unknown as Record<string, never>

/** Small label (H5: tdesign-mobile-react Tag). */
export function Tag(props: TagProps) {
  const tappable = Boolean(props.onClick || props.closable)
  return (
    <View id={props.id} className={cx('ui-tag', props.className)}>
      <TdTag
        {...(tappable ? {} : NOT_A_BUTTON)}
        theme={props.theme ?? 'default'}
        variant={props.variant ?? 'light'}
        size={props.size ?? 'medium'}
        closable={props.closable ?? false}
        onClose={() => props.onClose?.()}
        onClick={props.onClick ? () => props.onClick?.() : undefined}
      >
        {props.children}
      </TdTag>
    </View>
  )
}
