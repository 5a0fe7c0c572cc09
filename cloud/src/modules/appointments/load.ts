import { Types, type Connection } from 'mongoose'
import type { GuideContent } from '../../../../src/shared/guides'
import { badRequest, notFound } from '../../lib/errors'
import type { AuthedUser } from '../../lib/types'
import { loadOverrides } from '../calendar/load'
import { addCalendarDays, type LocalDate, type Overrides } from '../calendar/workingDays'
import { guideModel, type GuideDoc } from '../guides/model'
import { departmentModel, type DepartmentDoc } from '../org/model'
import { bookingModel, openingTemplateModel, scheduleExceptionModel, type BookingDoc, type OpeningTemplateDoc, type ScheduleExceptionDoc } from './model'

/** The window (department) as booking screens show it. */
export interface WindowInfo {
  id: string
  name: string
  windowName: string
  place: string
  phone: string
}

/** A published service that may be booked, with its window. */
export interface BookableService {
  guideId: Types.ObjectId
  townshipId: Types.ObjectId
  title: string
  departmentId: Types.ObjectId
  window: WindowInfo
}

/** The window fields of a department (blank when the department is gone). */
export function windowInfo(dept: Pick<DepartmentDoc, '_id' | 'name' | 'windowName' | 'place' | 'phone'> | null | undefined, id: string): WindowInfo {
  return { id, name: dept?.name ?? '', windowName: dept?.windowName ?? '', place: dept?.place ?? '', phone: dept?.phone ?? '' }
}

/**
 * A published service (guide) and its window. 404 when the guide is not published; 400 when its
 * guide says it needs no appointment (then people simply come to the window).
 */
export async function loadBookableService(db: Connection, guideId: string): Promise<BookableService> {
  const doc = await guideModel(db)
    .findOne({ _id: new Types.ObjectId(guideId), published: { $ne: null } }, { townshipId: 1, published: 1 })
    .lean<Pick<GuideDoc, '_id' | 'townshipId'> & { published: GuideContent }>()
  if (!doc) throw notFound('没有找到这个办事事项，可能已经下线，请回到首页重新搜索')
  const content = doc.published
  if (!content.appointmentAvailable) {
    throw badRequest('APPOINTMENT_NOT_OFFERED', `“${content.title}”不需要预约，工作时间直接到窗口办理即可`)
  }
  const dept = Types.ObjectId.isValid(content.departmentId)
    ? await departmentModel(db).findOne({ _id: content.departmentId, townshipId: doc.townshipId }).lean<DepartmentDoc>()
    : null
  if (!dept) throw notFound('这个事项的办理窗口已调整，暂时不能预约，请打电话咨询服务中心')
  return {
    guideId: doc._id,
    townshipId: doc.townshipId,
    title: content.title,
    departmentId: dept._id,
    window: windowInfo(dept, String(dept._id))
  }
}

/** `<departmentId>:<guideId or *>`: the key of a template's scope. */
export function scopeKeyOf(departmentId: string | Types.ObjectId, guideId: string | Types.ObjectId | null): string {
  return `${String(departmentId)}:${guideId ? String(guideId) : '*'}`
}

/**
 * The template that schedules a service: the service's own template when there is one (an inactive
 * one means the service is not booked online), otherwise its window's. Null when neither exists.
 */
export async function resolveTemplate(db: Connection, departmentId: Types.ObjectId, guideId: Types.ObjectId): Promise<OpeningTemplateDoc | null> {
  const found = await openingTemplateModel(db)
    .find({ scopeKey: { $in: [scopeKeyOf(departmentId, guideId), scopeKeyOf(departmentId, null)] } })
    .lean<OpeningTemplateDoc[]>()
  return found.find((t) => t.guideId !== null) ?? found[0] ?? null
}

/** A template's exceptions from `from` to `to` (both included), by date. */
export async function loadExceptions(db: Connection, templateId: Types.ObjectId, from: LocalDate, to: LocalDate): Promise<Map<LocalDate, ScheduleExceptionDoc>> {
  const list = await scheduleExceptionModel(db)
    .find({ templateId, date: { $gte: from, $lte: to } })
    .lean<ScheduleExceptionDoc[]>()
  return new Map(list.map((e) => [e.date, e]))
}

/** The township's calendar overrides around a booking window (a margin back for the reminder day). */
export function loadBookingOverrides(db: Connection, townshipId: Types.ObjectId, today: LocalDate, last: LocalDate): Promise<Overrides> {
  return loadOverrides(db, townshipId, { from: addCalendarDays(today, -62), to: last })
}

/** True when the signed-in person made the booking or it is for them. */
export function isOwnBooking(user: AuthedUser, booking: Pick<BookingDoc, 'acting' | 'applicantUserId'>): boolean {
  return String(booking.acting.submitterId) === user.id || (booking.applicantUserId !== null && String(booking.applicantUserId) === user.id)
}

const NOT_YOURS = '没有找到这个预约，请在“我的预约”里查看'

/** A booking the signed-in person made or that is for them; 404 otherwise (someone else's bookings are not revealed). */
export async function loadOwnBooking(db: Connection, user: AuthedUser, id: string): Promise<BookingDoc> {
  const doc = await bookingModel(db).findById(new Types.ObjectId(id)).lean<BookingDoc>()
  if (!doc || doc.status === 'pending' || doc.source !== 'online' || !isOwnBooking(user, doc)) throw notFound(NOT_YOURS)
  return doc
}

/** The window of a booking. */
export async function loadWindow(db: Connection, departmentId: Types.ObjectId): Promise<WindowInfo> {
  const dept = await departmentModel(db).findById(departmentId).lean<DepartmentDoc>()
  return windowInfo(dept, String(departmentId))
}
