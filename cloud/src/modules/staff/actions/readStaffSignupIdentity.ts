import type { StaffSignupIdentityDTO } from '../../../../../src/shared/staff'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { notFound } from '../../../lib/errors'
import { decryptField } from '../../../lib/crypto'
import { recordAudit } from '../../audit/actions/recordAudit'
import { staffSignupModel } from '../model'

/**
 * The full ID number and phone of an applicant, for an admin verifying them. The read is written
 * to the audit log (who, what, when, request id) before anything is returned.
 */
export async function readStaffSignupIdentity(deps: AppDeps, admin: AuthedUser, signupId: string): Promise<StaffSignupIdentityDTO> {
  const doc = await staffSignupModel(deps.db).findOne({ _id: signupId, townshipId: admin.townshipId })
  if (!doc) throw notFound('没有找到这份申请')
  const key = deps.config.keys.idEncryption
  const identity = {
    id: String(doc._id),
    realName: doc.realName,
    idNumber: decryptField(doc.idNumberEncrypted, key),
    phone: decryptField(doc.phoneEncrypted, key)
  }
  await recordAudit(deps, admin, {
    action: 'staffSignup.identityRead',
    targetType: 'staffSignup',
    targetId: identity.id,
    detail: `查看 ${doc.realName} 的完整身份证号和手机号`
  })
  return identity
}
