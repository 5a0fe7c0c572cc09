import { Types } from 'mongoose'
import type { FollowDTO } from '../../../../../src/shared/cases'
import type { AppDeps } from '../../../lib/deps'
import { badRequest, notFound } from '../../../lib/errors'
import { isDuplicateKeyError } from '../../../lib/mongoErrors'
import type { AuthedUser } from '../../../lib/types'
import { caseFollowerModel, caseModel, type CaseDoc } from '../model'
import { FOLLOWABLE_STATUSES } from './findSimilarCases'

/**
 * "这是我的问题": the caller follows a similar case of their township instead of filing a duplicate
 * — an open or answered case whose content passed, or one published as 热点回应. It counts once per
 * person as support (the follower count staff see), and the case's public answers reach them.
 * Following again changes nothing.
 */
export async function followCase(deps: AppDeps, user: AuthedUser, input: { id: string }): Promise<FollowDTO> {
  const Case = caseModel(deps.db)
  const c = await Case.findOne(
    { _id: new Types.ObjectId(input.id), townshipId: new Types.ObjectId(user.townshipId), moderation: 'passed' },
    { status: 1, hotResponseId: 1, acting: 1, followerCount: 1 }
  ).lean<Pick<CaseDoc, '_id' | 'status' | 'hotResponseId' | 'acting' | 'followerCount'>>()
  if (!c || !(FOLLOWABLE_STATUSES.includes(c.status) || c.hotResponseId)) throw notFound('没有找到这件诉求，它可能已经办结或撤下')
  if (String(c.acting.submitterId) === user.id) throw badRequest('CASE_OWN', '这是您自己提交的诉求，可以在“我的诉求”里查看进度')
  try {
    await caseFollowerModel(deps.db).create({
      _id: deps.ids.objectId(),
      caseId: c._id,
      userId: new Types.ObjectId(user.id),
      townshipId: new Types.ObjectId(user.townshipId),
      createdAt: deps.clock.now()
    })
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err
    return { caseId: input.id, following: true, followerCount: c.followerCount ?? 0 }
  }
  const after = await Case.findOneAndUpdate({ _id: c._id }, { $inc: { followerCount: 1 } }, { new: true, projection: { followerCount: 1 } }).lean<Pick<CaseDoc, 'followerCount'>>()
  return { caseId: input.id, following: true, followerCount: after?.followerCount ?? 1 }
}
