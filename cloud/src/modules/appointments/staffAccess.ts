import { Types, type Connection } from 'mongoose'
import { notFound } from '../../lib/errors'
import { assertStaffMaySee, staffScopeFilter } from '../../lib/visibility'
import type { AuthedUser } from '../../lib/types'
import { departmentModel, type DepartmentDoc } from '../org/model'
import { personModel } from '../people/model'
import { bookingModel, type BookingDoc } from './model'

/**
 * The windows (departments) a staff member serves: an admin every department of the township,
 * staff their own departments. Ordered as the hall numbers them.
 */
export async function servedDepartments(db: Connection, user: AuthedUser): Promise<DepartmentDoc[]> {
  return departmentModel(db).find(staffScopeFilter(user, { departmentField: '_id' })).sort({ order: 1 }).lean<DepartmentDoc[]>()
}

/**
 * The served department with this id; 404 when it is not in the township, 403 (naming the window)
 * when it is another window's.
 */
export async function requireServedDepartment(db: Connection, user: AuthedUser, departmentId: string | Types.ObjectId): Promise<DepartmentDoc> {
  const dept = await departmentModel(db).findById(new Types.ObjectId(String(departmentId))).lean<DepartmentDoc>()
  const window = dept ? dept.windowName || dept.name : ''
  assertStaffMaySee(user, dept && { townshipId: dept.townshipId, departmentId: dept._id }, {
    missing: '没有找到这个窗口',
    why: `这是${window}的事务，您不是这个窗口的工作人员。请引导群众到${window}，或请中心负责人处理`
  })
  return dept!
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
