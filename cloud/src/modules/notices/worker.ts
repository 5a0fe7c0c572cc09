import type { AppDeps } from '../../lib/deps'
import { drainNotices, type DispatchOptions } from './dispatcher'
import { ensureNoticeSourceIndexes, sweepPendingEvents } from './relay'

/** Events younger than this are left to the relay of the request that wrote them. */
const SWEEP_GRACE_MS = 10_000

export interface NoticeWorker {
  /** Stops after the current round; resolves when it has ended. */
  stop(): Promise<void>
}

/**
 * The background side of notices, started with the server: first the reconciling sweep (events a
 * crash left in aggregates, including fresh ones), then every `intervalMs` a sweep of older leftovers
 * and a drain of due notices. Errors are logged and the next round tries again. Several replicas may
 * run it at once: relaying is keyed and dispatching is leased.
 */
export function startNoticeWorker(deps: AppDeps, opts: { intervalMs: number; dispatch?: DispatchOptions }): NoticeWorker {
  let stopped = false
  let first = true
  let timer: NodeJS.Timeout | null = null
  let running: Promise<void> | null = null

  const round = async () => {
    if (first) await ensureNoticeSourceIndexes(deps.db)
    await sweepPendingEvents(deps, { olderThanMs: first ? 0 : SWEEP_GRACE_MS })
    first = false
    await drainNotices(deps, { ...opts.dispatch, stopRequested: () => stopped })
  }

  const tick = () => {
    timer = null
    running = round()
      .catch((err: unknown) => deps.logger.error({ err }, 'notice worker round failed'))
      .finally(() => {
        running = null
        if (stopped) return
        timer = setTimeout(tick, opts.intervalMs)
        timer.unref()
      })
  }
  tick()

  return {
    async stop() {
      stopped = true
      if (timer) clearTimeout(timer)
      timer = null
      await running
    }
  }
}
