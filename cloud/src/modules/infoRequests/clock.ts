/**
 * The answer clock of an information request (条例 2019), as pure functions over the working-day
 * calendar. A clock is stored as its inputs — the day counting starts from, the days allowed and
 * the consultation pauses — never as a due date alone, so the due date can be recomputed whenever
 * the calendar changes (a holiday announced while the request is open moves it).
 *
 * - Art. 33: 20 working days from receipt (`startClock`); the day of receipt is not counted.
 * - Art. 33: one extension of at most 20 more (`extendClock`), decided before the deadline passes.
 * - Art. 30: one correction notice within 7 working days of receipt; the 20 days start again from
 *   the day the correction arrives (`restartClock`).
 * - Art. 33 para. 2: the time a third party (Art. 32) or another agency (Art. 34) is consulted does
 *   not count (`pauseClock`, `resumeClock`): the working days after the consultation began up to and
 *   including the day it ended are skipped.
 */
import { ANSWER_DAYS, CONSULTATION_DAYS, CORRECTION_NOTICE_DAYS, MAX_EXTENSION_DAYS } from '../../../../src/shared/infoRequests'
import { recomputeDeadline } from '../calendar/deadlines'
import { addWorkingDays, endOfLocalDay, isCovered, yearOf, type LocalDate, type Overrides } from '../calendar/workingDays'

/** A stretch that does not count: working days after `from` up to and including `to` (`to` null while it lasts). */
export interface ClockPause {
  from: LocalDate
  to: LocalDate | null
}

/** The inputs of a request's answer deadline. */
export interface RequestClock {
  /** The day counting starts from (receipt, or the day the correction arrived); not itself counted. */
  start: LocalDate
  /** Working days allowed before any extension: 20. */
  baseDays: number
  /** Working days added by the one extension (0 until then). */
  extensionDays: number
  pauses: ClockPause[]
}

/** A deadline worked out from a clock. */
export interface ClockDue {
  dueDate: LocalDate
  dueBy: Date
  /** A year between start and due has no known official schedule (weekends-only fallback). */
  provisional: boolean
}

/** Why a clock change is not allowed, in words for the person who asked for it. */
export class ClockRuleError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ClockRuleError'
  }
}

/** The clock of a request received on `receivedOn`: 20 working days. */
export function startClock(receivedOn: LocalDate): RequestClock {
  return { start: receivedOn, baseDays: ANSWER_DAYS, extensionDays: 0, pauses: [] }
}

/** The clock after a correction arrived on `correctedOn`: 20 working days again from that day (Art. 30). */
export function restartClock(correctedOn: LocalDate): RequestClock {
  return startClock(correctedOn)
}

function isPaused(day: LocalDate, pauses: readonly ClockPause[]): boolean {
  return pauses.some((p) => day > p.from && (p.to === null || day <= p.to))
}

/** True while a consultation pause has not ended. */
export function isClockPaused(clock: RequestClock): boolean {
  return clock.pauses.some((p) => p.to === null)
}

/**
 * The last day to answer, or null while a consultation lasts (the deadline is not known until it
 * ends). Counts the working days after `start`, skipping paused ones, up to the days allowed.
 */
export function dueOf(clock: RequestClock, overrides: Overrides): ClockDue | null {
  const allowed = clock.baseDays + clock.extensionDays
  const open = clock.pauses.find((p) => p.to === null)
  if (!clock.pauses.length) {
    const d = recomputeDeadline(clock.start, allowed, overrides)
    return { dueDate: d.dueDate, dueBy: d.dueBy, provisional: d.provisional }
  }
  let day = clock.start
  let counted = 0
  while (counted < allowed) {
    day = addWorkingDays(day, 1, overrides)
    if (open && day > open.from) return null
    if (!isPaused(day, clock.pauses)) counted++
  }
  let provisional = false
  for (let year = yearOf(clock.start); year <= yearOf(day); year++) provisional ||= !isCovered(year)
  return { dueDate: day, dueBy: endOfLocalDay(day), provisional }
}

/** Counted days in (a, b]: working days not paused. */
function countedBetween(a: LocalDate, b: LocalDate, clock: RequestClock, overrides: Overrides): number {
  let n = 0
  for (let day = addWorkingDays(a, 1, overrides); day <= b; day = addWorkingDays(day, 1, overrides)) if (!isPaused(day, clock.pauses)) n++
  return n
}

/**
 * Working days of the clock still left on `today` (negative once overdue), or null while paused.
 * `today` itself counts as used.
 */
export function workingDaysLeft(clock: RequestClock, today: LocalDate, overrides: Overrides): number | null {
  const due = dueOf(clock, overrides)
  if (!due) return null
  return due.dueDate >= today ? countedBetween(today, due.dueDate, clock, overrides) : -countedBetween(due.dueDate, today, clock, overrides)
}

/**
 * The clock with the one extension of `days` working days (Art. 33), asked for on `today`.
 * @throws ClockRuleError when it was extended before, `days` is not 1–20, the clock is paused, or
 *   the deadline has already passed.
 */
export function extendClock(clock: RequestClock, days: number, today: LocalDate, overrides: Overrides): RequestClock {
  if (clock.extensionDays > 0) throw new ClockRuleError('答复期限只能延长一次，这件申请已经延长过了')
  if (!Number.isInteger(days) || days < 1 || days > MAX_EXTENSION_DAYS) throw new ClockRuleError(`延长期限最长不得超过 ${MAX_EXTENSION_DAYS} 个工作日`)
  const due = dueOf(clock, overrides)
  if (!due) throw new ClockRuleError('征求意见期间不计入答复期限，请等征求意见结束后再决定是否延期')
  if (today > due.dueDate) throw new ClockRuleError(`答复期限（${due.dueDate}）已经过了，不能再延期，请尽快答复`)
  return { ...clock, extensionDays: days }
}

/** The clock paused from `today` for a consultation (Art. 32, 34). @throws ClockRuleError while already paused. */
export function pauseClock(clock: RequestClock, today: LocalDate): RequestClock {
  if (isClockPaused(clock)) throw new ClockRuleError('正在征求意见，请先结束这次征求意见')
  return { ...clock, pauses: [...clock.pauses, { from: today, to: null }] }
}

/** The clock running again after the consultation ended on `endedOn`. */
export function resumeClock(clock: RequestClock, endedOn: LocalDate): RequestClock {
  return { ...clock, pauses: clock.pauses.map((p) => (p.to === null ? { from: p.from, to: endedOn < p.from ? p.from : endedOn } : p)) }
}

/** The last day the one correction notice may go out: 7 working days after receipt (Art. 30). */
export function correctionNoticeDeadline(receivedOn: LocalDate, overrides: Overrides): LocalDate {
  return addWorkingDays(receivedOn, CORRECTION_NOTICE_DAYS, overrides)
}

/** The last day the applicant may correct: `periodDays` working days after the notice. */
export function correctionDueDate(noticeOn: LocalDate, periodDays: number, overrides: Overrides): LocalDate {
  return addWorkingDays(noticeOn, periodDays, overrides)
}

/** The last day a consulted third party or agency may answer: 15 working days after they were asked. */
export function consultationDueDate(startedOn: LocalDate, overrides: Overrides): LocalDate {
  return addWorkingDays(startedOn, CONSULTATION_DAYS, overrides)
}
