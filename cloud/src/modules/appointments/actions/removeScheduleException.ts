import type { LocalDate } from '../../../../../src/shared/calendar'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { recordAudit } from '../../audit/actions/recordAudit'
import { scheduleExceptionModel } from '../model'
import { loadServedTemplate } from './setScheduleException'

/**
 * Removes the exception of one day: the day follows the weekly template again. Bookings made in
 * extra sessions stay valid. Answers `removed: false` when there was none (a repeated delete).
 */
export async function removeScheduleException(
  deps: AppDeps,
  user: AuthedUser,
  templateId: string,
  date: LocalDate
): Promise<{ date: LocalDate; removed: boolean }> {
  const { template } = await loadServedTemplate(deps, user, templateId)
  const removed = await scheduleExceptionModel(deps.db).findOneAndDelete({ templateId: template._id, date }).lean()
  if (removed) {
    await recordAudit(deps, user, {
      action: 'appointment.exceptionRemoved',
      targetType: 'appointmentTemplate',
      targetId: String(template._id),
      detail: `${date}：${removed.reason}`
    })
  }
  return { date, removed: Boolean(removed) }
}
