import { Types } from 'mongoose'
import { OPEN_CASE_STATUSES, staffCasesQuerySchema, type CaseSummary } from '../../../../../src/shared/cases'
import type { CursorPage } from '../../../../../src/shared/common'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { findPage } from '../../../lib/paging'
import type { AuthedUser } from '../../../lib/types'
import { staffScopeFilter } from '../../../lib/visibility'
import { addWorkingDays, endOfLocalDay, toLocalDate } from '../../calendar/workingDays'
import { townshipOverrides } from '../../calendar/load'
import { CASE_LIST_PROJECTION, toCaseSummary } from '../dto'
import { caseModel } from '../model'

export const listStaffCasesInput = staffCasesQuerySchema
export type ListStaffCasesInput = z.output<typeof listStaffCasesInput>

/** The queue order: running deadlines by due time (overdue, then due soon), the rest newest first. */
const QUEUE_ORDER = { queueRank: 1, submittedAt: -1, _id: -1 } as const

/**
 * The staff queue, one page at a time: the township's cases (department staff: their departments'),
 * running deadlines first by due time — so overdue, then due soon — and the rest newest first;
 * `flag` narrows it to reopened cases or those with a follow-up waiting.
 */
export async function listStaffCases(deps: AppDeps, user: AuthedUser, q: ListStaffCasesInput): Promise<CursorPage<CaseSummary>> {
  const now = deps.clock.now()
  const overrides = await townshipOverrides(deps.db, user.townshipId)
  const filter = staffScopeFilter(user)
  if (q.departmentId) {
    const allowed = user.role === 'admin' || user.departmentIds.includes(q.departmentId)
    filter.departmentId = allowed ? new Types.ObjectId(q.departmentId) : { $in: [] }
  }
  if (q.status === 'open') filter.status = { $in: OPEN_CASE_STATUSES }
  else if (q.status) filter.status = q.status
  if (q.type) filter.type = q.type
  if (q.due === 'overdue') filter.queueRank = { $lte: now }
  if (q.due === 'dueSoon') {
    const soon = endOfLocalDay(addWorkingDays(toLocalDate(now), deps.config.cases.dueSoonDays, overrides))
    filter.queueRank = { $gt: now, $lte: soon }
  }
  if (q.flag === 'reopened') {
    filter.reopenCount = { $gt: 0 }
    filter.status ??= { $in: OPEN_CASE_STATUSES }
  }
  if (q.flag === 'followUp') filter.followUpAt = { $ne: null }
  if (q.q) {
    const safe = q.q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    filter.$or = [{ number: { $regex: safe } }, { title: { $regex: safe } }]
  }
  const page = await findPage(caseModel(deps.db), { list: 'staffCases', filter, sort: QUEUE_ORDER, page: q, projection: CASE_LIST_PROJECTION })
  return { items: page.docs.map((d) => toCaseSummary(d, now, overrides)), nextCursor: page.nextCursor }
}
