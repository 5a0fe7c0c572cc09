import type { StaffDisclosureDTO } from '../../../../../src/shared/disclosure'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { loadStaffItem } from '../core'
import { staffItemView } from '../views'

/** An item in the staff editor: content, history and the actions the viewer may take. */
export async function getStaffItem(deps: AppDeps, user: AuthedUser, input: { id: string }): Promise<StaffDisclosureDTO> {
  return staffItemView(deps, user, await loadStaffItem(deps.db, user, input.id))
}
