import { Types } from 'mongoose'
import { WEEKDAY_LABELS, saveOpeningTemplateSchema, type OpeningTemplateDTO } from '../../../../../src/shared/appointments'
import type { GuideContent } from '../../../../../src/shared/guides'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { badRequest, conflict } from '../../../lib/errors'
import { isDuplicateKeyError } from '../../../lib/mongoErrors'
import type { AuthedUser } from '../../../lib/types'
import { recordAudit } from '../../audit/actions/recordAudit'
import { toLocalDate } from '../../calendar/workingDays'
import { guideModel, type GuideDoc } from '../../guides/model'
import { toTemplateDTO } from '../dto'
import { scopeKeyOf } from '../load'
import { openingTemplateModel, scheduleExceptionModel, type OpeningTemplateDoc, type ScheduleExceptionDoc } from '../model'
import { requireServedDepartment } from '../staffAccess'

export const saveOpeningTemplateInput = saveOpeningTemplateSchema
export type SaveOpeningTemplateInput = z.output<typeof saveOpeningTemplateInput>

const stale = () => conflict('STALE_TEMPLATE', '这个时段设置刚被别人改过，请刷新后在最新的基础上修改')

/**
 * Creates or replaces the opening template of a window (or of one service at it), checked against
 * the revision the editor started from (0 for a new one; a stale one gets 409). Bookings already
 * made are kept as they are; new seat counts apply to slots from now on. Audited.
 */
export async function saveOpeningTemplate(deps: AppDeps, user: AuthedUser, input: SaveOpeningTemplateInput): Promise<OpeningTemplateDTO> {
  const t = input.template
  const dept = await requireServedDepartment(deps.db, user, t.departmentId)
  let guideTitle: string | null = null
  if (t.guideId) {
    const guide = await guideModel(deps.db)
      .findOne({ _id: new Types.ObjectId(t.guideId), townshipId: dept.townshipId, published: { $ne: null } }, { published: 1 })
      .lean<Pick<GuideDoc, '_id'> & { published: GuideContent }>()
    if (!guide || guide.published.departmentId !== String(dept._id)) {
      throw badRequest('GUIDE_NOT_AT_WINDOW', `所选事项不在${dept.windowName || dept.name}办理，请重新选择`, { 'template.guideId': '事项不在这个窗口' })
    }
    guideTitle = guide.published.title
  }
  const now = deps.clock.now()
  const userId = new Types.ObjectId(user.id)
  const scopeKey = scopeKeyOf(dept._id, t.guideId)
  const values = {
    weekdays: [...t.weekdays].sort(),
    sessions: t.sessions,
    slotMinutes: t.slotMinutes,
    capacity: t.capacity,
    horizonDays: t.horizonDays,
    closeBeforeMinutes: t.closeBeforeMinutes,
    changeBeforeMinutes: t.changeBeforeMinutes,
    active: t.active,
    updatedBy: userId,
    updatedAt: now
  }
  const Template = openingTemplateModel(deps.db)
  let saved: OpeningTemplateDoc | null
  if (input.baseRevision === 0) {
    try {
      saved = (
        await Template.create({
          ...values,
          townshipId: dept.townshipId,
          departmentId: dept._id,
          guideId: t.guideId ? new Types.ObjectId(t.guideId) : null,
          scopeKey,
          revision: 1,
          createdBy: userId,
          createdAt: now
        })
      ).toObject() as OpeningTemplateDoc
    } catch (err) {
      if (isDuplicateKeyError(err)) throw stale()
      throw err
    }
  } else {
    saved = await Template.findOneAndUpdate({ scopeKey, revision: input.baseRevision }, { $set: values, $inc: { revision: 1 } }, { new: true }).lean<OpeningTemplateDoc>()
    if (!saved) throw stale()
  }
  await recordAudit(deps, user, {
    action: 'appointment.templateSaved',
    targetType: 'appointmentTemplate',
    targetId: String(saved._id),
    detail: `${dept.windowName || dept.name}${guideTitle ? ` · ${guideTitle}` : ''}：${values.weekdays.map((d) => WEEKDAY_LABELS[d]).join('')} ${t.sessions
      .map((s) => `${s.start}–${s.end}`)
      .join('、')}，每 ${t.slotMinutes} 分钟 ${t.capacity} 人${t.active ? '' : '（已暂停）'}`
  })
  const exceptions = await scheduleExceptionModel(deps.db)
    .find({ templateId: saved._id, date: { $gte: toLocalDate(now) } })
    .sort({ date: 1 })
    .lean<ScheduleExceptionDoc[]>()
  return toTemplateDTO(saved, { departmentName: dept.name, windowName: dept.windowName, guideTitle }, exceptions)
}
