import { Types } from 'mongoose'
import { visitFiguresQuerySchema, type VisitFiguresDTO } from '../../../../../src/shared/visits'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { badRequest } from '../../../lib/errors'
import type { AuthedUser } from '../../../lib/types'
import { addCalendarDays, endOfLocalDay, startOfLocalDay, toLocalDate } from '../../calendar/workingDays'
import { caseModel, type CaseDoc } from '../../cases/model'

export const getVisitFiguresQuery = visitFiguresQuerySchema
export type GetVisitFiguresQuery = z.output<typeof getVisitFiguresQuery>

/** A rating of 满意 (4) or 非常满意 (5) counts as thanks. */
const THANKS_LEVEL = 4

/**
 * 上门服务 figures of the township over a period (the last 30 days unless said), by the day help
 * requests were submitted: orders, how many were ever dispatched, how many visited, the average
 * hours from submission to the recorded visit, and the visits rated 满意 or better (thanks).
 */
export async function getVisitFigures(deps: AppDeps, user: AuthedUser, query: GetVisitFiguresQuery): Promise<VisitFiguresDTO> {
  const to = query.to ?? toLocalDate(deps.clock.now())
  const from = query.from ?? addCalendarDays(to, -29)
  if (from > to) throw badRequest('RANGE_INVALID', '开始日期不能晚于结束日期')
  const cases = await caseModel(deps.db)
    .find(
      { townshipId: new Types.ObjectId(user.townshipId), type: 'help', submittedAt: { $gte: startOfLocalDay(from), $lte: endOfLocalDay(to) } },
      { submittedAt: 1, dispatch: 1, rating: 1 }
    )
    .lean<Pick<CaseDoc, 'submittedAt' | 'dispatch' | 'rating'>[]>()
  const visited = cases.filter((c) => c.dispatch?.status === 'visited' && c.dispatch.visit)
  const hours = visited.map((c) => (c.dispatch!.visit!.visitedAt.getTime() - c.submittedAt.getTime()) / 3600_000)
  return {
    from,
    to,
    orders: cases.length,
    dispatched: cases.filter((c) => c.dispatch).length,
    completed: visited.length,
    averageHoursToVisit: hours.length ? Math.round((hours.reduce((a, b) => a + b, 0) / hours.length) * 10) / 10 : null,
    thanks: visited.filter((c) => (c.rating?.level ?? 0) >= THANKS_LEVEL).length
  }
}
