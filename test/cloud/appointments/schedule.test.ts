import {
  CHECKIN_CODE_ALPHABET,
  bookingQrText,
  checkInCodeSchema,
  cutSlots,
  formatDateCn,
  parseBookingQr,
  sessionsOverlap
} from '../../../src/shared/appointments'
import { NO_OVERRIDES, overridesFrom } from '../../../cloud/src/modules/calendar/workingDays'
import {
  bookingClosesAt,
  instantOf,
  newCheckInCode,
  planDay,
  previousWorkingDay,
  reminderInstant,
  slotState,
  type TemplateRules
} from '../../../cloud/src/modules/appointments/schedule'

const WEEKLY: TemplateRules = {
  weekdays: [1, 2, 3, 4, 5],
  sessions: [
    { start: '08:30', end: '12:00' },
    { start: '14:30', end: '17:30' }
  ],
  slotMinutes: 30,
  capacity: 3
}

describe('cutSlots', () => {
  it('cuts sessions into slots in time order and drops a remainder too short for a slot', () => {
    expect(cutSlots([{ start: '14:00', end: '15:10' }, { start: '08:30', end: '10:00' }], 30)).toEqual([
      { start: '08:30', end: '09:00' },
      { start: '09:00', end: '09:30' },
      { start: '09:30', end: '10:00' },
      { start: '14:00', end: '14:30' },
      { start: '14:30', end: '15:00' }
    ])
    expect(cutSlots([{ start: '08:30', end: '12:00' }], 60).map((s) => s.start)).toEqual(['08:30', '09:30', '10:30'])
    expect(cutSlots([{ start: '09:00', end: '09:20' }], 30)).toEqual([])
  })

  it('spots overlapping sessions but lets touching ones be', () => {
    expect(sessionsOverlap([{ start: '08:30', end: '12:00' }, { start: '11:30', end: '13:00' }])).toBe(true)
    expect(sessionsOverlap([{ start: '08:30', end: '12:00' }, { start: '12:00', end: '13:00' }])).toBe(false)
  })
})

describe('planDay: slots only on working days', () => {
  it('offers the weekly slots on an ordinary weekday', () => {
    const plan = planDay(WEEKLY, null, '2025-03-04', NO_OVERRIDES)
    expect(plan).toMatchObject({ working: true, closedReason: null, name: '周二' })
    expect(plan.slots).toHaveLength(13)
    expect(plan.slots[0]).toEqual({ start: '08:30', end: '09:00', capacity: 3 })
  })

  it('offers nothing on a weekend, naming why', () => {
    expect(planDay(WEEKLY, null, '2025-03-08', NO_OVERRIDES)).toMatchObject({ working: false, closedReason: '周末休息', slots: [] })
  })

  it('offers nothing on an official holiday (国庆节, 春节)', () => {
    expect(planDay(WEEKLY, null, '2025-10-01', NO_OVERRIDES)).toMatchObject({ working: false, closedReason: '国庆节放假', slots: [] })
    expect(planDay(WEEKLY, null, '2025-01-29', NO_OVERRIDES).closedReason).toBe('春节放假')
  })

  it('opens on a 调休 make-up Sunday only for templates that serve every weekday', () => {
    const makeup = '2025-04-27'
    expect(planDay(WEEKLY, null, makeup, NO_OVERRIDES)).toMatchObject({ working: true, name: '劳动节调休上班' })
    expect(planDay(WEEKLY, null, makeup, NO_OVERRIDES).slots.length).toBeGreaterThan(0)
    expect(planDay({ ...WEEKLY, weekdays: [2, 4] }, null, makeup, NO_OVERRIDES).slots).toEqual([])
  })

  it('follows the township calendar override (a day closed for a flood)', () => {
    const overrides = overridesFrom([{ date: '2025-03-05', kind: 'closed', reason: '防汛停止办公' }])
    expect(planDay(WEEKLY, null, '2025-03-05', overrides)).toMatchObject({ working: false, closedReason: '停止办公：防汛停止办公' })
  })

  it('serves only the chosen weekdays', () => {
    const tueThu = { ...WEEKLY, weekdays: [2, 4] }
    expect(planDay(tueThu, null, '2025-03-03', NO_OVERRIDES).slots).toEqual([])
    expect(planDay(tueThu, null, '2025-03-04', NO_OVERRIDES).slots.length).toBe(13)
  })

  it('closes a day by exception and adds extra sessions with their own seats', () => {
    expect(planDay(WEEKLY, { kind: 'closed', reason: '窗口人员培训', sessions: [], capacity: null }, '2025-03-04', NO_OVERRIDES)).toMatchObject({
      closedReason: '窗口停约：窗口人员培训',
      slots: []
    })
    const extra = planDay(WEEKLY, { kind: 'extra', reason: '延时服务', sessions: [{ start: '17:30', end: '18:30' }], capacity: 1 }, '2025-03-04', NO_OVERRIDES)
    expect(extra.slots.slice(-2)).toEqual([
      { start: '17:30', end: '18:00', capacity: 1 },
      { start: '18:00', end: '18:30', capacity: 1 }
    ])
    const wednesdayOnly = planDay({ ...WEEKLY, weekdays: [2] }, { kind: 'extra', reason: '加开', sessions: [{ start: '09:00', end: '10:00' }], capacity: null }, '2025-03-05', NO_OVERRIDES)
    expect(wednesdayOnly.slots).toEqual([
      { start: '09:00', end: '09:30', capacity: 3 },
      { start: '09:30', end: '10:00', capacity: 3 }
    ])
  })
})

