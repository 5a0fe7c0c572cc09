import { Types, type Connection } from 'mongoose'
import { formatMinutes, minutesOf } from '../../src/shared/appointments'
import { loadOverrides } from '../../cloud/src/modules/calendar/load'
import { addCalendarDays, isWorkingDay, nextWorkingDay, toLocalDate, type LocalDate } from '../../cloud/src/modules/calendar/workingDays'
import { bookingModel, type BookingDoc, type BookingUpdate } from '../../cloud/src/modules/appointments/model'
import { activeKeyOf } from '../../cloud/src/modules/appointments/duplicates'
import { resolveTemplate } from '../../cloud/src/modules/appointments/load'
import { changeDeadlineOf, instantOf, previousWorkingDay } from '../../cloud/src/modules/appointments/schedule'
import { ensureSlot, takeSeat } from '../../cloud/src/modules/appointments/seats'
import { guideModel } from '../../cloud/src/modules/guides/model'
import { isDuplicateKeyError } from '../../cloud/src/lib/mongoErrors'
import { consentModel, personModel } from '../../cloud/src/modules/people/model'
import type { SeedBooking, SeedBookingDay } from './data/types'

const MINUTE = 60_000

/** One recorded update of a seeded booking, as the lifecycle writer would have written it. */
function step(
  action: BookingUpdate['action'],
  from: BookingUpdate['from'],
  to: BookingUpdate['to'],
  at: Date,
  by: { id: Types.ObjectId; name: string; role: string },
  publicText: string | null = null
): BookingUpdate {
  return { action, from, to, at, authorId: by.id, authorName: by.name, authorRole: by.role, publicText, internalNote: null }
}

export interface BookingSeedContext {
  now: Date
  townshipId: string
  guideIds: Record<string, string>
  departmentIds: Record<string, string>
  userIds: Record<string, string>
  /** The demo clerk of each window (department id → user id), who checks people in there. */
  clerks: Record<string, string>
  /** Who else would have (the centre's admin), for a window without a demo clerk. */
  fallbackClerk: string
}

/** The demo's day (today, or the next working day when today the hall is closed) and the two working days before it. */
async function demoDays(db: Connection, townshipId: string, now: Date): Promise<Record<SeedBookingDay, LocalDate>> {
  const today = toLocalDate(now)
  const overrides = await loadOverrides(db, townshipId, { from: addCalendarDays(today, -30), to: addCalendarDays(today, 30) })
  const demo = isWorkingDay(today, overrides) ? today : nextWorkingDay(today, overrides)
  const previous = previousWorkingDay(demo, overrides) ?? addCalendarDays(demo, -1)
  const before = previousWorkingDay(previous, overrides) ?? addCalendarDays(previous, -1)
  return { today: demo, previous, before }
}

/**
 * Demo bookings and walk-ins (data/bookings.ts) on the demo's day and the two working days before
 * it, written as the application would leave them: seats taken through the slot counters, the
 * history of each step, one active booking per person, service and day. A booking of the demo's day
 * takes its outcome only once its slot is over (until then it is 已预约); the walk-in arrived ten
 * minutes before `now`. Idempotent: a booking is written once under its day and code; one that
 * would clash with a person's own booking of the day, or find its slot full, is left out.
 */
