/**
 * Deadlines counted in working days, and how a calendar change moves them.
 *
 * A deadline is stored as its inputs — the start date (China time) and the working-day count — next
 * to the computed due date. The due date is never the source of truth: when the calendar changes
 * (an admin adds or removes an override, or a package update brings a new year's schedule), a sweep
 * loads the township's overrides from the earliest open start date onward and calls
 * `recomputeDeadline(start, workingDays, overrides)` for every open item; where the due date differs it
 * writes the new one with a conditional update on the old value (so concurrent sweeps on several
 * replicas agree) and records the change on the item. Closed items keep their due date. A deadline
 * that reaches into a year without a known official schedule is `provisional` and is swept again once
 * the schedule arrives.
 */
import {
  addWorkingDays,
  endOfLocalDay,
  isYearKnown,
  NO_OVERRIDES,
  yearOf,
  type LocalDate,
  type Overrides
} from './workingDays'

/** A deadline with the inputs it was computed from. */
export interface WorkingDayDeadline {
  /** The day the clock started (e.g. the day a case was accepted), China time; not itself counted. */
  start: LocalDate
  workingDays: number
  /** The last day to act: `addWorkingDays(start, workingDays)`. */
  dueDate: LocalDate
  /** The instant the deadline passes: the end of `dueDate` in China time (00:00 +08:00 the next day). */
  dueBy: Date
  /** True when a year from start to due has no known official schedule (weekends-only fallback used). */
  provisional: boolean
}

/**
 * Computes (or recomputes after a calendar change) the deadline `workingDays` working days after
 * `start` under the given overrides. Pure: the same inputs always give the same deadline.
 * @throws RangeError when workingDays is not a non-negative integer or start is malformed.
 */
export function recomputeDeadline(start: LocalDate, workingDays: number, overrides: Overrides = NO_OVERRIDES): WorkingDayDeadline {
  const dueDate = addWorkingDays(start, workingDays, overrides)
  return { start, workingDays, dueDate, dueBy: endOfLocalDay(dueDate), provisional: unknownYears(start, dueDate, overrides).length > 0 }
}

/** The years from `start` to `dueDate` whose official schedule the township does not know yet. */
export function unknownYears(start: LocalDate, dueDate: LocalDate, overrides: Overrides = NO_OVERRIDES): number[] {
  const years: number[] = []
  for (let year = yearOf(start); year <= yearOf(dueDate); year++) if (!isYearKnown(year, overrides)) years.push(year)
  return years
}
