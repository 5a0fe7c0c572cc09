import { Types } from 'mongoose'
import { listOverridesQuerySchema, type CalendarOverrideListDTO } from '../../../../../src/shared/calendar'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { calendarOverrideModel, toCalendarOverrideDTO, type CalendarOverrideDoc } from '../model'
import { isCovered, toLocalDate, yearOf } from '../workingDays'

export const listOverridesQuery = listOverridesQuerySchema
export type ListOverridesQuery = z.output<typeof listOverridesQuery>

/**
 * The admin's township overrides of one year (the current year in China time when not given), by date,
 * with whether the official holiday schedule of that year is known (built in, or entered by the admin).
 */
export async function listOverrides(deps: AppDeps, admin: AuthedUser, query: ListOverridesQuery): Promise<CalendarOverrideListDTO> {
  const year = query.year ?? yearOf(toLocalDate(deps.clock.now()))
  const docs = await calendarOverrideModel(deps.db)
    .find({ townshipId: new Types.ObjectId(admin.townshipId), date: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } })
    .sort({ date: 1 })
    .lean<CalendarOverrideDoc[]>()
  return { year, officialScheduleKnown: isCovered(year) || docs.some((d) => d.source === 'official'), overrides: docs.map(toCalendarOverrideDTO) }
}
