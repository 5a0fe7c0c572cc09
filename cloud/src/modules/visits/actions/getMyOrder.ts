import type { VisitOrderDTO } from '../../../../../src/shared/visits'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { loadMyOrder, orderView } from '../orders'

/** One of the caller's orders; the address, name and phone only while it is theirs (that read is audited). 404 for anyone else's. */
export async function getMyOrder(deps: AppDeps, user: AuthedUser, input: { id: string }): Promise<VisitOrderDTO> {
  return orderView(deps, user, await loadMyOrder(deps.db, user, input.id))
}
