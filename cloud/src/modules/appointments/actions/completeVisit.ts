import { BOOKING_LIFECYCLE, type StaffBookingDTO } from '../../../../../src/shared/appointments'
import type { AppDeps } from '../../../lib/deps'
import { conflict } from '../../../lib/errors'
import { authorOf, recordTransition } from '../../../lib/lifecycle'
import type { AuthedUser } from '../../../lib/types'
import { relayAfterWrite } from '../../notices/relay'
import { toStaffBookingDTO } from '../dto'
import { windowInfo } from '../load'
import { bookingModel } from '../model'
import { bookingAudience, bookingNotice } from '../notices'
import { applicantPhoneMasked, loadStaffBooking } from '../staffAccess'

/**
 * Marks a checked-in visit as served (办结). In the same write the person (and the assistant who
 * booked for them) is invited to rate the visit. Repeating it changes nothing.
 */
export async function completeVisit(deps: AppDeps, user: AuthedUser, id: string): Promise<StaffBookingDTO> {
  const { booking, dept } = await loadStaffBooking(deps.db, user, id)
  const window = windowInfo(dept, String(dept._id))
  const now = deps.clock.now()
  if (booking.status === 'completed') return toStaffBookingDTO(booking, window, await applicantPhoneMasked(deps.db, booking), now)
  if (booking.status !== 'checked_in') throw conflict('NOT_CHECKED_IN', '请先给群众签到，办完后再点“办结”')
  const invite = bookingAudience(booking).length ? [bookingNotice('appointment.rateInvite', booking, window, now)] : []
  const done = await recordTransition(bookingModel(deps.db), BOOKING_LIFECYCLE, {
    record: booking,
    action: 'complete',
    actor: 'staff',
    author: authorOf(user),
    at: now,
    set: { completedAt: now },
    unset: { activeKey: 1 },
    notices: () => invite
  })
  if (!done) throw conflict('BOOKING_CHANGED', '这个预约刚刚有了变化，请刷新后再看')
  if (invite.length) await relayAfterWrite(deps, 'appointment', booking._id)
  return toStaffBookingDTO(done.doc, window, await applicantPhoneMasked(deps.db, done.doc), now)
}