describe('time rules (China time, whatever the server zone)', () => {
  it('places a slot at its China-time instant', () => {
    expect(instantOf('2025-03-04', '09:30').toISOString()).toBe('2025-03-04T01:30:00.000Z')
  })

  it('closes booking before the slot and reports the slot state', () => {
    const starts = instantOf('2025-03-04', '10:00')
    expect(bookingClosesAt(starts, 60).toISOString()).toBe('2025-03-04T01:00:00.000Z')
    expect(slotState(new Date('2025-03-04T00:59:59Z'), starts, 60, 2, 1)).toBe('open')
    expect(slotState(new Date('2025-03-04T00:59:59Z'), starts, 60, 2, 2)).toBe('full')
    expect(slotState(new Date('2025-03-04T01:00:00Z'), starts, 60, 2, 0)).toBe('closed')
  })

  it('reminds at 15:00 on the working day before, across weekends and holidays, unless booked later', () => {
    expect(previousWorkingDay('2025-03-10', NO_OVERRIDES)).toBe('2025-03-07')
    expect(previousWorkingDay('2025-10-09', NO_OVERRIDES)).toBe('2025-09-30')
    const bookedMonday = new Date('2025-03-03T01:00:00Z')
    expect(reminderInstant('2025-03-10', NO_OVERRIDES, bookedMonday)?.toISOString()).toBe('2025-03-07T07:00:00.000Z')
    expect(reminderInstant('2025-03-04', NO_OVERRIDES, new Date('2025-03-03T07:30:00Z'))).toBeNull()
  })
})

describe('check-in codes and QR payloads', () => {
  it('draws 4 characters from an alphabet without 0, O, 1 or I', () => {
    expect(CHECKIN_CODE_ALPHABET).not.toMatch(/[01OI]/)
    const codes = Array.from({ length: 500 }, () => newCheckInCode())
    for (const c of codes) expect(c).toMatch(/^[2-9A-HJ-NP-Z]{4}$/)
    expect(new Set(codes).size).toBeGreaterThan(490)
  })

  it('accepts a typed code in lower case with spaces, and explains the look-alikes', () => {
    expect(checkInCodeSchema.parse(' ab 7k ')).toBe('AB7K')
    const bad = checkInCodeSchema.safeParse('O1IZ')
    expect(bad.success).toBe(false)
    expect(bad.error?.issues[0]?.message).toContain('没有数字 0、1 和字母 O、I')
  })

  it('round-trips the QR text and refuses anything else', () => {
    const text = bookingQrText('2025-03-04', 'AB7K')
    expect(text).toBe('XLB1:20250304:AB7K')
    expect(parseBookingQr(text)).toEqual({ date: '2025-03-04', code: 'AB7K' })
    expect(parseBookingQr('xlb1:20250304:ab7k')).toEqual({ date: '2025-03-04', code: 'AB7K' })
    expect(parseBookingQr('https://example.com')).toBeNull()
    expect(parseBookingQr('XLB1:20250231:AB7K')).toBeNull()
    expect(parseBookingQr('XLB1:20250304:AB1K')).toBeNull()
  })

  it('writes dates the way people say them', () => {
    expect(formatDateCn('2025-03-04')).toBe('3月4日 周二')
  })
})
