import type { StaffCaseDTO } from '../../../../../src/shared/cases'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { recordAudit } from '../../audit/actions/recordAudit'
import { loadStaffCase } from '../core'
import { staffView } from '../views'

/**
 * A case as staff see it, with its full text (404 outside the township, 403 for another
 * department's case). Lists show titles with phones and ID numbers masked; this read of the
 * whole text is written to the audit log.
 */
export async function getStaffCase(deps: AppDeps, user: AuthedUser, input: { id: string }): Promise<StaffCaseDTO> {
  const c = await loadStaffCase(deps.db, user, input.id)
  const [view] = await Promise.all([
    staffView(deps, c),
    recordAudit(deps, user, { action: 'case.read', targetType: 'case', targetId: String(c._id), detail: `查看诉求 ${c.number} 的详情` })
  ])
  return view
}
