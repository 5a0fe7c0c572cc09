import { View } from '@tarojs/components'
import { Switch as TdSwitch } from 'tdesign-mobile-react/es/switch'
import type { SwitchProps } from './Switch.types'
import { cx } from './cx'

/** On/off switch (H5: tdesign-mobile-react Switch). */
export function Switch(props: SwitchProps) {
  return (
    <View id={props.id} className={cx('ui-switch', props.value && 'ui-switch--on', props.className)}>
      <TdSwitch
        value={props.value}
        label={props.labels ?? ['开', '关']}
        disabled={props.disabled ?? false}
        size="large"
        onChange={(value) => props.onChange(Boolean(value))}
      />
    </View>
  )
}
