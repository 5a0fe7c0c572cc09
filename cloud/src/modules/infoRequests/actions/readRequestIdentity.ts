import type { InfoRequestIdentityDTO } from '../../../../../src/shared/infoRequests'
import { decryptField } from '../../../lib/crypto'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { recordAudit } from '../../audit/actions/recordAudit'
import { loadStaffRequest } from '../core'

/** The applicant's full ID number (or credit code) and phone, for staff who must verify them; the read is audited before anything is returned. */
export async function readRequestIdentity(deps: AppDeps, user: AuthedUser, input: { id: string }): Promise<InfoRequestIdentityDTO> {
  const r = await loadStaffRequest(deps.db, user, input.id)
  const key = deps.config.keys.idEncryption
  const identity = { id: String(r._id), applicantName: r.applicant.name, idNumber: decryptField(r.applicant.idEncrypted, key), phone: decryptField(r.applicant.phoneEncrypted, key) }
  await recordAudit(deps, user, { action: 'infoRequest.identityRead', targetType: 'infoRequest', targetId: identity.id, detail: `查看 ${r.number} 申请人 ${r.applicant.name} 的完整证件号和电话` })
  return identity
}
