import type { BaseProps } from './common.types'

export interface InputProps extends BaseProps {
  label: string
  value: string
  placeholder?: string
  /** `idcard` and `tel` pick the matching keyboard where the platform has one. */
  type?: 'text' | 'number' | 'idcard' | 'tel'
  maxlength?: number
  /** A message under the field saying what to fix; marks the field as wrong. */
  error?: string
  disabled?: boolean
  onChange: (value: string) => void
}

export interface TextareaProps extends BaseProps {
  label: string
  value: string
  placeholder?: string
  maxlength?: number
  error?: string
  onChange: (value: string) => void
}
