import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react'
import { ApiRequestError, messageOf } from '../../services/http'

/** `code` is the API's stable error code when there is one, so a page can offer the right next step. */
export type LoadState<T> =
  | { status: 'loading' }
  | { status: 'error'; message: string; code?: string }
  | { status: 'ready'; data: T }

/**
 * Runs `load` when `deps` change and on `reload()`; the error message is the one the
 * service produced, fit to show, with its error code. Answers of superseded runs are dropped.
 */
export function useLoad<T>(load: () => Promise<T>, deps: DependencyList): [LoadState<T>, () => void] {
  const [state, setState] = useState<LoadState<T>>({ status: 'loading' })
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
