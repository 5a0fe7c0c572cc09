import { Types } from 'mongoose'
import { DISPATCHABLE_STATUSES } from '../../../../../src/shared/cases'
import { LIVE_DISPATCH_STATUSES, ordersQuerySchema, type VisitOrderDTO } from '../../../../../src/shared/visits'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { caseModel, type CaseDoc } from '../../cases/model'
import { villageNames } from '../orders'
import { toOrderDTO } from '../dto'
import { volunteerModel } from '../model'

export const listMyOrdersQuery = ordersQuerySchema
export type ListMyOrdersQuery = z.output<typeof listMyOrdersQuery>

const LIMIT = 50

/**
 * The caller's own orders only — `open`: offered to them or accepted and not yet visited, soonest
 * deadline first; `done`: those they visited, latest first. No addresses in the list (the order's
 * page shows it while the order is theirs). Anyone without a registration has none.
 */
export async function listMyOrders(deps: AppDeps, user: AuthedUser, query: ListMyOrdersQuery): Promise<VisitOrderDTO[]> {
  const me = new Types.ObjectId(user.id)
  if (!(await volunteerModel(deps.db).exists({ userId: me }))) return []
  const filter =
    query.scope === 'open'
      ? { 'dispatch.volunteerUserId': me, 'dispatch.status': { $in: LIVE_DISPATCH_STATUSES }, status: { $in: DISPATCHABLE_STATUSES } }
      : { 'dispatch.volunteerUserId': me, 'dispatch.status': 'visited' }
  const cases = await caseModel(deps.db)
    .find(filter, { updates: 0, pendingNotices: 0 })
    .sort(query.scope === 'open' ? { 'dispatch.expiresAt': 1 } : { 'dispatch.visit.visitedAt': -1 })
    .limit(LIMIT)
    .lean<CaseDoc[]>()
  const name = await villageNames(deps.db, cases)
  return cases.map((c) => ({ ...toOrderDTO(c, c.villageId ? (name.get(String(c.villageId)) ?? null) : null), address: null, applicantName: null, contactPhone: null }))
}
