import type { BaseProps } from './common.types'

export interface SearchProps extends BaseProps {
  value: string
  placeholder?: string
  onChange: (value: string) => void
  /** The person pressed 搜索 on the keyboard or the action button. */
  onSubmit: (value: string) => void
  /** Label of the action button next to the box; no button when empty. */
  action?: string
  focus?: boolean
}
