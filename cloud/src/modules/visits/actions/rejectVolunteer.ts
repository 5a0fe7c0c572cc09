import { volunteerReasonSchema, type VolunteerDTO } from '../../../../../src/shared/visits'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { recordAudit } from '../../audit/actions/recordAudit'
import { decideVolunteer, volunteerView } from '../volunteers'

export const rejectVolunteerInput = volunteerReasonSchema
export type RejectVolunteerInput = z.output<typeof rejectVolunteerInput> & { id: string }

/** An admin turns down a registration waiting for review, saying why (the person may register again). Audited. */
export async function rejectVolunteer(deps: AppDeps, admin: AuthedUser, input: RejectVolunteerInput): Promise<VolunteerDTO> {
  const v = await decideVolunteer(deps, admin, input.id, 'reject', input.reason)
  await recordAudit(deps, admin, { action: 'volunteer.rejected', targetType: 'volunteer', targetId: input.id, detail: `${v.realName}：${input.reason}` })
  return volunteerView(deps.db, v)
}
