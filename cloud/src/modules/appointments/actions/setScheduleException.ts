import { Types } from 'mongoose'
import {
  cutSlots,
  formatDateCn,
  minutesOf,
  scheduleExceptionSchema,
  type ScheduleExceptionSavedDTO,
  type Session
} from '../../../../../src/shared/appointments'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { badRequest, conflict, notFound } from '../../../lib/errors'
import type { AuthedUser } from '../../../lib/types'
import { recordAudit } from '../../audit/actions/recordAudit'
import { loadOverrides } from '../../calendar/load'
import { describeDay, toLocalDate, type LocalDate } from '../../calendar/workingDays'
import { cancelBooking } from '../cancelBooking'
import { toExceptionDTO } from '../dto'
import { windowInfo } from '../load'
import { bookingModel, openingTemplateModel, scheduleExceptionModel, type BookingDoc, type OpeningTemplateDoc, type ScheduleExceptionDoc } from '../model'
import { planDay } from '../schedule'
import { requireServedDepartment } from '../staffAccess'

export const setScheduleExceptionInput = scheduleExceptionSchema
export type SetScheduleExceptionInput = z.output<typeof setScheduleExceptionInput>

/** A template of my township for a window I serve. */
export async function loadServedTemplate(deps: AppDeps, user: AuthedUser, id: string) {
  const template = await openingTemplateModel(deps.db)
    .findOne({ _id: new Types.ObjectId(id), townshipId: new Types.ObjectId(user.townshipId) })
    .lean<OpeningTemplateDoc>()
  if (!template) throw notFound('没有找到这个预约时段设置，请刷新后再试')
  const dept = await requireServedDepartment(deps.db, user, template.departmentId)
  return { template, dept }
}

const overlaps = (a: readonly Session[], b: readonly Session[]) =>
  a.some((x) => b.some((y) => minutesOf(x.start) < minutesOf(y.end) && minutesOf(y.start) < minutesOf(x.end)))

/**
 * Sets the exception of one day of a template (insert or replace): `closed` stops bookings that day,
 * `extra` adds sessions to the day's usual ones. Extra sessions only on working days and outside the
 * usual hours. Closing a day that has bookings needs `cancelExisting`: each booking is then cancelled
 * (conditional status change, seat given back, the person told with the reason); otherwise 409. Audited.
 */
export async function setScheduleException(
  deps: AppDeps,
  user: AuthedUser,
  templateId: string,
  date: LocalDate,
  input: SetScheduleExceptionInput
): Promise<ScheduleExceptionSavedDTO> {
  const { template, dept } = await loadServedTemplate(deps, user, templateId)
  const now = deps.clock.now()
  if (date < toLocalDate(now)) throw badRequest('DATE_PASSED', `${formatDateCn(date)}已经过去了，不能再调整`)
  if (input.kind === 'extra') {
    const overrides = await loadOverrides(deps.db, template.townshipId, { from: date, to: date })
    const day = describeDay(date, overrides)
    if (!day.working) {
      throw badRequest(
        'NOT_WORKING_DAY',
        `${formatDateCn(date)}是${day.name}，不是工作日，不能加开预约。需要加班办理的，请中心负责人先在工作日历里把这天设为“照常上班”`
      )
    }
    const usual = planDay(template, null, date, overrides).slots
    if (usual.length && overlaps(input.sessions, usual)) {
      throw badRequest('EXTRA_OVERLAPS', '加开的时间段和平常的预约时间重叠了，请填平常时间以外的时段', { sessions: '与平常时间重叠' })
    }
    if (cutSlots(input.sessions, template.slotMinutes).length === 0) {
      throw badRequest('EXTRA_TOO_SHORT', `加开的时间段太短，放不下一个 ${template.slotMinutes} 分钟的时段`, { sessions: '时间段太短' })
    }
  }
  const Booking = bookingModel(deps.db)
  const activeFilter = { templateId: template._id, date, status: 'booked' }
  if (input.kind === 'closed' && !input.cancelExisting) {
    const count = await Booking.countDocuments(activeFilter)
    if (count > 0) {
      throw conflict(
        'DAY_HAS_BOOKINGS',
        `${formatDateCn(date)}已经有 ${count} 个预约。请勾选“同时取消这些预约并通知群众”，或先联系群众改约后再停约`
      )
    }
  }
  const userId = new Types.ObjectId(user.id)
  const saved = await scheduleExceptionModel(deps.db)
    .findOneAndUpdate(
      { templateId: template._id, date },
      {
        $set: {
          kind: input.kind,
          reason: input.reason,
          sessions: input.kind === 'extra' ? input.sessions : [],
          capacity: input.kind === 'extra' ? (input.capacity ?? null) : null,
          updatedBy: userId,
          updatedAt: now
        },
        $setOnInsert: { townshipId: template.townshipId, templateId: template._id, date, createdBy: userId, createdAt: now }
      },
      { upsert: true, new: true }
    )
    .lean<ScheduleExceptionDoc>()
  if (!saved) throw new Error(`exception ${date} vanished after upsert`)
  let cancelled = 0
  if (input.kind === 'closed' && input.cancelExisting) {
    const window = windowInfo(dept, String(dept._id))
    const reason = `窗口停约：${input.reason}`
    const bookings = await Booking.find(activeFilter, { pendingNotices: 0 }).lean<BookingDoc[]>()
    for (const b of bookings) {
      if (await cancelBooking(deps, b, { actor: 'staff', by: user, reason, window })) cancelled++
    }
  }
  await recordAudit(deps, user, {
    action: 'appointment.exceptionSet',
    targetType: 'appointmentTemplate',
    targetId: String(template._id),
    detail: `${date} ${input.kind === 'closed' ? '停约' : `加开 ${input.sessions.map((s) => `${s.start}–${s.end}`).join('、')}`}：${input.reason}${
      cancelled ? `（取消 ${cancelled} 个预约）` : ''
    }`
  })
  return { exception: toExceptionDTO(saved), cancelledBookings: cancelled }
}
