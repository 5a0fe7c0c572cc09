/**
 * Working-day arithmetic over calendar dates in China time (工作日历).
 *
 * The official schedule (法定节假日 and 调休 make-up working days published each year by the
 * State Council) comes from the `chinese-days` package's generated data. Its date-parsing functions
 * read the machine's local time zone, so only its data file is used here and every date is handled as
 * a `YYYY-MM-DD` string with UTC arithmetic: the result never depends on where the server runs.
 *
 * Precedence for one day: an admin override of the township, then the official schedule (holiday
 * off, make-up day on), then the weekday rule (Monday–Friday on, Saturday/Sunday off). For a year the
 * package does not cover yet (`isCovered(year)` is false) only overrides and the weekday rule apply.
 */
import officialData from 'chinese-days/dist/chinese-days.json'
import type { CalendarDayDTO, DayStatus, LocalDate, OverrideKind } from '../../../../src/shared/calendar'
import { CHINA_OFFSET_MS, chinaClock } from '../../../../src/shared/chinaTime'

export type { LocalDate } from '../../../../src/shared/calendar'

/** The zone every LocalDate is read in. China Standard Time is UTC+8 all year (no DST since 1991). */
export const CALENDAR_TIME_ZONE = 'Asia/Shanghai'

const DAY_MS = 86_400_000

/** An admin override of one day for a township. */
export interface CalendarOverride {
  date: LocalDate
  kind: OverrideKind
  reason: string
  /** Part of the State Council's schedule of its year as an admin entered it (the package lacks the year). */
  official?: boolean
}

/** A township's overrides keyed by date. Overrides win over the official schedule. */
export type Overrides = ReadonlyMap<LocalDate, CalendarOverride>

/** No overrides: the official schedule alone. */
export const NO_OVERRIDES: Overrides = new Map()

/** Builds an Overrides map from a list (a later entry for the same date wins). */
export function overridesFrom(list: Iterable<CalendarOverride>): Overrides {
  const map = new Map<LocalDate, CalendarOverride>()
  for (const o of list) map.set(assertLocalDate(o.date), o)
  return map
}

/** One day of the calendar with the reason it is or is not a working day. */
export type CalendarDay = CalendarDayDTO

interface OfficialSchedule {
  holidays: Record<string, string>
  workdays: Record<string, string>
}

const official = officialData as unknown as OfficialSchedule

const coveredYears: ReadonlySet<number> = new Set(Object.keys(official.holidays).map((d) => Number(d.slice(0, 4))))

const FULL_NAMES: Record<string, string> = { 清明: '清明节', 端午: '端午节', 中秋: '中秋节' }
const WEEKDAY_NAMES = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'] as const

/** The Chinese name in a package entry such as `Spring Festival,春节,4`. */
function festivalName(entry: string): string {
  const name = entry.split(',')[1] ?? entry
  return FULL_NAMES[name] ?? name
}

/** True when the official schedule of `year` is known (the package covers it); false means weekends only. */
export function isCovered(year: number): boolean {
  return coveredYears.has(year)
}

/**
 * True when the official schedule of `year` is known for a township: built in, or entered by its
 * admin (overrides marked `official` in that year).
 */
export function isYearKnown(year: number, overrides: Overrides): boolean {
  if (isCovered(year)) return true
  const prefix = `${year}-`
  for (const o of overrides.values()) if (o.official && o.date.startsWith(prefix)) return true
  return false
}

/** First and last year the built-in official schedule covers. */
export function coveredYearRange(): { first: number; last: number } {
  const years = [...coveredYears]
  return { first: Math.min(...years), last: Math.max(...years) }
}

/** Days since 1970-01-01 of a LocalDate; throws RangeError for anything but a real `YYYY-MM-DD` date. */
function dayNumber(date: LocalDate): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
    const ms = Date.UTC(y, mo - 1, d)
    const back = new Date(ms)
    if (back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d) return ms / DAY_MS
  }
  throw new RangeError(`not a YYYY-MM-DD date: ${date}`)
}

function fromDayNumber(n: number): LocalDate {
  return new Date(n * DAY_MS).toISOString().slice(0, 10)
}

