import { BOOKING_STATUS_LABELS, cancelAppointmentSchema, type BookingDTO } from '../../../../../src/shared/appointments'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { conflict } from '../../../lib/errors'
import type { AuthedUser } from '../../../lib/types'
import { recordAudit } from '../../audit/actions/recordAudit'
import { cancelBooking } from '../cancelBooking'
import { toBookingDTO } from '../dto'
import { loadOwnBooking, loadWindow } from '../load'
import type { BookingDoc } from '../model'
import { minutesInWords } from '../schedule'

export const cancelAppointmentInput = cancelAppointmentSchema
export type CancelAppointmentInput = z.output<typeof cancelAppointmentInput>

/**
 * Cancels one's own booking (or one made for a person one helps) before the change deadline.
 * The seat goes back exactly once: first the conditional status change `booked → cancelled`
 * (with its notice) — only the request that wins it goes on to give the seat back, and that release
 * is itself conditional on the booking still holding the seat. A crash between the two is repaired
 * by the reconciling sweep. Cancelling a cancelled booking answers it unchanged.
 */
export async function cancelAppointment(deps: AppDeps, user: AuthedUser, id: string, input: CancelAppointmentInput): Promise<BookingDTO> {
  const booking = await loadOwnBooking(deps.db, user, id)
  const window = await loadWindow(deps.db, booking.departmentId)
  const now = deps.clock.now()
  if (booking.status === 'cancelled') return toBookingDTO(booking, window, now)
  if (booking.status !== 'booked') {
    throw conflict('NOT_CANCELLABLE', `这个预约${BOOKING_STATUS_LABELS[booking.status]}，不能再取消了`)
  }
  if (now.getTime() >= booking.changeDeadline.getTime()) throw changeClosed(booking, window.phone, now)
  if (booking.pendingMove) throw conflict('CHANGE_IN_PROGRESS', '这个预约正在改约，请稍等几秒再试')
  const reason = input.reason?.trim() || null
  const cancelled = await cancelBooking(deps, booking, { actor: 'resident', by: user, reason, window })
  if (!cancelled) {
    const current = await loadOwnBooking(deps.db, user, id)
    if (current.status === 'cancelled') return toBookingDTO(current, window, now)
    throw conflict('BOOKING_CHANGED', '这个预约刚刚有了变化，请刷新后再看')
  }
  if (booking.acting.onBehalf && String(booking.acting.submitterId) === user.id) {
    await recordAudit(deps, user, {
      action: 'appointment.cancelledOnBehalf',
      targetType: 'appointment',
      targetId: String(booking._id),
      onBehalfOfPersonId: booking.acting.applicantPersonId ? String(booking.acting.applicantPersonId) : null,
      detail: reason
    })
  }
  return toBookingDTO(cancelled, window, now)
}

/** 409: too close to the visit to change it online; says when that ended and whom to call. */
export function changeClosed(booking: Pick<BookingDoc, 'startsAt' | 'changeDeadline'>, phone: string, now: Date) {
  const before = Math.round((booking.startsAt.getTime() - booking.changeDeadline.getTime()) / 60_000)
  const call = phone ? `请打电话 ${phone} 告诉窗口` : '请打电话告诉窗口'
  const why = now.getTime() >= booking.startsAt.getTime() ? '预约时间已经到了' : `离办理时间不到 ${minutesInWords(before)}`
  return conflict('CHANGE_CLOSED', `${why}，网上不能再取消或改约了。来不了的话${call}；之后也可以直接到窗口办理`)
}
