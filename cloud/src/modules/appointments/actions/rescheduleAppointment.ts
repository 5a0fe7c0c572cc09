import { BOOKING_LIFECYCLE, BOOKING_STATUS_LABELS, rescheduleAppointmentSchema, type BookingDTO } from '../../../../../src/shared/appointments'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { badRequest, conflict } from '../../../lib/errors'
import { authorOf, recordTransition } from '../../../lib/lifecycle'
import type { AuthedUser } from '../../../lib/types'
import { recordAudit } from '../../audit/actions/recordAudit'
import { relayAfterWrite } from '../../notices/relay'
import { chooseSlot, slotFull } from '../choose'
import { toBookingDTO } from '../dto'
import { activeKeyOf, alreadyBooked, duplicateBookingKey } from '../duplicates'
import { loadBookableService, loadOwnBooking } from '../load'
import { bookingModel, type BookingDoc } from '../model'
import { bookingNotice } from '../notices'
import { newCheckInCode } from '../schedule'
import { releaseSeat, takeSeat } from '../seats'
import { changeClosed } from './cancelAppointment'

export const rescheduleAppointmentInput = rescheduleAppointmentSchema
export type RescheduleAppointmentInput = z.output<typeof rescheduleAppointmentInput>

const CODE_ATTEMPTS = 8

/**
 * Moves one's booking to another slot of the same service before the change deadline, keeping the
 * old seat until the new one is held:
 * 1. the booking records the move (`pendingMove`, conditional on none running);
 * 2. the new slot's seat is taken for the same booking with the conditional seat update (409 when full);
 * 3. the booking moves (new day, time and — for a new day — a new check-in code) conditional on the
 *    recorded move, with its notice; the unique indexes still refuse a clash with another booking;
 * 4. the old seat is given back, conditional on its holder.
 * A crash in between leaves a move the reconciling sweep rolls back (or a seat it gives back).
 */
export async function rescheduleAppointment(deps: AppDeps, user: AuthedUser, id: string, input: RescheduleAppointmentInput): Promise<BookingDTO> {
  const booking = await loadOwnBooking(deps.db, user, id)
  const now = deps.clock.now()
  if (booking.status !== 'booked') {
    throw conflict('NOT_RESCHEDULABLE', `这个预约${BOOKING_STATUS_LABELS[booking.status]}，不能改约了；可以重新预约`)
  }
  if (!booking.guideId || !booking.slotId) throw conflict('NOT_RESCHEDULABLE', '这个记录不能改约')
  const service = await loadBookableService(deps.db, String(booking.guideId))
  if (now.getTime() >= booking.changeDeadline.getTime()) throw changeClosed(booking, service.window.phone, now)
  if (input.date === booking.date && input.start === booking.start) {
    throw badRequest('SAME_SLOT', '新选的时间和原来的一样，请选另一个时段')
  }
  const chosen = await chooseSlot(deps.db, now, service, input.date, input.start)
  const Booking = bookingModel(deps.db)
  const moveAt = now
  const marked = await Booking.updateOne(
    { _id: booking._id, status: 'booked', pendingMove: null },
    { $set: { pendingMove: { slotId: chosen.slot._id, at: moveAt }, updatedAt: now } }
  )
  if (marked.modifiedCount !== 1) throw conflict('CHANGE_IN_PROGRESS', '这个预约刚刚有了变化或正在改约，请刷新后再试')
  const abandon = async () => {
    await Booking.updateOne({ _id: booking._id, 'pendingMove.slotId': chosen.slot._id, 'pendingMove.at': moveAt }, { $set: { pendingMove: null } })
    await releaseSeat(deps.db, chosen.slot._id, booking._id, now)
  }
  if (!(await takeSeat(deps.db, chosen.slot._id, booking._id, now))) {
    await abandon()
    throw slotFull()
  }

  const sameDay = input.date === booking.date
  const activeKey = activeKeyOf(String(booking.acting.applicantPersonId), String(booking.guideId), input.date)
  let moved: BookingDoc | null = null
  for (let attempt = 0; ; attempt++) {
    const code = sameDay ? booking.code : newCheckInCode()
    const next = {
      ...booking,
      slotId: chosen.slot._id,
      templateId: chosen.template._id,
      date: input.date,
      start: chosen.planned.start,
      end: chosen.planned.end,
      startsAt: chosen.startsAt,
      endsAt: chosen.endsAt,
      code
    }
    try {
      const done = await recordTransition(Booking, BOOKING_LIFECYCLE, {
        record: { _id: booking._id, status: 'booked' },
        action: 'reschedule',
        actor: 'resident',
        author: authorOf(user),
        at: now,
        publicText: `由 ${booking.date} ${booking.start} 改到 ${next.date} ${next.start}`,
        also: { 'pendingMove.slotId': chosen.slot._id, 'pendingMove.at': moveAt },
        set: {
          slotId: next.slotId,
          templateId: next.templateId,
          date: next.date,
          start: next.start,
          end: next.end,
          startsAt: next.startsAt,
          endsAt: next.endsAt,
          code,
          activeKey,
          changeDeadline: chosen.changeDeadline,
          remindAt: chosen.remindAt,
          reminderState: chosen.remindAt ? 'due' : 'none',
          pendingMove: null
        },
        notices: () => [bookingNotice('appointment.rescheduled', next, service.window, now, { suffix: now.getTime().toString(36) })]
      })
      moved = done?.doc ?? null
      break
    } catch (err) {
      const key = duplicateBookingKey(err)
      if (key === 'code' && attempt + 1 < CODE_ATTEMPTS) continue
      await abandon()
      if (key === 'activeKey') throw alreadyBooked(await Booking.findOne({ activeKey }).lean<BookingDoc>(), input.date)
      throw err
    }
  }
  if (!moved) {
    await releaseSeat(deps.db, chosen.slot._id, booking._id, now)
    throw conflict('BOOKING_CHANGED', '这次改约没有完成，原来的预约还在，请刷新后再试')
  }
  await releaseSeat(deps.db, booking.slotId, booking._id, now)
  if (booking.acting.onBehalf && String(booking.acting.submitterId) === user.id) {
    await recordAudit(deps, user, {
      action: 'appointment.rescheduledOnBehalf',
      targetType: 'appointment',
      targetId: String(booking._id),
      onBehalfOfPersonId: booking.acting.applicantPersonId ? String(booking.acting.applicantPersonId) : null,
      detail: `${booking.date} ${booking.start} → ${moved.date} ${moved.start}`
    })
  }
  await relayAfterWrite(deps, 'appointment', booking._id)
  return toBookingDTO(moved, service.window, now)
}
