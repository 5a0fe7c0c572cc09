import { Types } from 'mongoose'
import { BOOKING_LIFECYCLE, checkInCodeSchema, checkInSchema, formatDateCn, parseBookingQr, type CheckInResultDTO } from '../../../../../src/shared/appointments'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { badRequest, conflict, notFound } from '../../../lib/errors'
import type { AuthedUser } from '../../../lib/types'
import { authorOf, recordTransition } from '../../../lib/lifecycle'
import { parse } from '../../../lib/validate'
import { toLocalDate } from '../../calendar/workingDays'
import { personModel } from '../../people/model'
import { toStaffBookingDTO } from '../dto'
import { windowInfo } from '../load'
import { bookingModel, type BookingDoc } from '../model'
import { requireServedDepartment } from '../staffAccess'

export const checkInInput = checkInSchema
export type CheckInInput = z.output<typeof checkInInput>

/**
 * Checks a person in at the window by the code they show or the QR scanned from their phone. Only
 * today's bookings of the township; staff check in for their own windows (an admin for all). A late
 * arrival already marked 未到场 can still be checked in; a repeated scan answers `alreadyCheckedIn`.
 */
export async function checkInAppointment(deps: AppDeps, user: AuthedUser, input: CheckInInput): Promise<CheckInResultDTO> {
  const now = deps.clock.now()
  const today = toLocalDate(now)
  let code: string
  if (input.qr?.trim()) {
    const scanned = parseBookingQr(input.qr)
    if (!scanned) throw badRequest('NOT_A_BOOKING_QR', '这不是乡里办的预约二维码，请让群众打开“我的预约”出示二维码，或直接输入签到码')
    if (scanned.date !== today) {
      throw conflict('WRONG_DAY', `这是${formatDateCn(scanned.date)}的预约，不是今天的。可以按现场办理接待，或请群众在约好的日子再来`)
    }
    code = scanned.code
  } else {
    code = parse(checkInCodeSchema, input.code, '签到码')
  }
  const Booking = bookingModel(deps.db)
  const booking = await Booking.findOne(
    { townshipId: new Types.ObjectId(user.townshipId), date: today, code, status: { $ne: 'pending' } },
    { pendingNotices: 0 }
  ).lean<BookingDoc>()
  if (!booking) {
    throw notFound(`今天没有签到码为 ${code} 的预约，请核对后再输入；没有预约也照常办理，可以登记为现场办理`)
  }
  const dept = await requireServedDepartment(deps.db, user, booking.departmentId)
  const window = windowInfo(dept, String(dept._id))
  const phoneOf = async (doc: BookingDoc) =>
    doc.acting.applicantPersonId
      ? ((await personModel(deps.db).findById(doc.acting.applicantPersonId, { phoneMasked: 1 }).lean())?.phoneMasked ?? null)
      : null
  if (booking.status === 'checked_in' || booking.status === 'completed') {
    return { booking: toStaffBookingDTO(booking, window, await phoneOf(booking), now), alreadyCheckedIn: true }
  }
  if (booking.status === 'cancelled') {
    throw conflict('BOOKING_CANCELLED', `签到码 ${code} 的预约已经取消了。群众来了照常办理，可以登记为现场办理`)
  }
  const done = await recordTransition(Booking, BOOKING_LIFECYCLE, {
    record: booking,
    action: 'checkIn',
    actor: 'staff',
    author: authorOf(user),
    at: now,
    publicText: input.qr ? '扫码签到' : '签到码签到',
    set: { checkedInAt: now, checkedInBy: new Types.ObjectId(user.id) }
  })
  const checked = done?.doc
  if (!checked) {
    const current = await Booking.findById(booking._id, { pendingNotices: 0 }).lean<BookingDoc>()
    if (current && (current.status === 'checked_in' || current.status === 'completed')) {
      return { booking: toStaffBookingDTO(current, window, await phoneOf(current), now), alreadyCheckedIn: true }
    }
    throw conflict('BOOKING_CHANGED', '这个预约刚刚有了变化，请刷新后再签到')
  }
  return { booking: toStaffBookingDTO(checked, window, await phoneOf(checked), now), alreadyCheckedIn: false }
}
