import { Types } from 'mongoose'
import { OPEN_CASE_STATUSES, staffCasesQuerySchema, type CaseSummary } from '../../../../../src/shared/cases'
import type { Page } from '../../../../../src/shared/common'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { staffScopeFilter } from '../../../lib/visibility'
import { addWorkingDays, endOfLocalDay, toLocalDate } from '../../calendar/workingDays'
import { townshipOverrides } from '../../calendar/load'
import { CASE_LIST_PROJECTION, toCaseSummary } from '../dto'
import { caseModel, type CaseDoc } from '../model'

export const listStaffCasesInput = staffCasesQuerySchema
export type ListStaffCasesInput = z.output<typeof listStaffCasesInput>

/**
 * The staff queue: the township's cases (department staff: their departments'), running deadlines
 * first by due time — so overdue, then due soon — and the rest newest first.
 */
export async function listStaffCases(deps: AppDeps, user: AuthedUser, q: ListStaffCasesInput): Promise<Page<CaseSummary>> {
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
  if (q.q) {
    const safe = q.q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    filter.$or = [{ number: { $regex: safe } }, { title: { $regex: safe } }]
  }
  const Case = caseModel(deps.db)
  const [docs, total] = await Promise.all([
    Case.find(filter, CASE_LIST_PROJECTION).sort({ queueRank: 1, submittedAt: -1 }).skip((q.page - 1) * q.pageSize).limit(q.pageSize).lean<CaseDoc[]>(),
    Case.countDocuments(filter)
  ])
  return { items: docs.map((d) => toCaseSummary(d, now, overrides)), total, page: q.page, pageSize: q.pageSize }
}
