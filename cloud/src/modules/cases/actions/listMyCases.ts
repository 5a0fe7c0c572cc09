import { Types } from 'mongoose'
import { myCasesQuerySchema, type CaseSummary } from '../../../../../src/shared/cases'
import type { CursorPage } from '../../../../../src/shared/common'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { findPage } from '../../../lib/paging'
import type { AuthedUser } from '../../../lib/types'
import { personModel } from '../../people/model'
import { townshipOverrides } from '../../calendar/load'
import { CASE_LIST_PROJECTION, toCaseSummary } from '../dto'
import { caseModel } from '../model'

export const listMyCasesInput = myCasesQuerySchema
export type ListMyCasesInput = z.output<typeof listMyCasesInput>

/** Cases I submitted or that were submitted for me, newest first, one page at a time. */
export async function listMyCases(deps: AppDeps, user: AuthedUser, q: ListMyCasesInput): Promise<CursorPage<CaseSummary>> {
  const [person, overrides] = await Promise.all([
    personModel(deps.db).findOne({ userId: user.id }, { _id: 1 }).lean<{ _id: Types.ObjectId }>(),
    townshipOverrides(deps.db, user.townshipId)
  ])
  const who: Record<string, unknown>[] = [{ 'acting.submitterId': new Types.ObjectId(user.id) }]
  if (person) who.push({ 'acting.applicantPersonId': person._id })
  const filter: Record<string, unknown> = { $or: who }
  if (q.status) filter.status = q.status
  const page = await findPage(caseModel(deps.db), {
    list: 'myCases',
    filter,
    sort: { submittedAt: -1, _id: -1 },
    page: q,
    projection: CASE_LIST_PROJECTION
  })
  const now = deps.clock.now()
  return { items: page.docs.map((d) => toCaseSummary(d, now, overrides)), nextCursor: page.nextCursor }
}
