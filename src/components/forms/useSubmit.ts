import { useDidHide, useDidShow } from '@tarojs/taro'
import { useCallback, useRef, useState } from 'react'
import { newIdempotencyKey } from '../../services/httpCore'
import { SubmitGuard } from './submitGuard'

export interface Submit {
  /** A write is in flight: show the tapped button as loading. */
  busy: boolean
  /** Busy, or this very form was sent and the screen has not moved on: keep its button disabled. */
  locked: boolean
  /** The same for one named action of a screen with several. */
  lockedFor(action: string): boolean
  /**
   * Sends the filled form once: `work` gets the form's Idempotency-Key (per `action` when a screen has
   * several buttons). A tap while a write runs, or after one succeeded on the same content, does
   * nothing and resolves to undefined. Errors of `work` reach the caller.
   */
  run<T>(work: (key: string) => Promise<T>, action?: string): Promise<T | undefined>
  /** The key the current form is sent with (to keep it in a draft). */
  keyFor(action?: string): string
  /** Takes over the key a restored draft kept for `form`. */
  adopt(form: unknown, key: string): void
}

/**
 * The one submit hook of every form in the app (see SubmitGuard): pass everything the request is
 * made of (what the person filled in and, on a screen with several actions, the record it acts on),
 * render buttons with `disabled={locked}` and `loading={busy}`, and send through `run`. A draft's
 * kept key can be handed in as `restoredKey` for the content it was saved with.
 */
export function useSubmit(form: unknown, restoredKey?: string | null): Submit {
  const guard = useRef<SubmitGuard | null>(null)
  if (!guard.current) {
    guard.current = new SubmitGuard(() => newIdempotencyKey())
    if (restoredKey) guard.current.adopt(form, restoredKey)
  }
  const current = useRef(form)
  current.current = form
  const [, setTick] = useState(0)
  const refresh = useCallback(() => setTick((n) => n + 1), [])
  const left = useRef(false)

  useDidHide(() => {
    left.current = true
  })
  useDidShow(() => {
    if (!left.current) return
    left.current = false
    guard.current?.reshown()
    refresh()
  })

  const run = useCallback(
    async <T>(work: (key: string) => Promise<T>, action?: string): Promise<T | undefined> => {
      const g = guard.current!
      const key = g.begin(current.current, action)
      if (key === null) return undefined
      refresh()
      let ok = false
      try {
        const result = await work(key)
        ok = true
        return result
      } finally {
        g.end(ok)
        refresh()
      }
    },
    [refresh]
  )

  const keyFor = useCallback((action?: string) => guard.current!.keyFor(current.current, action), [])
  const adopt = useCallback((next: unknown, key: string) => guard.current!.adopt(next, key), [])

  const lockedFor = (action: string) => guard.current!.isLocked(form, action)

  return { busy: guard.current.busy, locked: guard.current.isLocked(form), lockedFor, run, keyFor, adopt }
}
