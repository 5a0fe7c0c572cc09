import { View } from '@tarojs/components'
import type { CheckboxProps } from './Checkbox.types'
import { cx } from './cx'

/** A tickable row (weapp: t-checkbox). */
export function Checkbox(props: CheckboxProps) {
  return (
    <View id={props.id} className={cx('ui-checkbox', props.checked && 'ui-checkbox--checked', props.className)}>
      <t-checkbox
        checked={props.checked}
        label={props.label}
        content={props.content ?? ''}
        disabled={props.disabled ?? false}
        block
        onChange={(e: { detail: { checked: boolean } }) => props.onChange(e.detail.checked)}
      />
    </View>
  )
}
