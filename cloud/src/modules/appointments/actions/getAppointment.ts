import type { BookingDTO } from '../../../../../src/shared/appointments'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { toBookingDTO } from '../dto'
import { loadOwnBooking, loadWindow } from '../load'

/** One of my bookings (made by me or for me); 404 for anyone else's. */
export async function getAppointment(deps: AppDeps, user: AuthedUser, id: string): Promise<BookingDTO> {
  const booking = await loadOwnBooking(deps.db, user, id)
  return toBookingDTO(booking, await loadWindow(deps.db, booking.departmentId), deps.clock.now())
}
