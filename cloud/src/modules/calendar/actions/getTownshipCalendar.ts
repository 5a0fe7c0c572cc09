import type { Connection } from 'mongoose'
import { calendarRangeQuerySchema, type TownshipCalendarDTO } from '../../../../../src/shared/calendar'
import type * as z from '../../../../../src/shared/zod'
import { requireTownship } from '../../org/lookup'
import { loadOverrides } from '../load'
import { describeRange, isYearKnown, yearOf } from '../workingDays'

export const townshipCalendarQuery = calendarRangeQuerySchema
export type TownshipCalendarQuery = z.output<typeof townshipCalendarQuery>

/**
 * A township's calendar from `from` to `to` (both included, at most 92 days): for each day whether the
 * centre works, why, and the name to show; plus the years whose official schedule is not built in yet.
 * 404 when the township does not exist.
 */
export async function getTownshipCalendar(
  db: Connection,
  townshipId: string,
  query: TownshipCalendarQuery
): Promise<TownshipCalendarDTO> {
  const township = await requireTownship(db, townshipId)
  // Whole years: whether a year's official schedule was entered shows on its days anywhere in it.
  const overrides = await loadOverrides(db, township._id, { from: `${yearOf(query.from)}-01-01`, to: `${yearOf(query.to)}-12-31` })
  const unknownYears: number[] = []
  for (let year = yearOf(query.from); year <= yearOf(query.to); year++) if (!isYearKnown(year, overrides)) unknownYears.push(year)
  return {
    townshipId: String(township._id),
    from: query.from,
    to: query.to,
    days: describeRange(query.from, query.to, overrides),
    unknownYears
  }
}
