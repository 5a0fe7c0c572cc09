import { Types } from 'mongoose'
import { BOOKING_LIFECYCLE, bookAppointmentSchema, type BookingDTO } from '../../../../../src/shared/appointments'
import type * as z from '../../../../../src/shared/zod'
import { resolveActing, storedActing } from '../../people/acting'
import type { AppDeps } from '../../../lib/deps'
import { conflict } from '../../../lib/errors'
import type { AuthedUser } from '../../../lib/types'
import { recordAudit } from '../../audit/actions/recordAudit'
import { relayAfterWrite } from '../../notices/relay'
import { personModel } from '../../people/model'
import { chooseSlot, slotFull } from '../choose'
import { toBookingDTO } from '../dto'
import { activeKeyOf, alreadyBooked, duplicateBookingKey } from '../duplicates'
import { loadBookableService } from '../load'
import { bookingModel, type BookingDoc } from '../model'
import { bookingNotice } from '../notices'
import { newCheckInCode } from '../schedule'
import { releaseSeat, takeSeat } from '../seats'
import { authorOf, recordTransition } from '../../../lib/lifecycle'
import { insertDocument } from '../../../lib/db'

export const bookAppointmentInput = bookAppointmentSchema
export type BookAppointmentInput = z.output<typeof bookAppointmentInput>

const CODE_ATTEMPTS = 8

/**
 * Books a slot for the signed-in person, or (with `x-acting-for`) for someone an assistant helps.
 * Race-free without transactions:
 * 1. the booking is inserted as `pending`; the unique `activeKey` index refuses a second active
 *    booking of the applicant for the service that day (409), the unique code index a clashing code;
 * 2. ONE conditional update on the slot takes a seat only while `booked < capacity` — when it fails
 *    the pending booking is removed and the answer is 409 SLOT_FULL;
 * 3. the booking turns `booked` together with its confirmation notice, conditional on still being
 *    pending (the reconciling sweep may have settled a stalled request; then the seat goes back).
 * The route is idempotent: a retry with the same Idempotency-Key gets this booking again.
 */
export async function bookAppointment(deps: AppDeps, user: AuthedUser, input: BookAppointmentInput): Promise<BookingDTO> {
  const service = await loadBookableService(deps.db, input.guideId)
  const now = deps.clock.now()
  const chosen = await chooseSlot(deps.db, now, service, input.date, input.start)
  const acting = await resolveActing(deps, user)
  const applicant = acting.onBehalf
    ? await personModel(deps.db).findById(acting.applicantPersonId, { userId: 1 }).lean()
    : null
  const Booking = bookingModel(deps.db)
  const id = new Types.ObjectId()
  const activeKey = activeKeyOf(acting.applicantPersonId, String(service.guideId), input.date)

  const fields: Omit<BookingDoc, 'code'> = {
    _id: id,
    townshipId: service.townshipId,
    departmentId: service.departmentId,
    guideId: service.guideId,
    guideTitle: service.title,
    templateId: chosen.template._id,
    slotId: chosen.slot._id,
    date: input.date,
    start: chosen.planned.start,
    end: chosen.planned.end,
    startsAt: chosen.startsAt,
    endsAt: chosen.endsAt,
    status: 'pending',
    source: 'online',
    acting: storedActing(acting),
    applicantUserId: acting.onBehalf ? (applicant?.userId ?? null) : new Types.ObjectId(user.id),
    activeKey,
    changeDeadline: chosen.changeDeadline,
    remindAt: chosen.remindAt,
    reminderState: chosen.remindAt ? 'due' : 'none',
    pendingMove: null,
    note: null,
    walkInPhoneEncrypted: null,
    walkInPhoneMasked: null,
    checkedInAt: null,
    checkedInBy: null,
    completedAt: null,
    noShowAt: null,
    cancelledAt: null,
    cancelReason: null,
    updates: [],
    pendingNotices: [],
    createdAt: now,
    updatedAt: now
  }

  let code = ''
  for (let attempt = 0; !code; attempt++) {
    const candidate = newCheckInCode()
    try {
      await insertDocument(Booking, { ...fields, code: candidate })
      code = candidate
    } catch (err) {
      const key = duplicateBookingKey(err)
      if (key === 'activeKey') throw alreadyBooked(await Booking.findOne({ activeKey }).lean<BookingDoc>(), input.date)
      if (key !== 'code' || attempt + 1 >= CODE_ATTEMPTS) throw err
    }
  }

  if (!(await takeSeat(deps.db, chosen.slot._id, id, now))) {
    await Booking.deleteOne({ _id: id, status: 'pending' })
    throw slotFull()
  }
  const booking: BookingDoc = { ...fields, code, status: 'booked' }
  const confirmed = await recordTransition(Booking, BOOKING_LIFECYCLE, {
    record: { _id: id, status: 'pending' },
    action: 'book',
    actor: 'resident',
    author: authorOf(user),
    at: now,
    publicText: acting.onBehalf ? `代${acting.applicantName}预约` : null,
    notices: () => [bookingNotice('appointment.booked', booking, service.window, now)]
  })
  const booked = confirmed?.doc
  if (!booked) {
    await releaseSeat(deps.db, chosen.slot._id, id, now)
    throw conflict('BOOKING_INTERRUPTED', '这次预约没有完成，请再提交一次')
  }
  if (acting.onBehalf) {
    await recordAudit(deps, user, {
      action: 'appointment.bookedOnBehalf',
      targetType: 'appointment',
      targetId: String(id),
      onBehalfOfPersonId: acting.applicantPersonId,
      detail: `${service.title} ${input.date} ${booked.start}`
    })
  }
  await relayAfterWrite(deps, 'appointment', id)
  return toBookingDTO(booked, service.window, now)
}
