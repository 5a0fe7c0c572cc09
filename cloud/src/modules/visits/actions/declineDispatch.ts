import { declineDispatchSchema, type VisitOrderDTO } from '../../../../../src/shared/visits'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { conflict } from '../../../lib/errors'
import type { AuthedUser } from '../../../lib/types'
import { changeCase } from '../../cases/core'
import { visitNotice } from '../notices'
import { loadMyOrder, orderView, sameOrder, villageNameOf, volunteerAuthor } from '../orders'
import { registrationOf } from '../volunteers'

export const declineDispatchInput = declineDispatchSchema
export type DeclineDispatchInput = z.output<typeof declineDispatchInput> & { id: string }

/**
 * 退单: the volunteer cannot go (an offer, or an order they had accepted), with a reason. The order
 * goes back to the queue and the dispatcher is told; the resident's timeline says a new visit is
 * being arranged when one had been promised. They are not suggested for this case again first.
 */
export async function declineDispatch(deps: AppDeps, user: AuthedUser, input: DeclineDispatchInput): Promise<VisitOrderDTO> {
  const v = await registrationOf(deps.db, user)
  const c = await loadMyOrder(deps.db, user, input.id)
  const d = c.dispatch
  if (d.status !== 'offered' && d.status !== 'accepted') throw conflict('ORDER_CLOSED', '这张单已经不在您手上了，请刷新后查看')
  const now = deps.clock.now()
  const promised = d.status === 'accepted'
  const next = { ...d, status: 'declined' as const, reason: input.reason }
  const villageName = await villageNameOf(deps.db, c)
  const done = await changeCase(deps, c, {
    action: 'declineDispatch',
    actor: 'volunteer',
    author: volunteerAuthor(user, v),
    publicText: promised ? '原定的上门服务取消了，中心正在重新安排' : null,
    internalNote: input.reason,
    public: promised,
    set: { 'dispatch.status': 'declined', 'dispatch.reason': input.reason, 'dispatch.passedBy': [...d.passedBy, d.volunteerId] },
    also: sameOrder(d, d.status),
    notices: () => [visitNotice('visit.declined', c, next, now, { villageName })]
  })
  return orderView(deps, user, done)
}
