import type { ReactNode } from 'react'
import type { BaseProps } from './common.types'

export interface EmptyProps extends BaseProps {
  description: string
  /** Extra guidance or actions under the description. */
  children?: ReactNode
}
