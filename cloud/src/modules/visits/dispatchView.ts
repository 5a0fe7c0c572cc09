import { CASE_STATUS_LABELS, DISPATCHABLE_STATUSES } from '../../../../src/shared/cases'
import { LIVE_DISPATCH_STATUSES, VOLUNTEER_KIND_LABELS, type StaffDispatchDTO, type VolunteerSuggestionDTO } from '../../../../src/shared/visits'
import type { AppDeps } from '../../lib/deps'
import { mayDispatch } from '../cases/dto'
import { caseModel, type CaseDoc } from '../cases/model'
import { villageModel } from '../org/model'
import { skillLabels, toDispatchDTO } from './dto'
import { volunteerModel, type VolunteerDoc } from './model'

/** Why a case cannot be dispatched now, or null when it can. */
export function whyNotDispatchable(c: CaseDoc): string | null {
  if (c.type !== 'help') return '只有“求助·上门服务”类诉求可以派志愿者上门'
  if (!(DISPATCHABLE_STATUSES as readonly string[]).includes(c.status)) {
    return c.status === 'submitted' ? '请先受理这件求助，再派志愿者上门' : `这件求助现在是“${CASE_STATUS_LABELS[c.status]}”，不能再派单`
  }
  if (!mayDispatch(c)) return `已经派给${c.dispatch!.volunteerName}了（${c.dispatch!.status === 'visited' ? '已上门' : '等对方接单或上门'}）`
  return null
}

/**
 * Volunteers a dispatcher may send: the township's approved ones, those of the case's village first,
 * least loaded (fewest live orders) first within each, those who already passed on this case last.
 */
export async function suggestVolunteers(deps: AppDeps, c: CaseDoc): Promise<VolunteerSuggestionDTO[]> {
  const volunteers = await volunteerModel(deps.db).find({ townshipId: c.townshipId, status: 'approved' }, { pendingNotices: 0, updates: 0 }).lean<VolunteerDoc[]>()
  if (!volunteers.length) return []
  const ids = volunteers.map((v) => v._id)
  const [orders, villages] = await Promise.all([
    caseModel(deps.db)
      .find({ 'dispatch.volunteerId': { $in: ids }, 'dispatch.status': { $in: [...LIVE_DISPATCH_STATUSES, 'visited'] } }, { status: 1, 'dispatch.volunteerId': 1, 'dispatch.status': 1 })
      .lean<Pick<CaseDoc, 'status' | 'dispatch'>[]>(),
    villageModel(deps.db).find({ _id: { $in: [...new Set(volunteers.map((v) => String(v.villageId)))] } }, { name: 1 }).lean()
  ])
  const live = new Map<string, number>()
  const visited = new Map<string, number>()
  for (const o of orders) {
    const key = String(o.dispatch!.volunteerId)
    if (o.dispatch!.status === 'visited') visited.set(key, (visited.get(key) ?? 0) + 1)
    else if ((DISPATCHABLE_STATUSES as readonly string[]).includes(o.status)) live.set(key, (live.get(key) ?? 0) + 1)
  }
  const villageName = new Map(villages.map((v) => [String(v._id), v.name]))
  const passed = new Set((c.dispatch?.passedBy ?? []).map(String))
  const list = volunteers.map((v) => ({
    id: String(v._id),
    name: v.realName,
    kind: v.kind,
    kindLabel: VOLUNTEER_KIND_LABELS[v.kind],
    villageName: villageName.get(String(v.villageId)) ?? '',
    sameVillage: !!c.villageId && String(v.villageId) === String(c.villageId),
    skillLabels: skillLabels(v.skills),
    openOrders: live.get(String(v._id)) ?? 0,
    visits: visited.get(String(v._id)) ?? 0,
    declinedThis: passed.has(String(v._id))
  }))
  return list.sort(
    (a, b) =>
      Number(a.declinedThis) - Number(b.declinedThis) ||
      Number(b.sameVillage) - Number(a.sameVillage) ||
      a.openOrders - b.openOrders ||
      a.visits - b.visits ||
      a.name.localeCompare(b.name, 'zh')
  )
}

/** A help request as its dispatcher sees it, with whom to send when it can be sent. */
export async function staffDispatchView(deps: AppDeps, c: CaseDoc): Promise<StaffDispatchDTO> {
  const why = whyNotDispatchable(c)
  const [village, suggestions] = await Promise.all([
    c.villageId ? villageModel(deps.db).findById(c.villageId, { name: 1 }).lean() : Promise.resolve(null),
    why ? Promise.resolve([]) : suggestVolunteers(deps, c)
  ])
  return {
    caseId: String(c._id),
    number: c.number,
    title: c.title,
    text: c.text,
    status: c.status,
    statusLabel: CASE_STATUS_LABELS[c.status],
    villageId: c.villageId ? String(c.villageId) : null,
    villageName: village?.name ?? null,
    location: c.location,
    dispatch: c.dispatch ? toDispatchDTO(c.dispatch) : null,
    canDispatch: why === null,
    why,
    suggestions
  }
}
