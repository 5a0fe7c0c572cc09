import type { ReactNode } from 'react'
import type { BaseProps } from './common.types'

export interface CellProps extends BaseProps {
  title: string
  description?: string
  /** Short text on the right, e.g. a phone number or a count. */
  note?: string
  arrow?: boolean
  required?: boolean
  onClick?: () => void
}

export interface CellGroupProps extends BaseProps {
  title?: string
  theme?: 'default' | 'card'
  children: ReactNode
}
