import { Types } from 'mongoose'
import { officialScheduleSchema, type OfficialScheduleDTO } from '../../../../../src/shared/calendar'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { AppError } from '../../../lib/errors'
import type { AuthedUser } from '../../../lib/types'
import { recordAudit } from '../../audit/actions/recordAudit'
import { forgetTownshipOverrides } from '../load'
import { calendarOverrideModel } from '../model'
import { addCalendarDays, yearOf, type LocalDate } from '../workingDays'

export const enterOfficialScheduleInput = officialScheduleSchema
export type EnterOfficialScheduleInput = z.output<typeof enterOfficialScheduleInput>

interface OfficialDay {
  kind: 'closed' | 'open'
  reason: string
}

/** The schedule as one entry per date; 400 naming the field for a date outside the year or named twice. */
function daysOf(year: number, input: EnterOfficialScheduleInput): Map<LocalDate, OfficialDay> {
  const fields: Record<string, string> = {}
  const days = new Map<LocalDate, OfficialDay>()
  const put = (date: LocalDate, day: OfficialDay, field: string) => {
    if (yearOf(date) !== year) fields[field] ??= `${date} 不在 ${year} 年，请核对`
    else if (days.has(date)) fields[field] ??= `${date} 填了两次（${days.get(date)!.reason}、${day.reason}），请核对`
    else days.set(date, day)
  }
  input.holidays.forEach((h, i) => {
    for (let d = h.from; d <= h.to; d = addCalendarDays(d, 1)) put(d, { kind: 'closed', reason: `${h.name}放假` }, `holidays.${i}.from`)
  })
  input.workdays.forEach((w, i) => put(w.date, { kind: 'open', reason: `${w.name}调休上班` }, `workdays.${i}.date`))
  const first = Object.values(fields)[0]
  if (first) throw new AppError(400, 'VALIDATION_FAILED', first, fields)
  return days
}

/**
 * Enters the State Council's holiday schedule of a year the built-in calendar lacks, in one go, for
 * the admin's township: each day off as closed and each make-up day as open, marked official, so the
 * year counts as known. Entering the year again replaces it (days no longer listed are removed), and
 * repeating the same schedule changes nothing. Audited. The case deadline sweep then moves open
 * deadlines and tells the people whose deadline moved.
 */
export async function enterOfficialSchedule(deps: AppDeps, admin: AuthedUser, year: number, input: EnterOfficialScheduleInput): Promise<OfficialScheduleDTO> {
  const days = daysOf(year, input)
  const Override = calendarOverrideModel(deps.db)
  const townshipId = new Types.ObjectId(admin.townshipId)
  const adminId = new Types.ObjectId(admin.id)
  const now = deps.clock.now()
  for (const [date, day] of days) {
    await Override.updateOne(
      { townshipId, date },
      {
        $set: { kind: day.kind, reason: day.reason, source: 'official', updatedBy: adminId, updatedAt: now },
        $setOnInsert: { townshipId, date, createdBy: adminId, createdAt: now }
      },
      { upsert: true }
    )
  }
  const stale = await Override.deleteMany({
    townshipId,
    source: 'official',
    date: { $gte: `${year}-01-01`, $lte: `${year}-12-31`, $nin: [...days.keys()] }
  })
  forgetTownshipOverrides(deps.db, admin.townshipId)
  const result: OfficialScheduleDTO = {
    year,
    holidays: [...days.values()].filter((d) => d.kind === 'closed').length,
    workdays: [...days.values()].filter((d) => d.kind === 'open').length,
    removed: stale.deletedCount
  }
  await recordAudit(deps, admin, {
    action: 'calendar.officialScheduleEntered',
    targetType: 'calendarYear',
    targetId: String(year),
    detail: `录入 ${year} 年法定节假日安排：放假 ${result.holidays} 天，调休上班 ${result.workdays} 天`
  })
  return result
}
