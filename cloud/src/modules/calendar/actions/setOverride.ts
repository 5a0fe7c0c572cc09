import { Types } from 'mongoose'
import { putOverrideSchema, type CalendarOverrideDTO, type LocalDate } from '../../../../../src/shared/calendar'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { isDuplicateKeyError } from '../../../lib/mongoErrors'
import { recordAudit } from '../../audit/actions/recordAudit'
import { calendarOverrideModel, toCalendarOverrideDTO, type CalendarOverrideDoc } from '../model'
import { forgetTownshipOverrides } from '../load'

export const setOverrideInput = putOverrideSchema
export type SetOverrideInput = z.output<typeof setOverrideInput>

/**
 * Sets the admin's township override of one date (insert or replace). Idempotent: repeating the same
 * kind and reason changes nothing and records nothing; any change is written atomically on the unique
 * (township, date) key and audited. Open deadlines move when the deadline sweep next runs.
 */
export async function setOverride(deps: AppDeps, admin: AuthedUser, date: LocalDate, input: SetOverrideInput): Promise<CalendarOverrideDTO> {
  const Override = calendarOverrideModel(deps.db)
  const townshipId = new Types.ObjectId(admin.townshipId)
  const existing = await Override.findOne({ townshipId, date }).lean<CalendarOverrideDoc>()
  if (existing && existing.kind === input.kind && existing.reason === input.reason) return toCalendarOverrideDTO(existing)

  const now = deps.clock.now()
  const adminId = new Types.ObjectId(admin.id)
  const upsert = () =>
    Override.findOneAndUpdate(
      { townshipId, date },
      {
        $set: { kind: input.kind, reason: input.reason, updatedBy: adminId, updatedAt: now },
        $setOnInsert: { townshipId, date, createdBy: adminId, createdAt: now }
      },
      { upsert: true, new: true }
    ).lean<CalendarOverrideDoc>()
  let saved: CalendarOverrideDoc | null
  try {
    saved = await upsert()
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err
    saved = await upsert()
  }
  if (!saved) throw new Error(`calendar override ${date} vanished after upsert`)
  await recordAudit(deps, admin, {
    action: 'calendar.overrideSet',
    targetType: 'calendarOverride',
    targetId: String(saved._id),
    detail: `${date} ${input.kind === 'closed' ? '停止办公' : '照常上班'}：${input.reason}`
  })
  forgetTownshipOverrides(deps.db, admin.townshipId)
  return toCalendarOverrideDTO(saved)
}
