import type { AppDeps } from '../../lib/deps'
import { runPeriodically, type PeriodicJob } from '../../lib/periodic'
import { drainNotices, type DispatchOptions } from './dispatcher'
import { ensureNoticeSourceIndexes, sweepPendingEvents } from './relay'

/** Events younger than this are left to the relay of the request that wrote them. */
const SWEEP_GRACE_MS = 10_000

export type NoticeWorker = PeriodicJob

/**
 * The background side of notices, started with the server: first the reconciling sweep (events a
 * crash left in aggregates, including fresh ones), then every `intervalMs` a sweep of older leftovers
 * and a drain of due notices. Errors are logged and the next round tries again. Several replicas may
 * run it at once: relaying is keyed and dispatching is leased.
 */
export function startNoticeWorker(deps: AppDeps, opts: { intervalMs: number; dispatch?: DispatchOptions }): NoticeWorker {
  let first = true
  return runPeriodically({
    name: 'notice worker',
    intervalMs: opts.intervalMs,
    logger: deps.logger,
    round: async (stopRequested) => {
      if (first) await ensureNoticeSourceIndexes(deps.db)
      await sweepPendingEvents(deps, { olderThanMs: first ? 0 : SWEEP_GRACE_MS })
      first = false
      await drainNotices(deps, { ...opts.dispatch, stopRequested })
    }
  })
}
