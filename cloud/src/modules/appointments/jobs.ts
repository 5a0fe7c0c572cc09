import { Types } from 'mongoose'
import { BOOKING_LIFECYCLE } from '../../../../src/shared/appointments'
import type { AppDeps } from '../../lib/deps'
import { recordTransition, SYSTEM_AUTHOR } from '../../lib/lifecycle'
import type { JobSpec } from '../../lib/module'
import { toLocalDate, addCalendarDays } from '../calendar/workingDays'
import { relayAfterWrite } from '../notices/relay'
import { loadWindow } from './load'
import { bookingModel, slotModel, type BookingDoc, type SlotDoc } from './model'
import { bookingNotice } from './notices'
import { releaseSeat } from './seats'

/** How long a request may take between its steps before the sweep treats it as crashed. */
export const DEFAULT_GRACE_MS = 2 * 60_000

/** Statuses whose booking keeps its seat (a pending one is taking it). */
const HOLDING: readonly BookingDoc['status'][] = ['pending', 'booked', 'checked_in', 'completed', 'no_show']

/**
 * Sends the reminders that are due (15:00 on the working day before each visit): each booking is
 * claimed by a conditional update `reminderState: due → sent` that writes the reminder event in the
 * same update, so a reminder goes out once even when several replicas run this at the same moment.
 * A visit that has already begun gets no reminder. Returns how many reminders were written.
 */
export async function sendDueReminders(deps: AppDeps, opts: { limit?: number } = {}): Promise<number> {
  const now = deps.clock.now()
  const Booking = bookingModel(deps.db)
  const due = await Booking.find({ status: 'booked', reminderState: 'due', remindAt: { $lte: now } }, { pendingNotices: 0, updates: 0 })
    .sort({ remindAt: 1 })
    .limit(opts.limit ?? 200)
    .lean<BookingDoc[]>()
  let sent = 0
  for (const b of due) {
    const claim = { _id: b._id, status: 'booked', reminderState: 'due', remindAt: b.remindAt, date: b.date, start: b.start }
    if (b.startsAt.getTime() <= now.getTime()) {
      await Booking.updateOne(claim, { $set: { reminderState: 'skipped', updatedAt: now } })
      continue
    }
    const window = await loadWindow(deps.db, b.departmentId)
    const claimed = await Booking.updateOne(claim, {
      $set: { reminderState: 'sent', updatedAt: now },
      $push: { pendingNotices: bookingNotice('appointment.reminder', b, window, now, { suffix: `${b.date}T${b.start.replace(':', '')}` }) }
    })
    if (claimed.modifiedCount !== 1) continue
    sent++
    await relayAfterWrite(deps, 'appointment', b._id)
  }
  return sent
}

export interface ReconcileReport {
  /** Pending bookings a stalled or crashed request left: finished (seat held) or removed (no seat). */
  pendingSettled: number
  /** Reschedules left half done, rolled back. */
  movesRolledBack: number
  /** Seats given back because no booking holds them any more (a crash between cancel and release). */
  seatsReleased: number
  /** Slots whose counter disagreed with their holders and was recounted. */
  countersFixed: number
}

/**
 * The reconciling sweep for seats. Every seat is tied to the booking holding it, so the counts can be
 * recomputed from the bookings without guessing: older than `graceMs` (requests still running are left
 * alone), it settles pending bookings, rolls back interrupted reschedules, gives back seats held for
 * bookings that were cancelled or never written, and recounts `booked` from the holders. Every write
 * is conditional, so several replicas may run it together, and with live requests.
 */
export async function reconcileSeats(deps: AppDeps, opts: { graceMs?: number } = {}): Promise<ReconcileReport> {
  const now = deps.clock.now()
  const cutoff = new Date(now.getTime() - (opts.graceMs ?? DEFAULT_GRACE_MS))
  const Booking = bookingModel(deps.db)
  const Slot = slotModel(deps.db)
  const report: ReconcileReport = { pendingSettled: 0, movesRolledBack: 0, seatsReleased: 0, countersFixed: 0 }

  const pending = await Booking.find({ status: 'pending', createdAt: { $lt: cutoff } }, { updates: 0 }).limit(500).lean<BookingDoc[]>()
  for (const b of pending) {
    const held = b.slotId ? await Slot.exists({ _id: b.slotId, 'holders.id': b._id }) : null
    if (held) {
      const window = await loadWindow(deps.db, b.departmentId)
      const done = await recordTransition(Booking, BOOKING_LIFECYCLE, {
        record: b,
        action: 'book',
        actor: 'system',
        author: SYSTEM_AUTHOR,
        at: now,
        internalNote: '预约请求中断后由系统补全',
        notices: () => [bookingNotice('appointment.booked', b, window, now)]
      })
      if (done) {
        report.pendingSettled++
        await relayAfterWrite(deps, 'appointment', b._id)
      }
    } else {
      const gone = await Booking.deleteOne({ _id: b._id, status: 'pending' })
      report.pendingSettled += gone.deletedCount
    }
  }

  const moves = await Booking.find({ 'pendingMove.at': { $lt: cutoff } }, { pendingMove: 1, slotId: 1 }).limit(500).lean<BookingDoc[]>()
  for (const b of moves) {
    const move = b.pendingMove
    if (!move) continue
    const undone = await Booking.updateOne({ _id: b._id, 'pendingMove.at': move.at, 'pendingMove.slotId': move.slotId }, { $set: { pendingMove: null } })
    if (undone.modifiedCount !== 1) continue
    report.movesRolledBack++
    if (String(b.slotId) !== String(move.slotId) && (await releaseSeat(deps.db, move.slotId, b._id, now))) report.seatsReleased++
  }

  const since = addCalendarDays(toLocalDate(now), -1)
  const slots = await Slot.find({ date: { $gte: since }, 'holders.at': { $lt: cutoff } }, { holders: 1 }).lean<SlotDoc[]>()
  const holderIds = [...new Set(slots.flatMap((s) => s.holders.filter((h) => h.at < cutoff).map((h) => String(h.id))))]
  const holders = holderIds.length
    ? await Booking.find({ _id: { $in: holderIds.map((id) => new Types.ObjectId(id)) } }, { status: 1, slotId: 1, pendingMove: 1 }).lean<BookingDoc[]>()
    : []
  const byId = new Map(holders.map((b) => [String(b._id), b]))
  for (const slot of slots) {
    for (const h of slot.holders) {
      if (h.at >= cutoff) continue
      const b = byId.get(String(h.id))
      const legit =
        b !== undefined &&
        HOLDING.includes(b.status) &&
        (String(b.slotId) === String(slot._id) || String(b.pendingMove?.slotId ?? '') === String(slot._id))
      if (!legit && (await releaseSeat(deps.db, slot._id, h.id, now))) report.seatsReleased++
    }
  }

  const skewed = await Slot.find({ date: { $gte: since }, $expr: { $ne: ['$booked', { $size: '$holders' }] } }, { booked: 1, holders: 1 }).lean<SlotDoc[]>()
  for (const s of skewed) {
    const fixed = await Slot.updateOne({ _id: s._id, booked: s.booked, holders: s.holders }, { $set: { booked: s.holders.length, updatedAt: now } })
    report.countersFixed += fixed.modifiedCount
  }
  return report
}

/** Reminders and the seat sweep as a job: every minute, on the one replica holding its lease. */
export const appointmentJobs: JobSpec = {
  name: 'appointments',
  intervalMs: () => 60_000,
  firstDelayMs: 5_000,
  exclusive: true,
  run: async (deps) => {
    await sendDueReminders(deps)
    await reconcileSeats(deps)
  }
}
