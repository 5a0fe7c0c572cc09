import { View } from '@tarojs/components'
import { Checkbox as TdCheckbox } from 'tdesign-mobile-react/es/checkbox'
import type { CheckboxProps } from './Checkbox.types'
import { cx } from './cx'

/** A tickable row (H5: tdesign-mobile-react Checkbox). */
export function Checkbox(props: CheckboxProps) {
  return (
    <View id={props.id} className={cx('ui-checkbox', props.checked && 'ui-checkbox--checked', props.className)}>
      <TdCheckbox
        checked={props.checked}
        label={props.label}
        content={props.content}
        disabled={props.disabled ?? false}
        block
        onChange={(checked) => props.onChange(checked)}
      />
    </View>
  )
}
