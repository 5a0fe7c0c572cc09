import type { BaseProps } from './common.types'

export interface SwitchProps extends BaseProps {
  value: boolean
  /** Text shown inside the switch for on/off, so colour is never the only signal. */
  labels?: [on: string, off: string]
  disabled?: boolean
  onChange: (value: boolean) => void
}
