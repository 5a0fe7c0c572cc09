import { Types } from 'mongoose'
import { scanFiguresQuerySchema, type QrTargetKind, type ScanFiguresDTO } from '../../../../../src/shared/qrcodes'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { badRequest } from '../../../lib/errors'
import type { AuthedUser } from '../../../lib/types'
import { addCalendarDays, calendarDaysBetween, toLocalDate } from '../../calendar/workingDays'
import { villageModel } from '../../org/model'
import { qrTargetModel, scanDayModel } from '../model'

export const getScanFiguresQuery = scanFiguresQuerySchema
export type GetScanFiguresQuery = z.output<typeof getScanFiguresQuery>

/** The longest period one request adds up. */
const MAX_DAYS = 366

type Group = { _id: string | Types.ObjectId | null; count: number; signedIn: number }

/**
 * Scans of the township's codes over a period (the last 30 days unless said): in total, by day, by
 * code (most scanned first) and by village — counters only, nobody's identity.
 */
export async function getScanFigures(deps: AppDeps, user: AuthedUser, query: GetScanFiguresQuery): Promise<ScanFiguresDTO> {
  const to = query.to ?? toLocalDate(deps.clock.now())
  const from = query.from ?? addCalendarDays(to, -29)
  if (from > to) throw badRequest('RANGE_INVALID', '开始日期不能晚于结束日期')
  if (calendarDaysBetween(from, to) >= MAX_DAYS) throw badRequest('RANGE_TOO_LONG', `一次最多统计 ${MAX_DAYS} 天`)
  const match = { townshipId: new Types.ObjectId(user.townshipId), day: { $gte: from, $lte: to } }
  const Scan = scanDayModel(deps.db)
  const group = (by: string) => Scan.aggregate<Group>([{ $match: match }, { $group: { _id: by, count: { $sum: '$count' }, signedIn: { $sum: '$signedIn' } } }])
  const [byDay, byTarget, byVillage] = await Promise.all([group('$day'), group('$targetId'), group('$villageId')])
  const [targets, villages] = await Promise.all([
    qrTargetModel(deps.db).find({ _id: { $in: byTarget.map((g) => g._id) } }, { title: 1, kind: 1 }).lean<{ _id: Types.ObjectId; title: string; kind: QrTargetKind }[]>(),
    villageModel(deps.db).find({ _id: { $in: byVillage.flatMap((g) => (g._id ? [g._id] : [])) } }, { name: 1 }).lean()
  ])
  const target = new Map(targets.map((t) => [String(t._id), t]))
  const village = new Map(villages.map((v) => [String(v._id), v.name]))
  return {
    from,
    to,
    total: byDay.reduce((n, g) => n + g.count, 0),
    signedIn: byDay.reduce((n, g) => n + g.signedIn, 0),
    byDay: byDay.map((g) => ({ day: String(g._id), count: g.count })).sort((a, b) => a.day.localeCompare(b.day)),
    byTarget: byTarget
      .flatMap((g) => {
        const t = target.get(String(g._id))
        return t ? [{ targetId: String(g._id), title: t.title, kind: t.kind, count: g.count }] : []
      })
      .sort((a, b) => b.count - a.count || a.title.localeCompare(b.title)),
    byVillage: byVillage
      .flatMap((g) => (g._id && village.has(String(g._id)) ? [{ villageId: String(g._id), villageName: village.get(String(g._id))!, count: g.count }] : []))
      .sort((a, b) => b.count - a.count)
  }
}
