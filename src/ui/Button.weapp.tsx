import { View } from '@tarojs/components'
import type { ButtonProps } from './Button.types'
import { cx } from './cx'

/** TDesign button (weapp: t-button). */
export function Button(props: ButtonProps) {
  return (
    <View id={props.id} className={cx('ui-button', props.block && 'ui-button--block', props.className)}>
      <t-button
        content={props.children}
        theme={props.theme ?? 'default'}
        variant={props.variant ?? 'base'}
        size={props.size ?? 'large'}
        block={props.block ?? false}
        disabled={props.disabled ?? false}
        loading={props.loading ?? false}
        open-type={props.openType ?? ''}
        onTap={props.onClick}
      />
    </View>
  )
}
