import type { Context } from 'koa'
import { reviewStaffSignupSchema, type StaffSignupDTO } from '../../../../../src/shared/auth'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { badRequest, conflict, notFound } from '../../../lib/errors'
import { recordAudit } from '../../audit/actions/recordAudit'
import { noticeEvent, pushNoticeEvents } from '../../notices/events'
import { relayAfterWrite } from '../../notices/relay'
import { userModel } from '../../users/model'
import { staffSignupModel, toStaffSignupDTO, type StaffSignupDoc } from '../model'

export const reviewStaffSignupInput = reviewStaffSignupSchema
export type ReviewStaffSignupInput = z.output<typeof reviewStaffSignupInput>

/**
 * An admin approves or rejects a pending sign-up of their township (a rejection needs a reason).
 * Approval makes the applicant staff of the chosen departments. Only a pending sign-up can be
 * reviewed: the conditional update lets exactly one review win (409 for the others); approving an
 * approved sign-up again re-applies the promotion and answers as the first approval did.
 * The decision and the applicant's notice event are one atomic write; the notice is relayed at once.
 */
export async function reviewStaffSignup(
  ctx: Context,
  deps: AppDeps,
  admin: AuthedUser,
  signupId: string,
  input: ReviewStaffSignupInput
): Promise<StaffSignupDTO> {
  const reason = input.reason?.trim() || null
  if (input.decision === 'reject' && !reason) {
    throw badRequest('REASON_REQUIRED', '不通过时请写明原因，申请人会看到', { reason: '请填写不通过的原因' })
  }
  const approve = input.decision === 'approve'
  const Signup = staffSignupModel(deps.db)
  const target = await Signup.findOne({ _id: signupId, townshipId: admin.townshipId }, { userId: 1 }).lean()
  if (!target) throw notFound('没有找到这份申请')
  const now = deps.clock.now()
  const event = noticeEvent(approve ? 'staffSignup.approved' : 'staffSignup.rejected', {
    subjectType: 'staffSignup',
    subjectId: signupId,
    townshipId: admin.townshipId,
    audience: [{ kind: 'user', userId: String(target.userId), as: 'self' }],
    data: { reason, reviewedAt: now.toISOString() },
    occurredAt: now
  })
  const updated = await Signup.findOneAndUpdate(
    { _id: signupId, townshipId: admin.townshipId, status: 'pending' },
    {
      $set: { status: approve ? 'approved' : 'rejected', reviewedAt: now, reviewedBy: admin.id, reason },
      $unset: approve ? { pendingUserKey: 1 } : { pendingUserKey: 1, activeIdKey: 1 },
      $push: pushNoticeEvents(event)
    },
    { new: true }
  )
  if (!updated) {
    const existing = await Signup.findOne({ _id: signupId, townshipId: admin.townshipId })
    if (!existing) throw notFound('没有找到这份申请')
    if (approve && existing.status === 'approved') {
      await promoteToStaff(deps, existing)
      return toStaffSignupDTO(existing)
    }
    throw conflict('SIGNUP_ALREADY_REVIEWED', '这份申请已经审核过了，请刷新列表')
  }
  if (approve) await promoteToStaff(deps, updated)
  await recordAudit(ctx, deps, admin, {
    action: approve ? 'staffSignup.approved' : 'staffSignup.rejected',
    targetType: 'staffSignup',
    targetId: String(updated._id),
    detail: reason
  })
  await relayAfterWrite(deps, 'staffSignup', updated._id)
  return toStaffSignupDTO(updated)
}

/**
 * Makes the applicant of an approved sign-up staff of its departments. Idempotent, so approving an
 * already approved sign-up again repairs an account left behind by a crash between the two writes.
 */
async function promoteToStaff(deps: AppDeps, signup: StaffSignupDoc): Promise<void> {
  await userModel(deps.db).updateOne(
    { _id: signup.userId, role: { $in: ['resident', 'assistant', 'staff'] } },
    {
      $set: {
        role: 'staff',
        townshipId: signup.townshipId,
        departmentIds: signup.departmentIds,
        displayName: signup.realName,
        phoneEncrypted: signup.phoneEncrypted,
        phoneMasked: signup.phoneMasked
      }
    }
  )
}
