import { Types, type Connection } from 'mongoose'
import { calendarOverrideModel, type CalendarOverrideDoc } from './model'
import { overridesFrom, type LocalDate, type Overrides } from './workingDays'

/**
 * A township's overrides from `range.from` to `range.to` (both included; open-ended without `to`),
 * ready for the working-day functions. For a deadline whose end is not known yet, pass only `from`:
 * a township has a few dozen overrides a year at most.
 */
export async function loadOverrides(
  db: Connection,
  townshipId: string | Types.ObjectId,
  range: { from: LocalDate; to?: LocalDate }
): Promise<Overrides> {
  const date = range.to === undefined ? { $gte: range.from } : { $gte: range.from, $lte: range.to }
  const docs = await calendarOverrideModel(db)
    .find({ townshipId: new Types.ObjectId(String(townshipId)), date })
    .sort({ date: 1 })
    .lean<CalendarOverrideDoc[]>()
  return overridesFrom(docs.map((d) => ({ date: d.date, kind: d.kind, reason: d.reason })))
}
