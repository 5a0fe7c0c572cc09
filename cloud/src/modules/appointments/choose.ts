import type { Connection } from 'mongoose'
import { formatDateCn } from '../../../../src/shared/appointments'
import { AppError, badRequest, conflict } from '../../lib/errors'
import { addCalendarDays, toLocalDate, type LocalDate } from '../calendar/workingDays'
import { loadBookingOverrides, loadExceptions, resolveTemplate, type BookableService } from './load'
import type { OpeningTemplateDoc, SlotDoc } from './model'
import { bookingClosesAt, changeDeadlineOf, instantOf, minutesInWords, planDay, reminderInstant, type PlannedSlot } from './schedule'
import { ensureSlot } from './seats'

/** A slot a person may book now, with everything a booking stores about it. */
export interface ChosenSlot {
  template: OpeningTemplateDoc
  planned: PlannedSlot
  slot: SlotDoc
  startsAt: Date
  endsAt: Date
  changeDeadline: Date
  /** When the reminder goes out; null when booked too late for one. */
  remindAt: Date | null
}

/** 409: the window offers no online booking for the service. */
export function notBookableOnline(service: BookableService): AppError {
  return conflict(
    'BOOKING_NOT_OPEN',
    `${service.window.windowName || service.window.name}暂未开通网上预约。工作时间直接到窗口办理即可，不预约也一样给您办。`
  )
}

/**
 * Checks that `date` and `start` name a slot of the service that can be booked at `now` and returns
 * it (its slot document created on first use). 400 for a past day, a day beyond the booking
 * horizon, a day without slots (holiday, weekend, window closed) or a time the day does not offer;
 * 409 when booking for the slot has closed or it is already full.
 */
export async function chooseSlot(db: Connection, now: Date, service: BookableService, date: LocalDate, start: string): Promise<ChosenSlot> {
  const template = await resolveTemplate(db, service.departmentId, service.guideId)
  if (!template || !template.active) throw notBookableOnline(service)
  const today = toLocalDate(now)
  const last = addCalendarDays(today, template.horizonDays)
  if (date < today) throw badRequest('DATE_PASSED', `${formatDateCn(date)}已经过去了，请选今天或以后的日子`)
  if (date > last) {
    throw badRequest('DATE_TOO_FAR', `只能预约 ${template.horizonDays} 天以内的日子（最晚 ${formatDateCn(last)}），请选近一点的日子`)
  }
  const [overrides, exceptions] = await Promise.all([
    loadBookingOverrides(db, service.townshipId, today, last),
    loadExceptions(db, template._id, date, date)
  ])
  const plan = planDay(template, exceptions.get(date) ?? null, date, overrides)
  if (plan.slots.length === 0) throw badRequest('DAY_CLOSED', `${formatDateCn(date)}${plan.closedReason ?? '不开放预约'}，请选其他日子`)
  const planned = plan.slots.find((s) => s.start === start)
  if (!planned) throw badRequest('NO_SUCH_SLOT', `${formatDateCn(date)}没有 ${start} 开始的时段，请从列表里选一个时段`)
  const startsAt = instantOf(date, planned.start)
  if (now.getTime() >= startsAt.getTime()) throw conflict('SLOT_PASSED', '这个时段已经过了，请选后面的时段')
  if (now.getTime() >= bookingClosesAt(startsAt, template.closeBeforeMinutes).getTime()) {
    throw conflict('BOOKING_CLOSED', `每个时段开始前 ${minutesInWords(template.closeBeforeMinutes)}停止预约，这个时段已经截止了，请选后面的时段`)
  }
  const slot = await ensureSlot(
    db,
    { townshipId: service.townshipId, departmentId: service.departmentId, templateId: template._id, date },
    planned,
    startsAt,
    now
  )
  if (slot.booked >= slot.capacity) throw slotFull()
  return {
    template,
    planned,
    slot,
    startsAt,
    endsAt: instantOf(date, planned.end),
    changeDeadline: changeDeadlineOf(startsAt, template.changeBeforeMinutes),
    remindAt: reminderInstant(date, overrides, now)
  }
}

/** 409: no seat left in the slot. */
export function slotFull(): AppError {
  return conflict('SLOT_FULL', '这个时段已经约满了，请换一个时段或别的日子')
}
