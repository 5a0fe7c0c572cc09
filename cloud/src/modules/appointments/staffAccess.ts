import { Types, type Connection } from 'mongoose'
import { forbidden, notFound } from '../../lib/errors'
import type { AuthedUser } from '../../lib/types'
import { departmentModel, type DepartmentDoc } from '../org/model'
import { personModel } from '../people/model'
import { bookingModel, type BookingDoc } from './model'

/**
 * The windows (departments) a staff member serves: an admin every department of the township,
 * staff their own departments. Ordered as the hall numbers them.
 */
export async function servedDepartments(db: Connection, user: AuthedUser): Promise<DepartmentDoc[]> {
  const filter: Record<string, unknown> = { townshipId: new Types.ObjectId(user.townshipId) }
  if (user.role !== 'admin') filter._id = { $in: user.departmentIds.map((id) => new Types.ObjectId(id)) }
  return departmentModel(db).find(filter).sort({ order: 1 }).lean<DepartmentDoc[]>()
}

/**
 * The served department with this id; 404 when it is not in the township, 403 (naming the window)
 * when it is another window's.
 */
export async function requireServedDepartment(db: Connection, user: AuthedUser, departmentId: string | Types.ObjectId): Promise<DepartmentDoc> {
  const dept = await departmentModel(db)
    .findOne({ _id: new Types.ObjectId(String(departmentId)), townshipId: new Types.ObjectId(user.townshipId) })
    .lean<DepartmentDoc>()
  if (!dept) throw notFound('没有找到这个窗口')
  if (user.role !== 'admin' && !user.departmentIds.includes(String(dept._id))) {
    throw forbidden(`这是${dept.windowName || dept.name}的事务，您不是这个窗口的工作人员。请引导群众到${dept.windowName || dept.name}，或请中心负责人处理`)
  }
  return dept
}

/** A booking of my township for a window I serve (404 / 403 otherwise), with that window. */
export async function loadStaffBooking(db: Connection, user: AuthedUser, id: string): Promise<{ booking: BookingDoc; dept: DepartmentDoc }> {
  const booking = await bookingModel(db)
    .findOne({ _id: new Types.ObjectId(id), townshipId: new Types.ObjectId(user.townshipId), status: { $ne: 'pending' } }, { pendingNotices: 0 })
    .lean<BookingDoc>()
  if (!booking) throw notFound('没有找到这个预约，请刷新今天的预约列表')
  return { booking, dept: await requireServedDepartment(db, user, booking.departmentId) }
}

/** The masked phone of a booking's applicant (walk-ins: the one staff typed). */
export async function applicantPhoneMasked(db: Connection, booking: BookingDoc): Promise<string | null> {
  if (booking.walkInPhoneMasked) return booking.walkInPhoneMasked
  if (!booking.acting.applicantPersonId) return null
  const person = await personModel(db).findById(booking.acting.applicantPersonId, { phoneMasked: 1 }).lean()
  return person?.phoneMasked ?? null
}
