import type { BaseProps } from './common.types'

export interface CheckboxProps extends BaseProps {
  checked: boolean
  /** Main line, e.g. the material's name. */
  label: string
  /** Second line, e.g. 原件 1 份 / 复印件 1 份. */
  content?: string
  disabled?: boolean
  onChange: (checked: boolean) => void
}
