import { Types } from 'mongoose'
import type { QrTargetDTO } from '../../../../src/shared/qrcodes'
import type { AppDeps } from '../../lib/deps'
import { addCalendarDays, toLocalDate } from '../calendar/workingDays'
import { townshipModel, villageModel } from '../org/model'
import { toTargetDTO } from './dto'
import { qrTargetModel, scanDayModel, type QrTargetDoc } from './model'

/** The names a list of codes needs: the township, their villages, and the codes retired ones point to. */
export async function targetNames(deps: AppDeps, targets: readonly QrTargetDoc[]) {
  const villageIds = [...new Set(targets.flatMap((t) => (t.villageId ? [String(t.villageId)] : [])))]
  const insteadIds = [...new Set(targets.flatMap((t) => (t.insteadId ? [String(t.insteadId)] : [])))]
  const townshipIds = [...new Set(targets.map((t) => String(t.townshipId)))]
  const [townships, villages, instead] = await Promise.all([
    townshipModel(deps.db).find({ _id: { $in: townshipIds.map((id) => new Types.ObjectId(id)) } }, { name: 1 }).lean(),
    villageIds.length ? villageModel(deps.db).find({ _id: { $in: villageIds.map((id) => new Types.ObjectId(id)) } }, { name: 1 }).lean() : Promise.resolve([]),
    insteadIds.length ? qrTargetModel(deps.db).find({ _id: { $in: insteadIds.map((id) => new Types.ObjectId(id)) } }, { title: 1 }).lean() : Promise.resolve([])
  ])
  return {
    township: new Map(townships.map((t) => [String(t._id), t.name])),
    village: new Map(villages.map((v) => [String(v._id), v.name])),
    instead: new Map(instead.map((t) => [String(t._id), t.title]))
  }
}

/** Codes as staff see them, with their scans of the last 30 days. */
export async function targetViews(deps: AppDeps, targets: readonly QrTargetDoc[]): Promise<QrTargetDTO[]> {
  if (!targets.length) return []
  const since = addCalendarDays(toLocalDate(deps.clock.now()), -29)
  const [names, days] = await Promise.all([
    targetNames(deps, targets),
    scanDayModel(deps.db)
      .find({ targetId: { $in: targets.map((t) => t._id) }, day: { $gte: since } }, { targetId: 1, count: 1 })
      .lean()
  ])
  const scans = new Map<string, number>()
  for (const d of days) scans.set(String(d.targetId), (scans.get(String(d.targetId)) ?? 0) + d.count)
  return targets.map((t) =>
    toTargetDTO(t, {
      townshipName: names.township.get(String(t.townshipId)) ?? '',
      villageName: t.villageId ? (names.village.get(String(t.villageId)) ?? '') : '',
      insteadTitle: t.insteadId ? (names.instead.get(String(t.insteadId)) ?? null) : null,
      scans30d: scans.get(String(t._id)) ?? 0
    })
  )
}
