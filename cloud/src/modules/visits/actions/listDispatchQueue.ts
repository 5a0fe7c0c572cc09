import { CASE_STATUS_LABELS, DISPATCHABLE_STATUSES } from '../../../../../src/shared/cases'
import { DISPATCH_STATUS_LABELS, REQUEUED_DISPATCH_STATUSES, type DispatchQueueItemDTO } from '../../../../../src/shared/visits'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { staffScopeFilter } from '../../../lib/visibility'
import { caseModel, type CaseDoc } from '../../cases/model'
import { villageNames } from '../orders'

const LIMIT = 100

/**
 * The open help requests the caller may see (an admin all; department staff their departments'):
 * those waiting for a volunteer first (never sent, declined or expired), then those with a live or
 * finished order, oldest first in each.
 */
export async function listDispatchQueue(deps: AppDeps, user: AuthedUser): Promise<DispatchQueueItemDTO[]> {
  const cases = await caseModel(deps.db)
    .find({ ...staffScopeFilter(user), type: 'help', status: { $in: DISPATCHABLE_STATUSES } }, { updates: 0, pendingNotices: 0, text: 0 })
    .sort({ submittedAt: 1 })
    .limit(LIMIT)
    .lean<CaseDoc[]>()
  const name = await villageNames(deps.db, cases)
  const waiting = (c: CaseDoc) => !c.dispatch || (REQUEUED_DISPATCH_STATUSES as readonly string[]).includes(c.dispatch.status)
  return [...cases.filter(waiting), ...cases.filter((c) => !waiting(c))].map((c) => ({
    caseId: String(c._id),
    number: c.number,
    title: c.title,
    villageName: c.villageId ? (name.get(String(c.villageId)) ?? null) : null,
    statusLabel: CASE_STATUS_LABELS[c.status],
    dispatch: c.dispatch
      ? { status: c.dispatch.status, statusLabel: DISPATCH_STATUS_LABELS[c.dispatch.status], volunteerName: c.dispatch.volunteerName, reason: c.dispatch.reason }
      : null,
    submittedAt: c.submittedAt.toISOString()
  }))
}
