import { View } from '@tarojs/components'
import { Button as TdButton } from 'tdesign-mobile-react/es/button'
import type { ButtonProps } from './Button.types'
import { cx } from './cx'

/** TDesign button (H5: tdesign-mobile-react). */
export function Button(props: ButtonProps) {
  return (
    <View id={props.id} className={cx('ui-button', props.block && 'ui-button--block', props.className)}>
      <TdButton
        theme={props.theme ?? 'default'}
        variant={props.variant ?? 'base'}
        size={props.size ?? 'large'}
        block={props.block ?? false}
        disabled={props.disabled ?? false}
        loading={props.loading ?? false}
        onClick={() => props.onClick?.()}
      >
        {props.children}
      </TdButton>
    </View>
  )
}
