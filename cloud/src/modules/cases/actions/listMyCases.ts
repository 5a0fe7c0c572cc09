import { Types } from 'mongoose'
import { myCasesQuerySchema, type CaseSummary } from '../../../../../src/shared/cases'
import type { Page } from '../../../../../src/shared/common'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { personModel } from '../../people/model'
import { townshipOverrides } from '../../calendar/load'
import { CASE_LIST_PROJECTION, toCaseSummary } from '../dto'
import { caseModel, type CaseDoc } from '../model'

export const listMyCasesInput = myCasesQuerySchema
export type ListMyCasesInput = z.output<typeof listMyCasesInput>

/** Cases I submitted or that were submitted for me, newest first. */
export async function listMyCases(deps: AppDeps, user: AuthedUser, q: ListMyCasesInput): Promise<Page<CaseSummary>> {
  const person = await personModel(deps.db).findOne({ userId: user.id }, { _id: 1 }).lean<{ _id: Types.ObjectId }>()
  const who: Record<string, unknown>[] = [{ 'acting.submitterId': new Types.ObjectId(user.id) }]
  if (person) who.push({ 'acting.applicantPersonId': person._id })
  const filter: Record<string, unknown> = { $or: who }
  if (q.status) filter.status = q.status
  const Case = caseModel(deps.db)
  const [docs, total] = await Promise.all([
    Case.find(filter, CASE_LIST_PROJECTION).sort({ submittedAt: -1 }).skip((q.page - 1) * q.pageSize).limit(q.pageSize).lean<CaseDoc[]>(),
    Case.countDocuments(filter)
  ])
  const now = deps.clock.now()
  const overrides = await townshipOverrides(deps.db, user.townshipId)
  return { items: docs.map((d) => toCaseSummary(d, now, overrides)), total, page: q.page, pageSize: q.pageSize }
}

