import type { MeDTO } from '../../../../../src/shared/auth'
import type { AppDeps } from '../../../lib/deps'
import { notFound } from '../../../lib/errors'
import { staffSignupModel } from '../../staff/model'
import { userModel, type UserDoc } from '../../users/model'

/** The client's view of an account: role, township, masked phone and the latest staff sign-up. */
export async function toMeDTO(deps: AppDeps, user: UserDoc): Promise<MeDTO> {
  const signup = await staffSignupModel(deps.db)
    .findOne({ userId: user._id }, { status: 1, submittedAt: 1, reason: 1 })
    .sort({ submittedAt: -1, _id: -1 })
    .lean()
  return {
    id: String(user._id),
    role: user.role,
    displayName: user.displayName,
    townshipId: String(user.townshipId),
    villageId: user.villageId ? String(user.villageId) : null,
    departmentIds: user.departmentIds.map(String),
    phoneMasked: user.phoneMasked ?? null,
    staffSignup: signup
      ? { status: signup.status, submittedAt: signup.submittedAt.toISOString(), reason: signup.reason ?? null }
      : null
  }
}

/** `GET /api/me`: the signed-in account. */
export async function getMe(deps: AppDeps, userId: string): Promise<MeDTO> {
  const user = await userModel(deps.db).findById(userId)
  if (!user) throw notFound('没有找到您的账号，请重新进入小程序')
  return toMeDTO(deps, user)
}
