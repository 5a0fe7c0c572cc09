import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react'
import { ApiRequestError, messageOf } from '../../services/http'

export type StaffLoadState<T> =
  | { status: 'loading' }
  | { status: 'error'; message: string; code?: string }
  | { status: 'ready'; data: T }

/**
 * Like useLoad, but keeps the error code too, so a console page can offer the right next step
 * (sign in, apply to be staff, retry). Answers of superseded runs are dropped.
 */
export function useStaffLoad<T>(load: () => Promise<T>, deps: DependencyList): [StaffLoadState<T>, () => void] {
  const [state, setState] = useState<StaffLoadState<T>>({ status: 'loading' })
  const run = useRef(0)
  const loadRef = useRef(load)
  loadRef.current = load

  const start = useCallback(() => {
    const ticket = ++run.current
    setState({ status: 'loading' })
    loadRef
      .current()
      .then((data) => {
        if (ticket === run.current) setState({ status: 'ready', data })
      })
      .catch((error: unknown) => {
        if (ticket !== run.current) return
        setState({ status: 'error', message: messageOf(error), code: error instanceof ApiRequestError ? error.code : undefined })
      })
  }, [])

  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(start, deps)
  return [state, start]
}