export async function seedDemoBookings(db: Connection, list: readonly SeedBooking[], ctx: BookingSeedContext): Promise<number> {
  const Booking = bookingModel(db)
  await Booking.init()
  const townshipId = new Types.ObjectId(ctx.townshipId)
  const days = await demoDays(db, ctx.townshipId, ctx.now)
  const clerkOf = (departmentId: Types.ObjectId) => new Types.ObjectId(ctx.clerks[String(departmentId)] ?? ctx.fallbackClerk)
  const oid = (id: string | undefined, what: string) => {
    if (!id) throw new Error(`seed: unknown ${what}`)
    return new Types.ObjectId(id)
  }
  let written = 0

  for (const seed of list) {
    const date = days[seed.day]
    if (await Booking.exists({ townshipId, date, code: seed.code })) continue
    const bookedAt = new Date(Math.min(instantOf(addCalendarDays(date, -2), '20:00').getTime(), ctx.now.getTime() - 3 * 3600_000))
    const base = {
      townshipId,
      code: seed.code,
      date,
      pendingMove: null,
      remindAt: null,
      reminderState: 'none' as const,
      walkInPhoneEncrypted: null,
      walkInPhoneMasked: null,
      pendingNotices: [],
      cancelledAt: null,
      cancelReason: null,
      noShowAt: null,
      completedAt: null
    }

    if (seed.walkIn) {
      if (seed.day === 'today' && date !== toLocalDate(ctx.now)) continue
      const departmentId = oid(ctx.departmentIds[seed.walkIn.department], `department ${seed.walkIn.department}`)
      const staffId = clerkOf(departmentId)
      const arrived = seed.day === 'today' ? new Date(ctx.now.getTime() - 10 * MINUTE) : instantOf(date, '10:40')
      const time = formatMinutes(Math.floor(((arrived.getTime() + 8 * 3600_000) % 86_400_000) / MINUTE))
      await Booking.create({
        ...base,
        departmentId,
        guideId: null,
        guideTitle: '现场办理',
        templateId: null,
        slotId: null,
        start: time,
        end: time,
        startsAt: arrived,
        endsAt: arrived,
        status: 'checked_in',
        source: 'walkin',
        acting: { submitterId: staffId, submitterRole: 'staff', applicantPersonId: null, applicantName: seed.walkIn.name, onBehalf: false, consentId: null },
        applicantUserId: null,
        changeDeadline: arrived,
        note: seed.walkIn.note,
        checkedInAt: arrived,
        checkedInBy: staffId,
        updates: [step('walkIn', null, 'checked_in', arrived, { id: staffId, name: '窗口工作人员', role: 'staff' }, seed.walkIn.note)],
        createdAt: arrived,
        updatedAt: arrived
      })
      written++
      continue
    }

    const guideId = oid(ctx.guideIds[seed.guideSlug], `guide ${seed.guideSlug}`)
    const guide = await guideModel(db).findById(guideId, { published: 1 }).lean()
    if (!guide?.published) throw new Error(`seed: guide ${seed.guideSlug} is not published`)
    const departmentId = new Types.ObjectId(guide.published.departmentId)
    const staffId = clerkOf(departmentId)
    const template = await resolveTemplate(db, departmentId, guideId)
    if (!template) throw new Error(`seed: no opening template for ${seed.guideSlug}`)
    const startsAt = instantOf(date, seed.start)
    const end = formatMinutes(minutesOf(seed.start) + template.slotMinutes)
    const endsAt = instantOf(date, end)

    const assistantId = seed.by ? oid(ctx.userIds[seed.by], `assistant ${seed.by}`) : null
    const person = seed.helped
      ? await personModel(db).findOne({ townshipId, name: seed.helped, createdBy: assistantId, userId: { $exists: false } }).lean()
      : await personModel(db).findOne({ userId: oid(ctx.userIds[seed.person ?? ''], `person ${seed.person}`) }).lean()
    if (!person) throw new Error(`seed: booking ${seed.code} names an unknown person`)
    const consent = assistantId
      ? await consentModel(db).findOne({ activeKey: `${String(assistantId)}:${String(person._id)}` }, { _id: 1 }).lean()
      : null
    const submitterId = assistantId ?? new Types.ObjectId(String(person.userId))

    const over = endsAt.getTime() <= ctx.now.getTime()
    const status = over || seed.outcome === 'cancelled' ? seed.outcome : 'booked'
    const checkedInAt = new Date(startsAt.getTime() + 5 * MINUTE)
    const booker = { id: submitterId, name: assistantId ? '帮办代办员' : person.name, role: assistantId ? 'assistant' : 'resident' }
    const clerk = { id: staffId, name: '窗口工作人员', role: 'staff' }
    const updates: BookingUpdate[] = [step('book', 'pending', 'booked', bookedAt, booker, seed.helped ? `代${seed.helped}预约` : null)]
    if (status === 'checked_in' || status === 'completed') updates.push(step('checkIn', 'booked', 'checked_in', checkedInAt, clerk, '签到码签到'))
    if (status === 'completed') updates.push(step('complete', 'checked_in', 'completed', new Date(startsAt.getTime() + 25 * MINUTE), clerk))
    if (status === 'no_show') updates.push(step('markNoShow', 'booked', 'no_show', new Date(endsAt.getTime() + 10 * MINUTE), clerk))
    if (status === 'cancelled') updates.push(step('cancel', 'booked', 'cancelled', new Date(bookedAt.getTime() + 3600_000), booker, '家里有事，改天再来'))
    const last = updates.at(-1)!.at

    const slot =
      status === 'cancelled'
        ? null
        : await ensureSlot(
            db,
            { townshipId, departmentId, templateId: template._id, date },
            { start: seed.start, end, capacity: template.capacity },
            startsAt,
            bookedAt
          )
    const _id = new Types.ObjectId()
    const doc: BookingDoc = {
      ...base,
      _id,
      departmentId,
      guideId,
      guideTitle: guide.published.title,
      templateId: template._id,
      slotId: slot?._id ?? null,
      start: seed.start,
      end,
      startsAt,
      endsAt,
      status,
      source: 'online',
      acting: {
        submitterId,
        submitterRole: assistantId ? 'assistant' : 'resident',
        applicantPersonId: person._id,
        applicantName: person.name,
        onBehalf: assistantId !== null,
        consentId: consent?._id ?? null
      },
      applicantUserId: person.userId ? new Types.ObjectId(String(person.userId)) : null,
      ...(status === 'booked' || status === 'checked_in' ? { activeKey: activeKeyOf(String(person._id), String(guideId), date) } : {}),
      changeDeadline: changeDeadlineOf(startsAt, template.changeBeforeMinutes),
      note: null,
      checkedInAt: status === 'checked_in' || status === 'completed' ? checkedInAt : null,
      checkedInBy: status === 'checked_in' || status === 'completed' ? staffId : null,
      completedAt: status === 'completed' ? last : null,
      noShowAt: status === 'no_show' ? last : null,
      cancelledAt: status === 'cancelled' ? last : null,
      cancelReason: status === 'cancelled' ? '家里有事，改天再来' : null,
      updates,
      createdAt: bookedAt,
      updatedAt: last
    }
    try {
      await Booking.create(doc)
    } catch (err) {
      if (isDuplicateKeyError(err)) continue
      throw err
    }
    if (slot && !(await takeSeat(db, slot._id, _id, bookedAt))) {
      await Booking.deleteOne({ _id })
      continue
    }
    written++
  }
  return written
}
