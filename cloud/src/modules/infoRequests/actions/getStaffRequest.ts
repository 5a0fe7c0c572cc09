import type { StaffInfoRequestDTO } from '../../../../../src/shared/infoRequests'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { loadStaffRequest } from '../core'
import { staffView } from '../views'

/** A request in the staff console: every step, internal notes, and what the viewer may do now. */
export async function getStaffRequest(deps: AppDeps, user: AuthedUser, input: { id: string }): Promise<StaffInfoRequestDTO> {
  return staffView(deps, user, await loadStaffRequest(deps.db, user, input.id))
}
