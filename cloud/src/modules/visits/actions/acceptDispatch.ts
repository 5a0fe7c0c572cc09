import { acceptDispatchSchema, VISIT_PLAN_MAX_DAYS, type VisitOrderDTO } from '../../../../../src/shared/visits'
import { chinaMonthDayTime } from '../../../../../src/shared/chinaTime'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { badRequest, conflict } from '../../../lib/errors'
import type { AuthedUser } from '../../../lib/types'
import { changeCase } from '../../cases/core'
import { orderIsTheirs } from '../dto'
import { visitNotice } from '../notices'
import { loadMyOrder, orderView, sameOrder, villageNameOf, volunteerAuthor } from '../orders'
import { approvedVolunteerOf } from '../volunteers'

export const acceptDispatchInput = acceptDispatchSchema
export type AcceptDispatchInput = z.output<typeof acceptDispatchInput> & { id: string }

/** A little slack for a phone clock a few minutes behind. */
const SKEW_MS = 10 * 60_000

/**
 * 接单: the volunteer takes an order offered to them before it expires and says when they will come
 * (within VISIT_PLAN_MAX_DAYS). From then the address is theirs to see. The resident (and the
 * assistant who asked) are told who is coming and when. Accepting again answers as before.
 */
export async function acceptDispatch(deps: AppDeps, user: AuthedUser, input: AcceptDispatchInput): Promise<VisitOrderDTO> {
  const v = await approvedVolunteerOf(deps.db, user)
  const c = await loadMyOrder(deps.db, user, input.id)
  const d = c.dispatch
  if (orderIsTheirs(c)) return orderView(deps, user, c)
  const now = deps.clock.now()
  if (d.status !== 'offered') throw conflict('ORDER_CLOSED', d.status === 'expired' ? '这张单已超过接单时限，退回中心重新派单了' : '这张单现在不能接了，请刷新后查看')
  if (now.getTime() > d.expiresAt.getTime()) throw conflict('ORDER_EXPIRED', `这张单要在${chinaMonthDayTime(d.expiresAt)}前接，已经超时，会退回中心重新派单`)
  const planned = new Date(input.plannedAt)
  if (planned.getTime() < now.getTime() - SKEW_MS) throw badRequest('PLANNED_IN_PAST', '上门时间不能早于现在，请重新选择', { plannedAt: '上门时间不能早于现在' })
  if (planned.getTime() > now.getTime() + VISIT_PLAN_MAX_DAYS * 86_400_000) {
    throw badRequest('PLANNED_TOO_LATE', `请约 ${VISIT_PLAN_MAX_DAYS} 天以内的上门时间`, { plannedAt: `请约 ${VISIT_PLAN_MAX_DAYS} 天以内的时间` })
  }
  const next = { ...d, status: 'accepted' as const, acceptedAt: now, plannedAt: planned }
  const villageName = await villageNameOf(deps.db, c)
  const done = await changeCase(deps, c, {
    action: 'acceptDispatch',
    actor: 'volunteer',
    author: volunteerAuthor(user, v),
    publicText: `已接单，约定${chinaMonthDayTime(planned)}上门`,
    public: true,
    set: { 'dispatch.status': 'accepted', 'dispatch.acceptedAt': now, 'dispatch.plannedAt': planned },
    also: sameOrder(d, 'offered'),
    notices: () => [visitNotice('visit.accepted', c, next, now, { villageName })]
  })
  return orderView(deps, user, done)
}
