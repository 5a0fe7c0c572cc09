import { Types } from 'mongoose'
import { myRequestsQuerySchema, type InfoRequestSummary } from '../../../../../src/shared/infoRequests'
import type { Page } from '../../../../../src/shared/common'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { personModel } from '../../people/model'
import { overridesAround, WITHOUT_HISTORY } from '../core'
import { toRequestSummary } from '../dto'
import { infoRequestModel, type InfoRequestDoc } from '../model'

export const listMyRequestsInput = myRequestsQuerySchema
export type ListMyRequestsInput = z.output<typeof listMyRequestsInput>

/** Requests I made, made for me, or (assistant) made for people I help; newest first. */
export async function listMyRequests(deps: AppDeps, user: AuthedUser, q: ListMyRequestsInput): Promise<Page<InfoRequestSummary>> {
  const person = await personModel(deps.db).findOne({ userId: user.id }, { _id: 1 }).lean<{ _id: Types.ObjectId }>()
  const who: Record<string, unknown>[] = [{ 'acting.submitterId': new Types.ObjectId(user.id) }]
  if (person) who.push({ 'acting.applicantPersonId': person._id })
  const Request = infoRequestModel(deps.db)
  const now = deps.clock.now()
  const [docs, total, overrides] = await Promise.all([
    Request.find({ $or: who }, WITHOUT_HISTORY).sort({ submittedAt: -1 }).skip((q.page - 1) * q.pageSize).limit(q.pageSize).lean<InfoRequestDoc[]>(),
    Request.countDocuments({ $or: who }),
    overridesAround(deps.db, user.townshipId, now)
  ])
  return { items: docs.map((d) => toRequestSummary(d, now, overrides)), total, page: q.page, pageSize: q.pageSize }
}
