import { chinaMonthDayTime } from '../../../../src/shared/chinaTime'
import type { AppDeps } from '../../lib/deps'
import type { JobSpec } from '../../lib/module'
import { changeCase, SYSTEM_CASE_AUTHOR } from '../cases/core'
import { caseModel, type CaseDispatch, type CaseDoc } from '../cases/model'
import { visitNotice } from './notices'
import { sameOrder, villageNameOf } from './orders'

/** How many expired offers one round takes back (the next round takes the rest). */
const BATCH = 100

/**
 * Takes back offers nobody accepted in time: each becomes an `expireDispatch` update on its case
 * (staff-only), the order goes back to the dispatch queue, and the dispatcher and the volunteer are
 * told — one write per case, conditional on the offer still standing, so an acceptance that came
 * first wins and a second replica changes nothing. Answers how many it took back.
 */
export async function expireDispatches(deps: AppDeps): Promise<number> {
  const now = deps.clock.now()
  const due = await caseModel(deps.db)
    .find({ 'dispatch.status': 'offered', 'dispatch.expiresAt': { $lte: now } }, { pendingNotices: 0, updates: 0 })
    .sort({ 'dispatch.expiresAt': 1 })
    .limit(BATCH)
    .lean<(CaseDoc & { dispatch: CaseDispatch })[]>()
  let expired = 0
  for (const c of due) {
    const d = c.dispatch
    const reason = `超过接单时限（${chinaMonthDayTime(d.expiresAt)}）没有接单`
    const villageName = await villageNameOf(deps.db, c)
    try {
      await changeCase(deps, { ...c, updates: [] }, {
        action: 'expireDispatch',
        actor: 'system',
        author: SYSTEM_CASE_AUTHOR,
        internalNote: `${d.volunteerName}${reason}，退回待派单`,
        public: false,
        set: { 'dispatch.status': 'expired', 'dispatch.reason': reason, 'dispatch.passedBy': [...d.passedBy, d.volunteerId] },
        also: sameOrder(d, 'offered'),
        notices: () => [visitNotice('visit.expired', c, { ...d, reason }, now, { villageName })]
      })
      expired += 1
    } catch (err) {
      if ((err as { status?: number }).status !== 409) throw err
    }
  }
  return expired
}

/** The expiry sweep: every minute, on the replica holding its lease (or a cloud function's timer trigger). */
export const dispatchExpiryJob: JobSpec = {
  name: 'visitDispatchExpiry',
  intervalMs: () => 60_000,
  exclusive: true,
  run: (deps) => expireDispatches(deps)
}
