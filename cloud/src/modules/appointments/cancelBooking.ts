import { BOOKING_LIFECYCLE, type BookingActor } from '../../../../src/shared/appointments'
import type { AppDeps } from '../../lib/deps'
import { authorOf, recordTransition } from '../../lib/lifecycle'
import type { AuthedUser } from '../../lib/types'
import { relayAfterWrite } from '../notices/relay'
import type { WindowInfo } from './load'
import { bookingModel, type BookingDoc } from './model'
import { bookingNotice } from './notices'
import { releaseSeat } from './seats'

/**
 * Cancels a booked booking that is not being moved: one conditional write sets `cancelled` with the
 * reason, frees its active key, records the update and the person's notice; only the request that
 * wins it then gives the seat back (itself conditional on the booking still holding it) and relays the
 * notice. Null when the booking changed meanwhile (nothing was done).
 */
export async function cancelBooking(
  deps: AppDeps,
  booking: BookingDoc,
  opts: { actor: BookingActor; by: AuthedUser; reason: string | null; window: WindowInfo }
): Promise<BookingDoc | null> {
  const now = deps.clock.now()
  const done = await recordTransition(bookingModel(deps.db), BOOKING_LIFECYCLE, {
    record: booking,
    action: 'cancel',
    actor: opts.actor,
    author: authorOf(opts.by),
    at: now,
    publicText: opts.reason,
    also: { pendingMove: null },
    set: { cancelledAt: now, cancelReason: opts.reason },
    unset: { activeKey: 1 },
    notices: () => [bookingNotice('appointment.cancelled', booking, opts.window, now, { reason: opts.reason })]
  })
  if (!done) return null
  if (booking.slotId) await releaseSeat(deps.db, booking.slotId, booking._id, now)
  await relayAfterWrite(deps, 'appointment', booking._id)
  return done.doc
}
