import { Types } from 'mongoose'
import type * as z from '../../../../../src/shared/zod'
import { OPEN_CASE_STATUSES, type CaseSummary, type myCasesQuerySchema, type staffCasesQuerySchema } from '../../../../../src/shared/cases'
import type { Page } from '../../../../../src/shared/common'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { addWorkingDays, endOfLocalDay, toLocalDate } from '../../calendar/workingDays'
import { personModel } from '../../people/model'
import { overridesFrom } from '../core'
import { toCaseSummary } from '../dto'
import { caseModel, type CaseDoc } from '../model'

const LIST_PROJECTION = { pendingNotices: 0, updates: 0, text: 0 }

/** Cases I submitted or that were submitted for me, newest first. */
export async function listMyCases(deps: AppDeps, user: AuthedUser, q: z.output<typeof myCasesQuerySchema>): Promise<Page<CaseSummary>> {
  const person = await personModel(deps.db).findOne({ userId: user.id }, { _id: 1 }).lean<{ _id: Types.ObjectId }>()
  const who: Record<string, unknown>[] = [{ 'acting.submitterId': new Types.ObjectId(user.id) }]
  if (person) who.push({ 'acting.applicantPersonId': person._id })
  const filter: Record<string, unknown> = { $or: who }
  if (q.status) filter.status = q.status
  const Case = caseModel(deps.db)
  const [docs, total] = await Promise.all([
    Case.find(filter, LIST_PROJECTION).sort({ submittedAt: -1 }).skip((q.page - 1) * q.pageSize).limit(q.pageSize).lean<CaseDoc[]>(),
    Case.countDocuments(filter)
  ])
  const now = deps.clock.now()
  const overrides = await overridesFrom(deps.db, user.townshipId, now)
  return { items: docs.map((d) => toCaseSummary(d, now, overrides)), total, page: q.page, pageSize: q.pageSize }
}

/**
 * The staff queue: the township's cases (department staff: their departments'), running deadlines
 * first by due time — so overdue, then due soon — and the rest newest first.
 */
export async function listStaffCases(deps: AppDeps, user: AuthedUser, q: z.output<typeof staffCasesQuerySchema>): Promise<Page<CaseSummary>> {
  const now = deps.clock.now()
  const overrides = await overridesFrom(deps.db, user.townshipId, now)
  const filter: Record<string, unknown> = { townshipId: new Types.ObjectId(user.townshipId) }
  const mine = user.departmentIds.map((id) => new Types.ObjectId(id))
  if (user.role !== 'admin') filter.departmentId = q.departmentId ? (user.departmentIds.includes(q.departmentId) ? new Types.ObjectId(q.departmentId) : { $in: [] }) : { $in: mine }
  else if (q.departmentId) filter.departmentId = new Types.ObjectId(q.departmentId)
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
    Case.find(filter, LIST_PROJECTION).sort({ queueRank: 1, submittedAt: -1 }).skip((q.page - 1) * q.pageSize).limit(q.pageSize).lean<CaseDoc[]>(),
    Case.countDocuments(filter)
  ])
  return { items: docs.map((d) => toCaseSummary(d, now, overrides)), total, page: q.page, pageSize: q.pageSize }
}