function assertLocalDate(date: LocalDate): LocalDate {
  dayNumber(date)
  return date
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isLocalDate(value: string): boolean {
  try {
    dayNumber(value)
    return true
  } catch {
    return false
  }
}

/** The calendar date in China time of an instant (never the server's own time zone). */
export function toLocalDate(instant: Date): LocalDate {
  const ms = instant.getTime()
  if (Number.isNaN(ms)) throw new RangeError('invalid Date')
  return chinaClock(ms).date
}

/** The instant a LocalDate begins in China time (00:00 +08:00). */
export function startOfLocalDay(date: LocalDate): Date {
  return new Date(dayNumber(date) * DAY_MS - CHINA_OFFSET_MS)
}

/** The instant a LocalDate ends in China time: 00:00 +08:00 of the next day (exclusive). */
export function endOfLocalDay(date: LocalDate): Date {
  return new Date((dayNumber(date) + 1) * DAY_MS - CHINA_OFFSET_MS)
}

/** The date `days` calendar days after `date` (negative goes back). */
export function addCalendarDays(date: LocalDate, days: number): LocalDate {
  return fromDayNumber(dayNumber(date) + days)
}

/** Calendar days from `a` to `b` (negative when `b` is earlier). */
export function calendarDaysBetween(a: LocalDate, b: LocalDate): number {
  return dayNumber(b) - dayNumber(a)
}

/** Day of the week of a date: 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: LocalDate): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7
}

/** The year of a LocalDate. */
export function yearOf(date: LocalDate): number {
  return Number(assertLocalDate(date).slice(0, 4))
}

/**
 * Everything known about one day: working or not, why (`status`) and a name to show — the festival
 * (春节, 国庆节 …), `<festival>调休上班` for a make-up day, the override's reason, or the weekday.
 */
export function describeDay(date: LocalDate, overrides: Overrides = NO_OVERRIDES): CalendarDay {
  const weekday = weekdayOf(date)
  const officialScheduleKnown = isYearKnown(yearOf(date), overrides)
  const day = (working: boolean, status: DayStatus, name: string): CalendarDay => ({
    date,
    weekday,
    working,
    status,
    name,
    officialScheduleKnown
  })
  const override = overrides.get(date)
  if (override) return day(override.kind === 'open', override.kind, override.reason)
  const makeup = official.workdays[date]
  if (makeup) return day(true, 'makeup', `${festivalName(makeup)}调休上班`)
  const holiday = official.holidays[date]
  if (holiday) return day(false, 'holiday', festivalName(holiday))
  const weekend = weekday === 0 || weekday === 6
  return day(!weekend, weekend ? 'weekend' : 'workday', WEEKDAY_NAMES[weekday]!)
}

/** Every day from `from` to `to`, both included (empty when `to` is earlier). */
export function describeRange(from: LocalDate, to: LocalDate, overrides: Overrides = NO_OVERRIDES): CalendarDay[] {
  const days: CalendarDay[] = []
  for (let n = dayNumber(from), last = dayNumber(to); n <= last; n++) days.push(describeDay(fromDayNumber(n), overrides))
  return days
}

/** True when the township works on `date`: override, else official schedule, else Monday–Friday. */
export function isWorkingDay(date: LocalDate, overrides: Overrides = NO_OVERRIDES): boolean {
  return describeDay(date, overrides).working
}

/**
 * The deadline date `n` working days after `date` — the rule of "受理后 N 个工作日内":
 * the start date is not counted, the result is the n-th working day strictly after it
 * (so a Friday start with n = 1 gives the next Monday, and a holiday start counts from the first working day).
 * n = 0 means "the same day": `date` itself when it is a working day, otherwise the next working day.
 * @throws RangeError when n is not a non-negative integer or the date is malformed.
 */
export function addWorkingDays(date: LocalDate, n: number, overrides: Overrides = NO_OVERRIDES): LocalDate {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`working days must be a non-negative integer, got ${n}`)
  let day = dayNumber(date)
  if (n === 0) {
    while (!isWorkingDay(fromDayNumber(day), overrides)) day++
    return fromDayNumber(day)
  }
  let left = n
  while (left > 0) {
    day++
    if (isWorkingDay(fromDayNumber(day), overrides)) left--
  }
  return fromDayNumber(day)
}

/**
 * Working days from `a` to `b`: how many working days lie after `a` up to and including `b`
 * (`a` not counted, `b` counted), negative when `b` is before `a`. Antisymmetric:
 * `workingDaysBetween(a, b) === -workingDaysBetween(b, a)`, and for n ≥ 1
 * `workingDaysBetween(a, addWorkingDays(a, n)) === n`.
 */
export function workingDaysBetween(a: LocalDate, b: LocalDate, overrides: Overrides = NO_OVERRIDES): number {
  const start = dayNumber(a)
  const end = dayNumber(b)
  if (end < start) return -workingDaysBetween(b, a, overrides)
  let count = 0
  for (let n = start + 1; n <= end; n++) if (isWorkingDay(fromDayNumber(n), overrides)) count++
  return count
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(date: LocalDate, overrides: Overrides = NO_OVERRIDES): LocalDate {
  return addWorkingDays(date, 1, overrides)
}
