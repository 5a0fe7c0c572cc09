import type { CaseContactPhoneDTO } from '../../../../../src/shared/cases'
import type { AppDeps } from '../../../lib/deps'
import { decryptField } from '../../../lib/crypto'
import { notFound } from '../../../lib/errors'
import type { AuthedUser } from '../../../lib/types'
import { recordAudit } from '../../audit/actions/recordAudit'
import { loadStaffCase } from '../core'

/**
 * The full phone a resident left for a call back, for staff handling the case (its department's
 * staff and the township's admins; 403 for another department). The read is written to the audit
 * log before the number leaves the server.
 */
export async function revealContactPhone(deps: AppDeps, user: AuthedUser, input: { id: string }): Promise<CaseContactPhoneDTO> {
  const c = await loadStaffCase(deps.db, user, input.id)
  if (!c.contactPhoneEncrypted) throw notFound('这件诉求没有留电话')
  const phone = decryptField(c.contactPhoneEncrypted, deps.config.keys.idEncryption)
  await recordAudit(deps, user, { action: 'case.contactPhoneRead', targetType: 'case', targetId: String(c._id), detail: `查看诉求 ${c.number} 的完整联系电话` })
  return { phone }
}
