import { DUE_SOON_DAYS, OPEN_INFO_REQUEST_STATUSES, RUNNING_INFO_REQUEST_STATUSES, staffRequestsQuerySchema, type InfoRequestSummary } from '../../../../../src/shared/infoRequests'
import type { Page } from '../../../../../src/shared/common'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { staffScopeFilter } from '../../../lib/visibility'
import { addWorkingDays, endOfLocalDay, toLocalDate } from '../../calendar/workingDays'
import { overridesAround, WITHOUT_HISTORY } from '../core'
import { toRequestSummary } from '../dto'
import { infoRequestModel, type InfoRequestDoc } from '../model'

export const listStaffRequestsInput = staffRequestsQuerySchema
export type ListStaffRequestsInput = z.output<typeof listStaffRequestsInput>

/**
 * The request queue: by the next deadline that matters — overdue first, then due soon, then the
 * rest; answered and closed requests last, newest first. Department staff see their office's.
 */
export async function listStaffRequests(deps: AppDeps, user: AuthedUser, q: ListStaffRequestsInput): Promise<Page<InfoRequestSummary>> {
  const now = deps.clock.now()
  const overrides = await overridesAround(deps.db, user.townshipId, now)
  const filter = staffScopeFilter(user)
  if (q.status === 'open') filter.status = { $in: OPEN_INFO_REQUEST_STATUSES }
  else if (q.status) filter.status = q.status
  if (q.due) {
    filter.status = { $in: RUNNING_INFO_REQUEST_STATUSES }
    const soon = endOfLocalDay(addWorkingDays(toLocalDate(now), DUE_SOON_DAYS, overrides))
    filter.queueRank = q.due === 'overdue' ? { $lte: now } : { $gt: now, $lte: soon }
  }
  if (q.q) {
    const safe = q.q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    filter.$or = [{ number: { $regex: safe } }, { 'applicant.name': { $regex: safe } }, { description: { $regex: safe } }]
  }
  const Request = infoRequestModel(deps.db)
  const [docs, total] = await Promise.all([
    Request.find(filter, WITHOUT_HISTORY).sort({ queueRank: 1, submittedAt: -1 }).skip((q.page - 1) * q.pageSize).limit(q.pageSize).lean<InfoRequestDoc[]>(),
    Request.countDocuments(filter)
  ])
  return { items: docs.map((d) => toRequestSummary(d, now, overrides)), total, page: q.page, pageSize: q.pageSize }
}
