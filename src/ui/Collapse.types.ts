import type { ReactNode } from 'react'
import type { BaseProps } from './common.types'

export interface CollapseProps extends BaseProps {
  /** Values of the open panels. */
  value: string[]
  onChange: (value: string[]) => void
  children: ReactNode
}

export interface CollapsePanelProps extends BaseProps {
  value: string
  header: string
  children: ReactNode
}
