import type { StaffDispatchDTO } from '../../../../../src/shared/visits'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { loadStaffCase } from '../../cases/core'
import { staffDispatchView } from '../dispatchView'

/** A help request's order and, while it can be sent, the volunteers to send (the case's own visibility rule). */
export async function getStaffDispatch(deps: AppDeps, user: AuthedUser, input: { id: string }): Promise<StaffDispatchDTO> {
  return staffDispatchView(deps, await loadStaffCase(deps.db, user, input.id))
}
