import type { BaseProps } from './common.types'

export interface LoadingProps extends BaseProps {
  /** Shown next to the spinner so the state is never signalled by motion alone. */
  text?: string
}
