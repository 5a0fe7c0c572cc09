import type { StaffSignupDTO } from '../../../../../src/shared/auth'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { staffSignupModel, toStaffSignupDTO } from '../model'

/** The caller's latest staff sign-up (masked), or null when they never applied. */
export async function getMyStaffSignup(deps: AppDeps, user: AuthedUser): Promise<{ signup: StaffSignupDTO | null }> {
  const doc = await staffSignupModel(deps.db).findOne({ userId: user.id }).sort({ submittedAt: -1, _id: -1 })
  return { signup: doc ? toStaffSignupDTO(doc) : null }
}
