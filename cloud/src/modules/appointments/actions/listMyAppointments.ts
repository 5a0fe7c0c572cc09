import { Types } from 'mongoose'
import { myAppointmentsQuerySchema, type BookingDTO } from '../../../../../src/shared/appointments'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { departmentModel, type DepartmentDoc } from '../../org/model'
import { toBookingDTO } from '../dto'
import { windowInfo } from '../load'
import { bookingModel, type BookingDoc } from '../model'

export const listMyAppointmentsQuery = myAppointmentsQuerySchema
export type ListMyAppointmentsQuery = z.output<typeof listMyAppointmentsQuery>

const LIMIT = 50

/**
 * My appointments: the ones I made (for myself or, as an assistant, for people I help) and the ones
 * made for me. `upcoming`: booked or checked in and not yet over, soonest first; `past`: the rest,
 * latest first (at most 50).
 */
export async function listMyAppointments(deps: AppDeps, user: AuthedUser, query: ListMyAppointmentsQuery): Promise<BookingDTO[]> {
  const me = new Types.ObjectId(user.id)
  const now = deps.clock.now()
  const mine = { $or: [{ 'acting.submitterId': me }, { applicantUserId: me }], source: 'online' }
  const upcoming = { status: { $in: ['booked', 'checked_in'] }, endsAt: { $gt: now } }
  const filter =
    query.scope === 'upcoming'
      ? { ...mine, ...upcoming }
      : {
          ...mine,
          $nor: [upcoming, { status: 'pending' }]
        }
  const docs = await bookingModel(deps.db)
    .find(filter, { pendingNotices: 0 })
    .sort({ startsAt: query.scope === 'upcoming' ? 1 : -1 })
    .limit(LIMIT)
    .lean<BookingDoc[]>()
  const departmentIds = [...new Set(docs.map((d) => String(d.departmentId)))]
  const depts = departmentIds.length
    ? await departmentModel(deps.db).find({ _id: { $in: departmentIds } }).lean<DepartmentDoc[]>()
    : []
  const byId = new Map(depts.map((d) => [String(d._id), d]))
  return docs.map((d) => toBookingDTO(d, windowInfo(byId.get(String(d.departmentId)), String(d.departmentId)), now))
}
