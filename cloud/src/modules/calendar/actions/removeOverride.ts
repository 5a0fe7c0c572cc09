import { Types } from 'mongoose'
import type { CalendarOverrideRemovedDTO, LocalDate } from '../../../../../src/shared/calendar'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { recordAudit } from '../../audit/actions/recordAudit'
import { calendarOverrideModel, type CalendarOverrideDoc } from '../model'
import { forgetTownshipOverrides } from '../load'

/**
 * Removes the admin's township override of one date, so the official schedule applies again.
 * Idempotent: removing a date without an override answers `removed: false` and records nothing.
 */
export async function removeOverride(deps: AppDeps, admin: AuthedUser, date: LocalDate): Promise<CalendarOverrideRemovedDTO> {
  const removed = await calendarOverrideModel(deps.db)
    .findOneAndDelete({ townshipId: new Types.ObjectId(admin.townshipId), date })
    .lean<CalendarOverrideDoc>()
  if (!removed) return { date, removed: false }
  forgetTownshipOverrides(deps.db, admin.townshipId)
  await recordAudit(deps, admin, {
    action: 'calendar.overrideRemoved',
    targetType: 'calendarOverride',
    targetId: String(removed._id),
    detail: `${date} 取消${removed.kind === 'closed' ? '停止办公' : '照常上班'}：${removed.reason}`
  })
  return { date, removed: true }
}
