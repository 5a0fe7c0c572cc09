import { performance } from 'node:perf_hooks'
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
  return overridesFrom(docs.map((d) => ({ date: d.date, kind: d.kind, reason: d.reason, official: d.source === 'official' })))
}

/**
 * How long a township's overrides are used from memory. A change made through this process is seen
 * at once; one made on another replica within this time — and the case deadline sweep (every five
 * minutes) moves any deadline computed from the older calendar meanwhile.
 */
const OVERRIDES_TTL_MS = 30_000

const cached = new WeakMap<Connection, Map<string, { loadedAt: number; overrides: Promise<Overrides> }>>()

/**
 * Every override of a township (a few dozen a year), from memory for up to OVERRIDES_TTL_MS: for work a
 * later sweep corrects (a case's working-day deadline), never for decisions that stick (whether a day
 * can be booked reads the calendar fresh).
 */
export function townshipOverrides(db: Connection, townshipId: string | Types.ObjectId): Promise<Overrides> {
  let perDb = cached.get(db)
  if (!perDb) {
    perDb = new Map()
    cached.set(db, perDb)
  }
  const key = String(townshipId)
  const hit = perDb.get(key)
  const now = performance.now()
  if (hit && now - hit.loadedAt < OVERRIDES_TTL_MS) return hit.overrides
  const overrides = loadOverrides(db, key, { from: '1970-01-01' })
  perDb.set(key, { loadedAt: now, overrides })
  overrides.catch(() => perDb!.delete(key))
  return overrides
}

/** Makes this process read a township's overrides again (after it changed them). */
export function forgetTownshipOverrides(db: Connection, townshipId: string | Types.ObjectId): void {
  cached.get(db)?.delete(String(townshipId))
}
