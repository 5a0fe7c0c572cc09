import { reviewStaffSignupSchema, type StaffSignupDTO } from '../../../../../src/shared/auth'
import { STAFF_SIGNUP_LIFECYCLE } from '../../../../../src/shared/staff'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { conflict, notFound } from '../../../lib/errors'
import { authorOf, recordTransition } from '../../../lib/lifecycle'
import { noticeEvent } from '../../../lib/notices'
import type { AuthedUser } from '../../../lib/types'
import { recordAudit } from '../../audit/actions/recordAudit'
import { relayAfterWrite } from '../../notices/relay'
import { userModel } from '../../users/model'
import { staffSignupModel, toStaffSignupDTO, type StaffSignupRecord } from '../model'

export const reviewStaffSignupInput = reviewStaffSignupSchema
export type ReviewStaffSignupInput = z.output<typeof reviewStaffSignupInput> & { id: string }

/**
 * An admin approves or rejects a pending sign-up of their township (a rejection needs a reason).
 * Approval makes the applicant staff of the chosen departments. Only a pending sign-up can be
 * reviewed: the conditional update lets exactly one review win (409 for the others); approving an
 * approved sign-up again re-applies the promotion and answers as the first approval did.
 * The decision and the applicant's notice event are one atomic write; the notice is relayed at once.
 */
export async function reviewStaffSignup(deps: AppDeps, admin: AuthedUser, input: ReviewStaffSignupInput): Promise<StaffSignupDTO> {
  const signupId = input.id
  const reason = input.reason || null
  const approve = input.decision === 'approve'
  const Signup = staffSignupModel(deps.db)
  const target = await Signup.findOne({ _id: signupId, townshipId: admin.townshipId }, { userId: 1, status: 1 }).lean<StaffSignupRecord>()
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
  const reviewed =
    target.status === 'pending'
      ? await recordTransition(Signup, STAFF_SIGNUP_LIFECYCLE, {
          record: { _id: target._id, status: 'pending' },
          action: approve ? 'approve' : 'reject',
          actor: 'admin',
          author: authorOf(admin),
          at: now,
          publicText: reason,
          set: { reviewedAt: now, reviewedBy: admin.id, reason },
          unset: approve ? { pendingUserKey: 1 } : { pendingUserKey: 1, activeIdKey: 1 },
          notices: () => [event]
        })
      : null
  const updated = reviewed?.doc
  if (!updated) {
    const existing = await Signup.findOne({ _id: signupId, townshipId: admin.townshipId }).lean<StaffSignupRecord>()
    if (!existing) throw notFound('没有找到这份申请')
    if (approve && existing.status === 'approved') {
      await promoteToStaff(deps, existing)
      return toStaffSignupDTO(existing)
    }
    throw conflict('SIGNUP_ALREADY_REVIEWED', '这份申请已经审核过了，请刷新列表')
  }
  if (approve) await promoteToStaff(deps, updated)
  await recordAudit(deps, admin, {
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
async function promoteToStaff(deps: AppDeps, signup: StaffSignupRecord): Promise<void> {
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
