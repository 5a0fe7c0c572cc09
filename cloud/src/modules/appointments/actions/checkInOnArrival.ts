import { Types } from 'mongoose'
import { BOOKING_LIFECYCLE, formatDateCn, type BookingDTO } from '../../../../../src/shared/appointments'
import type { AppDeps } from '../../../lib/deps'
import { conflict, notFound } from '../../../lib/errors'
import { authorOf, recordTransition } from '../../../lib/lifecycle'
import type { AuthedUser } from '../../../lib/types'
import { toLocalDate } from '../../calendar/workingDays'
import { departmentModel, type DepartmentDoc } from '../../org/model'
import { toBookingDTO } from '../dto'
import { windowInfo } from '../load'
import { bookingModel, type BookingDoc } from '../model'

export interface CheckInOnArrivalInput {
  bookingId: string
  /** The window whose code was scanned; null for the hall's code (any window). */
  departmentId: string | null
  /** How the arrival was noted on the booking's record (扫大厅码签到 …). */
  how: string
}

/**
 * The person checks themselves in on arrival by scanning the hall's or their window's code: only
 * their own booking (made by them or for them), only today, only at its window when a window's code
 * was scanned. A booking already checked in answers as it is; a cancelled one 409.
 */
export async function checkInOnArrival(deps: AppDeps, user: AuthedUser, input: CheckInOnArrivalInput): Promise<BookingDTO> {
  const now = deps.clock.now()
  const me = new Types.ObjectId(user.id)
  const Booking = bookingModel(deps.db)
  const booking = await Booking.findOne(
    { _id: new Types.ObjectId(input.bookingId), status: { $ne: 'pending' }, $or: [{ 'acting.submitterId': me }, { applicantUserId: me }] },
    { pendingNotices: 0 }
  ).lean<BookingDoc>()
  if (!booking) throw notFound('没有找到这个预约，请在“我的预约”里查看')
  const dept = await departmentModel(deps.db).findById(booking.departmentId).lean<DepartmentDoc>()
  const window = windowInfo(dept, String(booking.departmentId))
  const answer = (doc: BookingDoc) => toBookingDTO(doc, window, now)
  if (booking.date !== toLocalDate(now)) {
    throw conflict('WRONG_DAY', `这是${formatDateCn(booking.date)}的预约，今天不能签到。没有预约也可以直接到窗口办理`)
  }
  if (input.departmentId && String(booking.departmentId) !== input.departmentId) {
    throw conflict('WRONG_WINDOW', `这个预约在${window.windowName || window.name}办理，请扫那个窗口的码，或扫大厅的码签到`)
  }
  if (booking.status === 'checked_in' || booking.status === 'completed') return answer(booking)
  if (booking.status === 'cancelled') throw conflict('BOOKING_CANCELLED', '这个预约已经取消了。人到了照常办理，请到窗口说明')
  const done = await recordTransition(Booking, BOOKING_LIFECYCLE, {
    record: booking,
    action: 'checkIn',
    actor: 'resident',
    author: authorOf(user),
    at: now,
    publicText: input.how,
    set: { checkedInAt: now, checkedInBy: me }
  })
  if (done) return answer(done.doc)
  const current = await Booking.findById(booking._id, { pendingNotices: 0 }).lean<BookingDoc>()
  if (current && (current.status === 'checked_in' || current.status === 'completed')) return answer(current)
  throw conflict('BOOKING_CHANGED', '这个预约刚刚有了变化，请刷新后再签到')
}
