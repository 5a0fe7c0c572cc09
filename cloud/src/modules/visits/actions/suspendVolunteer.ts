import { volunteerReasonSchema, type VolunteerDTO } from '../../../../../src/shared/visits'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { recordAudit } from '../../audit/actions/recordAudit'
import { decideVolunteer, volunteerView } from '../volunteers'

export const suspendVolunteerInput = volunteerReasonSchema
export type SuspendVolunteerInput = z.output<typeof suspendVolunteerInput> & { id: string }

/** An admin stops an approved volunteer from being sent (orders they hold stay theirs until done or declined). Audited. */
export async function suspendVolunteer(deps: AppDeps, admin: AuthedUser, input: SuspendVolunteerInput): Promise<VolunteerDTO> {
  const v = await decideVolunteer(deps, admin, input.id, 'suspend', input.reason)
  await recordAudit(deps, admin, { action: 'volunteer.suspended', targetType: 'volunteer', targetId: input.id, detail: `${v.realName}：${input.reason}` })
  return volunteerView(deps.db, v)
}
