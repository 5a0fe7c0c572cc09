import type { BaseProps } from './common.types'

export interface TagProps extends BaseProps {
  children: string
  theme?: 'default' | 'primary' | 'success' | 'warning' | 'danger'
  variant?: 'light' | 'outline' | 'dark' | 'light-outline'
  size?: 'small' | 'medium' | 'large'
  /** Shows a close mark; `onClose` removes the tag (a filter, for instance). */
  closable?: boolean
  onClose?: () => void
  onClick?: () => void
}
