/**
 * Pure scheduling rules: which slots a window offers on a day, when booking and changes close, when
 * the reminder goes out, and how check-in codes look. No database, no clock: callers pass `now`.
 */
import { randomInt } from 'node:crypto'
import {
  CHECKIN_CODE_ALPHABET,
  CHECKIN_CODE_LENGTH,
  cutSlots,
  minutesOf,
  type ExceptionKind,
  type Session,
  type SlotDTO,
  type SlotTime
} from '../../../../src/shared/appointments'
import { addCalendarDays, describeDay, isWorkingDay, startOfLocalDay, type LocalDate, type Overrides } from '../calendar/workingDays'

/** The parts of a template the rules read. */
export interface TemplateRules {
  weekdays: readonly number[]
  sessions: readonly Session[]
  slotMinutes: number
  capacity: number
}

/** The parts of a day exception the rules read. */
export interface ExceptionRules {
  kind: ExceptionKind
  reason: string
  sessions: readonly Session[]
  capacity: number | null
}

/** A slot a day offers, with its seats. */
export interface PlannedSlot extends SlotTime {
  capacity: number
}

/** What a window offers on one day. */
export interface DayPlan {
  date: LocalDate
  weekday: number
  /** The calendar's name of the day (周二, 清明节, 国庆节调休上班, an override's reason). */
  name: string
  working: boolean
  /** Why there are no slots, in words a resident understands; null when there are slots. */
  closedReason: string | null
  slots: PlannedSlot[]
}

/**
 * The slots of `date` under a template and the day's exception. Slots exist on working days only
 * (the township calendar: official holidays, 调休 make-up days and the admin's overrides): on the
 * template's weekdays, and on a working weekend day when the template serves every weekday. A
 * `closed` exception removes the day; an `extra` one adds its sessions to the usual ones (a slot
 * start already offered keeps its usual seats).
 */
export function planDay(template: TemplateRules, exception: ExceptionRules | null, date: LocalDate, overrides: Overrides): DayPlan {
  const day = describeDay(date, overrides)
  const plan = (closedReason: string | null, slots: PlannedSlot[]): DayPlan => ({
    date,
    weekday: day.weekday,
    name: day.name,
    working: day.working,
    closedReason: slots.length ? null : closedReason,
    slots
  })
  if (!day.working) {
    const why = day.status === 'holiday' ? `${day.name}放假` : day.status === 'closed' ? `停止办公：${day.name}` : '周末休息'
    return plan(why, [])
  }
  if (exception?.kind === 'closed') return plan(`窗口停约：${exception.reason}`, [])
  const weekend = day.weekday === 0 || day.weekday === 6
  const serves = template.weekdays.includes(day.weekday) || (weekend && template.weekdays.length === 5)
  const slots = new Map<string, PlannedSlot>()
  if (serves) for (const s of cutSlots(template.sessions, template.slotMinutes)) slots.set(s.start, { ...s, capacity: template.capacity })
  if (exception?.kind === 'extra') {
    for (const s of cutSlots(exception.sessions, template.slotMinutes)) {
      if (!slots.has(s.start)) slots.set(s.start, { ...s, capacity: exception.capacity ?? template.capacity })
    }
  }
  const sorted = [...slots.values()].sort((a, b) => minutesOf(a.start) - minutesOf(b.start))
  return plan('这天这个窗口不开放预约', sorted)
}

/** The instant a time of day begins on a date, China time. */
export function instantOf(date: LocalDate, hhmm: string): Date {
  return new Date(startOfLocalDay(date).getTime() + minutesOf(hhmm) * 60_000)
}

/** Booking a slot closes `closeBeforeMinutes` before it starts. */
export function bookingClosesAt(startsAt: Date, closeBeforeMinutes: number): Date {
  return new Date(startsAt.getTime() - closeBeforeMinutes * 60_000)
}

/** Cancelling or rescheduling online closes `changeBeforeMinutes` before the slot starts. */
export function changeDeadlineOf(startsAt: Date, changeBeforeMinutes: number): Date {
  return new Date(startsAt.getTime() - changeBeforeMinutes * 60_000)
}

/** How a slot stands for a resident at `now`. */
export function slotState(now: Date, startsAt: Date, closeBeforeMinutes: number, capacity: number, booked: number): SlotDTO['state'] {
  if (now.getTime() >= bookingClosesAt(startsAt, closeBeforeMinutes).getTime()) return 'closed'
  return booked >= capacity ? 'full' : 'open'
}

/** Time of day the reminder goes out on the working day before the visit. */
export const REMINDER_TIME = '15:00'

/** The last working day strictly before `date` (searches back at most 60 days; null if none). */
export function previousWorkingDay(date: LocalDate, overrides: Overrides): LocalDate | null {
  for (let back = 1; back <= 60; back++) {
    const day = addCalendarDays(date, -back)
    if (isWorkingDay(day, overrides)) return day
  }
  return null
}

/**
 * When the reminder for a visit on `date` goes out: 15:00 on the working day before. Null when that
 * moment is already past at booking time (booked late: the confirmation is reminder enough).
 */
export function reminderInstant(date: LocalDate, overrides: Overrides, bookedAt: Date): Date | null {
  const day = previousWorkingDay(date, overrides)
  if (!day) return null
  const at = instantOf(day, REMINDER_TIME)
  return at.getTime() > bookedAt.getTime() ? at : null
}

/** A fresh check-in code: 4 characters of the unambiguous alphabet (no 0/O, 1/I). */
export function newCheckInCode(random: (max: number) => number = randomInt): string {
  let code = ''
  for (let i = 0; i < CHECKIN_CODE_LENGTH; i++) code += CHECKIN_CODE_ALPHABET[random(CHECKIN_CODE_ALPHABET.length)]
  return code
}

/** Minutes as words for messages: 60 → “1 小时”, 90 → “90 分钟”, 120 → “2 小时”. */
export function minutesInWords(minutes: number): string {
  return minutes % 60 === 0 && minutes > 0 ? `${minutes / 60} 小时` : `${minutes} 分钟`
}
