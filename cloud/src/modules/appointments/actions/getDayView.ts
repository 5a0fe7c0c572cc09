import { Types } from 'mongoose'
import { dayViewQuerySchema, type DayViewDTO } from '../../../../../src/shared/appointments'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { loadOverrides } from '../../calendar/load'
import { describeDay, toLocalDate } from '../../calendar/workingDays'
import { personModel } from '../../people/model'
import { toStaffBookingDTO } from '../dto'
import { windowInfo } from '../load'
import { bookingModel, type BookingDoc } from '../model'
import { requireServedDepartment, servedDepartments } from '../staffAccess'

export const getDayViewQuery = dayViewQuerySchema
export type GetDayViewQuery = z.output<typeof getDayViewQuery>

/**
 * The hall's day (today unless a date is given) for the windows I serve, or one of them: every
 * booking and walk-in in time order with what can be done next, and the day's counts.
 */
export async function getDayView(deps: AppDeps, user: AuthedUser, query: GetDayViewQuery): Promise<DayViewDTO> {
  const now = deps.clock.now()
  const today = toLocalDate(now)
  const date = query.date ?? today
  const served = await servedDepartments(deps.db, user)
  const departments = query.departmentId ? [await requireServedDepartment(deps.db, user, query.departmentId)] : served
  const townshipId = new Types.ObjectId(user.townshipId)
  const [docs, overrides] = await Promise.all([
    bookingModel(deps.db)
      .find(
        { townshipId, date, departmentId: { $in: departments.map((d) => d._id) }, status: { $ne: 'pending' } },
        { pendingNotices: 0 }
      )
      .sort({ start: 1, createdAt: 1 })
      .lean<BookingDoc[]>(),
    loadOverrides(deps.db, townshipId, { from: date, to: date })
  ])
  const personIds = [...new Set(docs.flatMap((d) => (d.acting.applicantPersonId ? [String(d.acting.applicantPersonId)] : [])))]
  const people = personIds.length
    ? await personModel(deps.db).find({ _id: { $in: personIds } }, { phoneMasked: 1 }).lean()
    : []
  const phones = new Map(people.map((p) => [String(p._id), p.phoneMasked ?? null]))
  const windows = new Map(departments.map((d) => [String(d._id), windowInfo(d, String(d._id))]))
  const day = describeDay(date, overrides)
  const items = docs.map((d) =>
    toStaffBookingDTO(
      d,
      windows.get(String(d.departmentId)) ?? windowInfo(null, String(d.departmentId)),
      d.acting.applicantPersonId ? (phones.get(String(d.acting.applicantPersonId)) ?? null) : null,
      now
    )
  )
  const online = items.filter((i) => i.source === 'online')
  return {
    date,
    today,
    dayName: day.name,
    working: day.working,
    departments: departments.map((d) => ({ id: String(d._id), name: d.name, windowName: d.windowName })),
    items,
    counts: {
      booked: online.filter((i) => i.status === 'booked').length,
      checkedIn: items.filter((i) => i.status === 'checked_in').length,
      completed: items.filter((i) => i.status === 'completed').length,
      noShow: online.filter((i) => i.status === 'no_show').length,
      cancelled: online.filter((i) => i.status === 'cancelled').length,
      walkIns: items.filter((i) => i.source === 'walkin').length
    }
  }
}
