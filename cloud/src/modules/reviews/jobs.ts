import { OPEN_RECTIFICATION } from '../../../../src/shared/reviews'
import type { AppDeps } from '../../lib/deps'
import { SYSTEM_AUTHOR, unlessMoved } from '../../lib/lifecycle'
import type { JobSpec } from '../../lib/module'
import { changeReview } from './core'
import { applyDefaultRatings } from './defaults'
import { reviewModel, type ReviewDoc } from './model'
import { reviewNotice } from './notices'

/**
 * Escalates every open rectification whose working-day deadline has passed, once per deadline: an
 * internal update and a notice to the township's admins in the same conditional write. Safe to run
 * on several replicas. Returns how many were escalated.
 */
export async function escalateOverdueRectifications(deps: AppDeps, opts: { limit?: number } = {}): Promise<number> {
  const now = deps.clock.now()
  const overdue = await reviewModel(deps.db)
    .find({ status: { $in: OPEN_RECTIFICATION }, queueRank: { $lte: now } }, { pendingNotices: 0, updates: 0 })
    .limit(opts.limit ?? 200)
    .lean<ReviewDoc[]>()
  let escalated = 0
  for (const r of overdue) {
    const key = r.rectification?.dueDate
    if (!key || r.rectification?.escalatedFor === key) continue
    const done = await unlessMoved(() =>
      changeReview(deps, { ...r, updates: [] }, {
        action: 'escalate',
        actor: 'system',
        author: SYSTEM_AUTHOR,
        internalNote: `超过整改时限（${key}），已提请中心负责人督办`,
        public: false,
        also: { 'rectification.escalatedFor': { $ne: key } },
        set: { 'rectification.escalatedFor': key },
        notices: () => [reviewNotice('review.escalated', r, now, { suffix: key, text: `超过整改时限（${key}）仍未完成，请督办` })]
      })
    )
    if (done) escalated++
  }
  return escalated
}

/** The rectification deadline sweep: every 5 minutes, on the one replica holding its lease. */
export const rectificationDeadlinesJob: JobSpec = {
  name: 'rectificationDeadlines',
  intervalMs: () => 5 * 60_000,
  firstDelayMs: 10_000,
  exclusive: true,
  run: (deps) => escalateOverdueRectifications(deps)
}

/** The default-rating rule (townships that turned it on): hourly, on the one replica holding its lease. */
export const defaultRatingsJob: JobSpec = {
  name: 'reviewDefaultRatings',
  intervalMs: () => 60 * 60_000,
  firstDelayMs: 30_000,
  exclusive: true,
  run: (deps) => applyDefaultRatings(deps)
}
