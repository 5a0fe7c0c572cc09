import type { AppDeps } from '../../lib/deps'
import type { JobRound, JobSpec } from '../../lib/module'
import { drainNotices, type DispatchOptions } from './dispatcher'
import { ensureNoticeSourceIndexes, sweepPendingEvents } from './relay'

/** Events younger than this are left to the relay of the request that wrote them. */
const SWEEP_GRACE_MS = 10_000

/**
 * One round of the background side of notices: the first round makes the sweep's indexes and
 * relays every event a crash left in an aggregate (fresh ones too); later rounds sweep older
 * leftovers. Then every due notice is drained. Several replicas may run it at once: relaying is
 * keyed and dispatching is leased per notice.
 */
export async function noticeWorkerRound(deps: AppDeps, round: JobRound, dispatch: DispatchOptions = {}): Promise<void> {
  if (round.first) await ensureNoticeSourceIndexes(deps)
  await sweepPendingEvents(deps, { olderThanMs: round.first ? 0 : SWEEP_GRACE_MS })
  await drainNotices(deps, { ...dispatch, stopRequested: round.stopRequested })
}

/**
 * The notice worker as a job, every NOTICE_DISPATCH_INTERVAL_MS on every replica; its first round
 * waits a second, so a server scaled from zero answers its first requests first.
 */
export const noticeWorkerJob: JobSpec = {
  name: 'notices',
  intervalMs: (config) => config.notices.dispatchIntervalMs,
  firstDelayMs: 1_000,
  run: (deps, round) => noticeWorkerRound(deps, round)
}
