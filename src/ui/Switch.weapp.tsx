import { View } from '@tarojs/components'
import type { SwitchProps } from './Switch.types'
import { cx } from './cx'

/** On/off switch (weapp: t-switch). */
export function Switch(props: SwitchProps) {
  return (
    <View id={props.id} className={cx('ui-switch', props.value && 'ui-switch--on', props.className)}>
      <t-switch
        value={props.value}
        label={props.labels ?? ['开', '关']}
        disabled={props.disabled ?? false}
        size="large"
        onChange={(e: { detail: { value: boolean } }) => props.onChange(e.detail.value)}
      />
    </View>
  )
}
