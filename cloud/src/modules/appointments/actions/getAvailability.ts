import type { Connection } from 'mongoose'
import { availabilityQuerySchema, type AvailabilityDTO } from '../../../../../src/shared/appointments'
import type * as z from '../../../../../src/shared/zod'
import type { Clock } from '../../../lib/deps'
import { addCalendarDays, toLocalDate } from '../../calendar/workingDays'
import { loadBookableService, loadBookingOverrides, loadExceptions, resolveTemplate } from '../load'
import { slotModel, type SlotDoc } from '../model'
import { instantOf, planDay, slotState } from '../schedule'

export const getAvailabilityQuery = availabilityQuerySchema
export type GetAvailabilityQuery = z.output<typeof getAvailabilityQuery>

/**
 * The booking calendar of a service: every day from today to the end of its booking horizon with the
 * slots offered (working days only), seats left and whether each can still be booked. A window
 * without an opening template answers `bookable: false` with what to do instead.
 */
export async function getAvailability(db: Connection, clock: Clock, query: GetAvailabilityQuery): Promise<AvailabilityDTO> {
  const service = await loadBookableService(db, query.guideId)
  const now = clock.now()
  const today = toLocalDate(now)
  const base = {
    guideId: String(service.guideId),
    guideTitle: service.title,
    department: service.window,
    today
  }
  const template = await resolveTemplate(db, service.departmentId, service.guideId)
  if (!template || !template.active) {
    return {
      ...base,
      bookable: false,
      reason: `${service.window.windowName || service.window.name}暂未开通网上预约。工作时间直接到窗口办理即可，不预约也一样给您办。`,
      rules: null,
      days: []
    }
  }
  const last = addCalendarDays(today, template.horizonDays)
  const [overrides, exceptions, slots] = await Promise.all([
    loadBookingOverrides(db, service.townshipId, today, last),
    loadExceptions(db, template._id, today, last),
    slotModel(db)
      .find({ templateId: template._id, date: { $gte: today, $lte: last } }, { date: 1, start: 1, booked: 1 })
      .lean<Pick<SlotDoc, 'date' | 'start' | 'booked'>[]>()
  ])
  const booked = new Map(slots.map((s) => [`${s.date} ${s.start}`, s.booked]))
  const days: AvailabilityDTO['days'] = []
  for (let date = today; date <= last; date = addCalendarDays(date, 1)) {
    const plan = planDay(template, exceptions.get(date) ?? null, date, overrides)
    days.push({
      date,
      weekday: plan.weekday,
      name: plan.name,
      open: plan.slots.length > 0,
      closedReason: plan.closedReason,
      slots: plan.slots.map((s) => {
        const taken = booked.get(`${date} ${s.start}`) ?? 0
        return {
          start: s.start,
          end: s.end,
          capacity: s.capacity,
          remaining: Math.max(0, s.capacity - taken),
          state: slotState(now, instantOf(date, s.start), template.closeBeforeMinutes, s.capacity, taken)
        }
      })
    })
  }
  return {
    ...base,
    bookable: true,
    reason: null,
    rules: {
      slotMinutes: template.slotMinutes,
      closeBeforeMinutes: template.closeBeforeMinutes,
      changeBeforeMinutes: template.changeBeforeMinutes,
      horizonDays: template.horizonDays
    },
    days
  }
}
