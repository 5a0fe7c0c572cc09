import type { StaffCaseDTO } from '../../../../../src/shared/cases'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { loadStaffCase } from '../core'
import { staffView } from '../views'

/** A case as staff see it (404 outside the township, 403 for another department's case). */
export async function getStaffCase(deps: AppDeps, user: AuthedUser, input: { id: string }): Promise<StaffCaseDTO> {
  return staffView(deps, await loadStaffCase(deps.db, user, input.id))
}
