import { BOOKING_LIFECYCLE, type StaffBookingDTO } from '../../../../../src/shared/appointments'
import type { AppDeps } from '../../../lib/deps'
import { conflict } from '../../../lib/errors'
import { authorOf, recordTransition } from '../../../lib/lifecycle'
import type { AuthedUser } from '../../../lib/types'
import { toStaffBookingDTO } from '../dto'
import { windowInfo } from '../load'
import { bookingModel } from '../model'
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
  const marked = await recordTransition(bookingModel(deps.db), BOOKING_LIFECYCLE, {
    record: booking,
    action: 'markNoShow',
    actor: 'staff',
    author: authorOf(user),
    at: now,
    set: { noShowAt: now },
    unset: { activeKey: 1 }
  })
  if (!marked) throw conflict('BOOKING_CHANGED', '这个预约刚刚有了变化（可能已签到），请刷新后再看')
  return toStaffBookingDTO(marked.doc, window, await applicantPhoneMasked(deps.db, marked.doc), now)
}
