import { Types } from 'mongoose'
import type { StaffBookingDTO } from '../../../../../src/shared/appointments'
import type { AppDeps } from '../../../lib/deps'
import { conflict } from '../../../lib/errors'
import type { AuthedUser } from '../../../lib/types'
import { toStaffBookingDTO } from '../dto'
import { windowInfo } from '../load'
import { bookingModel, type BookingDoc } from '../model'
import { applicantPhoneMasked, loadStaffBooking } from '../staffAccess'

/**
 * Marks a booked person who has not come as 未到场, only once their slot has ended. The booking no
 * longer counts as active, so the person may book the service again. Repeating it changes nothing.
 */
export async function markNoShow(deps: AppDeps, user: AuthedUser, id: string): Promise<StaffBookingDTO> {
  const { booking, dept } = await loadStaffBooking(deps.db, user, id)
  const window = windowInfo(dept, String(dept._id))
  const now = deps.clock.now()
  if (booking.status === 'no_show') return toStaffBookingDTO(booking, window, await applicantPhoneMasked(deps.db, booking), now)
  if (booking.status !== 'booked') throw conflict('NOT_BOOKED', '只有还没签到的预约才能标记未到场')
  if (now.getTime() < booking.endsAt.getTime()) {
    throw conflict('SLOT_NOT_OVER', `这个时段到 ${booking.end} 才结束，结束后还没来再标记未到场`)
  }
  const marked = await bookingModel(deps.db)
    .findOneAndUpdate(
      { _id: booking._id, status: 'booked' },
      {
        $set: { status: 'no_show', noShowAt: now, updatedAt: now },
        $unset: { activeKey: 1 },
        $push: { history: { at: now, action: 'no_show', by: new Types.ObjectId(user.id), byRole: user.role, note: null } }
      },
      { new: true }
    )
    .lean<BookingDoc>()
  if (!marked) throw conflict('BOOKING_CHANGED', '这个预约刚刚有了变化（可能已签到），请刷新后再看')
  return toStaffBookingDTO(marked, window, await applicantPhoneMasked(deps.db, marked), now)
}
