import { Types } from 'mongoose'
import { QR_TARGET_KIND_LABELS, DISCLOSURE_VILLAGE_PAGE, type QrLink, type QrResolveDTO } from '../../../../src/shared/qrcodes'
import type { BookingDTO } from '../../../../src/shared/appointments'
import type { GuideContent } from '../../../../src/shared/guides'
import type { AppDeps } from '../../lib/deps'
import { notFound } from '../../lib/errors'
import type { AuthedUser } from '../../lib/types'
import { listMyAppointments } from '../appointments/actions/listMyAppointments'
import { toLocalDate } from '../calendar/workingDays'
import { guideModel } from '../guides/model'
import { departmentModel, townshipModel, villageModel, type DepartmentDoc, type TownshipDoc } from '../org/model'
import { villageHelpers } from '../visits/directory'
import { doorplateOf } from './dto'
import { qrTargetModel, type QrTargetDoc } from './model'

const UNKNOWN = '没有找到这个二维码。它可能不是乡里办的码，或者印错了。请扫便民服务中心张贴的码，或直接打开乡里办首页'

/** The live code a scene names, or 404 with a message saying what to do. */
export async function loadByScene(deps: AppDeps, scene: string): Promise<QrTargetDoc> {
  const t = await qrTargetModel(deps.db).findOne({ scene }).lean<QrTargetDoc>()
  if (!t) throw notFound(UNKNOWN)
  return t
}

const home = (townshipId: Types.ObjectId): QrLink => ({ page: '/pages/home/index', query: { t: String(townshipId) } })

/** Where a live code sends the person; null when the scan page shows the target itself. */
function linkOf(t: QrTargetDoc): QrLink | null {
  switch (t.kind) {
    case 'hall':
      return home(t.townshipId)
    case 'guide':
      return { page: '/pages/guides/detail/index', query: { id: String(t.guideId) } }
    case 'board':
      return { page: `/${DISCLOSURE_VILLAGE_PAGE}`, query: { villageId: String(t.villageId) } }
    case 'window':
    case 'doorplate':
      return null
  }
}

async function windowOf(deps: AppDeps, t: QrTargetDoc): Promise<QrResolveDTO['window']> {
  if (t.kind !== 'window' || !t.departmentId) return null
  const [dept, guides] = await Promise.all([
    departmentModel(deps.db).findById(t.departmentId).lean<DepartmentDoc>(),
    guideModel(deps.db)
      .find({ townshipId: t.townshipId, 'published.departmentId': String(t.departmentId) }, { 'published.title': 1, 'published.appointmentAvailable': 1 })
      .sort({ slug: 1 })
      .lean<{ _id: Types.ObjectId; published: Pick<GuideContent, 'title' | 'appointmentAvailable'> }[]>()
  ])
  return {
    departmentId: String(t.departmentId),
    name: dept?.name ?? '',
    windowName: dept?.windowName ?? '',
    place: dept?.place ?? '',
    phone: dept?.phone ?? '',
    services: guides.map((g) => ({ guideId: String(g._id), title: g.published.title, appointmentAvailable: g.published.appointmentAvailable })),
    rateTargetId: String(t._id)
  }
}

/**
 * Today's bookings of the signed-in caller that scanning this code can check in: at the hall any
 * window's, at a window that window's; still waiting (booked, or marked 未到场 and come late after all).
 */
export async function checkInsAt(deps: AppDeps, user: AuthedUser | undefined, t: QrTargetDoc): Promise<BookingDTO[]> {
  if (!user || t.status !== 'active' || (t.kind !== 'hall' && t.kind !== 'window') || user.townshipId !== String(t.townshipId)) return []
  const today = toLocalDate(deps.clock.now())
  const mine = await listMyAppointments(deps, user, { scope: 'upcoming' })
  return mine.filter((b) => b.date === today && b.status === 'booked' && (t.kind === 'hall' || b.department.id === String(t.departmentId)))
}

async function retiredOf(deps: AppDeps, t: QrTargetDoc, township: TownshipDoc): Promise<QrResolveDTO['retired']> {
  if (t.status !== 'retired') return null
  const instead = t.insteadId ? await qrTargetModel(deps.db).findOne({ _id: t.insteadId, status: 'active' }, { updates: 0 }).lean<QrTargetDoc>() : null
  const retiredAt = t.updates?.find((u) => u.action === 'retire')?.at ?? t.updatedAt
  return {
    at: retiredAt.toISOString(),
    reason: t.retiredReason ?? '',
    instead: instead
      ? { title: instead.title, scene: instead.scene, link: { page: '/pages/scan/index', query: { scene: instead.scene } } }
      : { title: `${township.name}便民服务中心首页`, scene: null, link: home(t.townshipId) }
  }
}

/** Everything the scan page needs about a code, for anyone; bookings to check in for the signed-in caller. */
export async function resolveTarget(deps: AppDeps, user: AuthedUser | undefined, t: QrTargetDoc): Promise<QrResolveDTO> {
  const [township, village] = await Promise.all([
    townshipModel(deps.db).findById(t.townshipId).lean<TownshipDoc>(),
    t.villageId ? villageModel(deps.db).findById(t.villageId, { name: 1 }).lean() : Promise.resolve(null)
  ])
  if (!township) throw notFound(UNKNOWN)
  const villageName = village?.name ?? ''
  const live = t.status === 'active'
  const plate = live ? doorplateOf(t, township.name, villageName) : null
  const [window, helpers, retired, checkIns] = await Promise.all([
    live ? windowOf(deps, t) : Promise.resolve(null),
    plate && t.villageId ? villageHelpers(deps, t.villageId) : Promise.resolve(null),
    retiredOf(deps, t, township),
    checkInsAt(deps, user, t)
  ])
  return {
    scene: t.scene,
    kind: t.kind,
    kindLabel: QR_TARGET_KIND_LABELS[t.kind],
    title: t.title,
    status: t.status,
    township: { id: String(township._id), name: township.name, phone: township.phone, address: township.address },
    link: live ? linkOf(t) : null,
    window,
    guide: live && t.kind === 'guide' && t.guideId ? { id: String(t.guideId), title: t.title } : null,
    doorplate: plate && helpers ? { ...plate, ...helpers } : null,
    board: live && t.kind === 'board' && t.villageId ? { villageId: String(t.villageId), villageName } : null,
    retired,
    checkIns
  }
}
