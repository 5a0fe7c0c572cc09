import type { BaseProps } from './common.types'

export interface ButtonProps extends BaseProps {
  /** The visible label. */
  children: string
  theme?: 'primary' | 'default' | 'danger' | 'light'
  variant?: 'base' | 'outline' | 'text'
  size?: 'small' | 'medium' | 'large'
  block?: boolean
  disabled?: boolean
  loading?: boolean
  /** weapp only: `share` turns the button into WeChat's share-to-chat button. */
  openType?: 'share'
  onClick?: () => void
}
