import type { VolunteerDTO } from '../../../../../src/shared/visits'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { recordAudit } from '../../audit/actions/recordAudit'
import { decideVolunteer, volunteerView } from '../volunteers'

/** An admin approves a registration waiting for review: from now on it can be sent on home visits. Audited. */
export async function approveVolunteer(deps: AppDeps, admin: AuthedUser, input: { id: string }): Promise<VolunteerDTO> {
  const v = await decideVolunteer(deps, admin, input.id, 'approve', null)
  await recordAudit(deps, admin, { action: 'volunteer.approved', targetType: 'volunteer', targetId: input.id, detail: v.realName })
  return volunteerView(deps.db, v)
}
