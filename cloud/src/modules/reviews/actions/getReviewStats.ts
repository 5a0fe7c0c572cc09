import { Types } from 'mongoose'
import { OPEN_RECTIFICATION, reviewStatsQuerySchema, type ReviewService, type ReviewStatsDTO } from '../../../../../src/shared/reviews'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { badRequest, forbidden } from '../../../lib/errors'
import type { AuthedUser } from '../../../lib/types'
import { staffScopeFilter } from '../../../lib/visibility'
import { reviewModel } from '../model'
import { monthOf } from '../rating'
import { figuresOf, groupFigures, type LevelCount } from '../stats'

export const getReviewStatsInput = reviewStatsQuerySchema
export type GetReviewStatsInput = z.output<typeof getReviewStatsInput>

interface Row extends LevelCount {
  month: string
  departmentId: Types.ObjectId | null
  departmentName: string
  windowName: string
  service: ReviewService
  serviceTitle: string
  staffId: Types.ObjectId | null
  staffName: string | null
}

interface RectRow {
  status: string
  anonymous: boolean
  rectification: { onTime: boolean | null; calledBackAt: Date | null; dueBy: Date } | null
}

/**
 * Satisfaction figures for the caller's departments (admin: the township) over a range of months
 * (default: this year so far): totals, per month, department (and its window), service and staff
 * member; rectifications finished on time and named 差评 called back. Upheld appeals are left out
 * of every rate and counted apart; defaulted ratings are counted and shown apart. One grouped
 * aggregation on the (township, month) index.
 */
export async function getReviewStats(deps: AppDeps, user: AuthedUser, input: GetReviewStatsInput): Promise<ReviewStatsDTO> {
  const now = deps.clock.now()
  const to = input.to ?? monthOf(now)
  const from = input.from ?? `${to.slice(0, 4)}-01`
  if (from > to) throw badRequest('RANGE_INVALID', '开始月份不能晚于结束月份')
  const match: Record<string, unknown> = { ...staffScopeFilter(user), month: { $gte: from, $lte: to } }
  if (input.departmentId) {
    if (user.role !== 'admin' && !user.departmentIds.includes(input.departmentId)) throw forbidden('您只能查看本站所的统计')
    match.departmentId = new Types.ObjectId(input.departmentId)
  }
  const Review = reviewModel(deps.db)
  const [grouped, rects] = await Promise.all([
    Review.aggregate<{ _id: Omit<Row, 'n'>; n: number }>([
      { $match: match },
      {
        $group: {
          _id: {
            month: '$month',
            level: '$level',
            excluded: '$excluded',
            defaulted: '$defaulted',
            departmentId: '$departmentId',
            departmentName: '$departmentName',
            windowName: '$windowName',
            service: '$service',
            serviceTitle: { $cond: [{ $eq: ['$service', 'window'] }, '$departmentName', '$serviceTitle'] },
            staffId: '$staffId',
            staffName: '$staffName'
          },
          n: { $sum: 1 }
        }
      }
    ]),
    Review.find({ ...match, bad: true, excluded: false }, { status: 1, anonymous: 1, 'rectification.onTime': 1, 'rectification.calledBackAt': 1, 'rectification.dueBy': 1 }).lean<RectRow[]>()
  ])
  const rows: Row[] = grouped.map((g) => ({ ...g._id, n: g.n }))
  const finished = rects.filter((r) => r.rectification?.onTime !== null && r.rectification?.onTime !== undefined)
  const named = rects.filter((r) => !r.anonymous)
  const byMonth = [...groupFigures(rows, (r) => r.month)].map(([month, g]) => ({ month, ...g.figures })).sort((a, b) => a.month.localeCompare(b.month))
  const byDepartment = [...groupFigures(rows, (r) => (r.departmentId ? String(r.departmentId) : null))].map(([departmentId, g]) => ({
    departmentId,
    name: g.first.departmentName,
    windowName: g.first.windowName,
    ...g.figures
  }))
  const byService = [...groupFigures(rows, (r) => `${r.service}:${r.serviceTitle}`)].map(([, g]) => ({ service: g.first.service, title: g.first.serviceTitle, ...g.figures }))
  const byStaff = [...groupFigures(rows, (r) => (r.staffId ? String(r.staffId) : null))].map(([staffId, g]) => ({ staffId, name: g.first.staffName ?? '', ...g.figures }))
  const onTime = finished.filter((r) => r.rectification!.onTime).length
  return {
    from,
    to,
    total: figuresOf(rows),
    byMonth,
    byDepartment: byDepartment.sort((a, b) => b.counted - a.counted),
    byService: byService.sort((a, b) => b.counted - a.counted),
    byStaff: byStaff.sort((a, b) => b.counted - a.counted),
    rectification: {
      opened: rects.length,
      finished: finished.length,
      onTime,
      onTimeRate: finished.length ? onTime / finished.length : null,
      calledBackRate: named.length ? named.filter((r) => r.rectification?.calledBackAt).length / named.length : null,
      overdueOpen: rects.filter((r) => OPEN_RECTIFICATION.some((s) => s === r.status) && r.rectification && r.rectification.dueBy <= now).length
    }
  }
}
