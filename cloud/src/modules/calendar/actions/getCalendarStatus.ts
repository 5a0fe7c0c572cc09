import { Types } from 'mongoose'
import type { CalendarStatusDTO } from '../../../../../src/shared/calendar'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { calendarOverrideModel } from '../model'
import { isCovered, toLocalDate, yearOf } from '../workingDays'

/** From this month on the admin is reminded of next year's schedule (the State Council publishes it in autumn). */
const WARN_FROM_MONTH = 11

/**
 * Whether the admin's township knows the official holiday schedule of the year that matters now —
 * next year from 1 November, this year before — and the warning to show until it is entered.
 */
export async function getCalendarStatus(deps: AppDeps, admin: AuthedUser): Promise<CalendarStatusDTO> {
  const today = toLocalDate(deps.clock.now())
  const year = yearOf(today) + (Number(today.slice(5, 7)) >= WARN_FROM_MONTH ? 1 : 0)
  const known =
    isCovered(year) ||
    (await calendarOverrideModel(deps.db).exists({
      townshipId: new Types.ObjectId(admin.townshipId),
      source: 'official',
      date: { $gte: `${year}-01-01`, $lte: `${year}-12-31` }
    })) !== null
  return {
    year,
    officialScheduleKnown: known,
    warning: known
      ? null
      : `${year}年法定节假日安排尚未录入：跨入${year}年的办理期限暂按周末计算，可能调整。国务院办公厅通知发布后，请在这里一次录入。`
  }
}
