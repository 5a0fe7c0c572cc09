import {
  ClockRuleError,
  consultationDueDate,
  correctionDueDate,
  correctionNoticeDeadline,
  dueOf,
  extendClock,
  pauseClock,
  restartClock,
  resumeClock,
  startClock,
  workingDaysLeft
} from '../../../cloud/src/modules/infoRequests/clock'
import { NO_OVERRIDES, overridesFrom, workingDaysBetween } from '../../../cloud/src/modules/calendar/workingDays'

const due = (c: ReturnType<typeof startClock>, o = NO_OVERRIDES) => dueOf(c, o)?.dueDate ?? null

describe('the 20 working days of Art. 33', () => {
  it('count from the day after receipt, skipping weekends and the official holidays', () => {
    expect(due(startClock('2025-03-03'))).toBe('2025-03-31')
    // 清明 2025-04-04 is a holiday: received on 2025-03-10, the 20th working day is 2025-04-08.
    expect(due(startClock('2025-03-10'))).toBe('2025-04-08')
    expect(workingDaysBetween('2025-03-03', '2025-03-31')).toBe(20)
  })

  it('for a request received the day before National Day 2025, skip 1–8 October and count the 调休 Saturday of 11 October', () => {
    const d = dueOf(startClock('2025-09-30'), NO_OVERRIDES)!
    // 9, 10, 11 (make-up Saturday) October are days 1–3; the 20th is Tuesday 4 November.
    expect(d.dueDate).toBe('2025-11-04')
    expect(d.dueBy.toISOString()).toBe('2025-11-04T16:00:00.000Z')
    expect(d.provisional).toBe(false)
  })

  it('mark a deadline reaching into a year the official schedule does not cover as provisional', () => {
    expect(dueOf(startClock('2026-12-20'), NO_OVERRIDES)!.provisional).toBe(true)
    expect(dueOf(startClock('2026-03-02'), NO_OVERRIDES)!.provisional).toBe(false)
  })

  it('say how many working days are left, negative once overdue', () => {
    const c = startClock('2025-03-03')
    expect(workingDaysLeft(c, '2025-03-03', NO_OVERRIDES)).toBe(20)
    expect(workingDaysLeft(c, '2025-03-28', NO_OVERRIDES)).toBe(1)
    expect(workingDaysLeft(c, '2025-03-31', NO_OVERRIDES)).toBe(0)
    expect(workingDaysLeft(c, '2025-04-02', NO_OVERRIDES)).toBe(-2)
  })
})

describe('a holiday announced while a request is open', () => {
  it('moves the deadline by the working days it closes, and a make-up day moves it back', () => {
    const c = startClock('2025-03-03')
    const flood = overridesFrom([{ date: '2025-03-20', kind: 'closed', reason: '防汛抢险停止办公' }])
    expect(due(c, flood)).toBe('2025-04-01')
    const makeUp = overridesFrom([...flood.values(), { date: '2025-03-22', kind: 'open', reason: '周六补班' }])
    expect(due(c, makeUp)).toBe('2025-03-31')
  })

  it('after a consultation, moves it too, but not for a day the consultation already kept out of the count', () => {
    const c = resumeClock(pauseClock(startClock('2025-03-03'), '2025-03-10'), '2025-03-20')
    expect(due(c, NO_OVERRIDES)).toBe('2025-04-11')
    expect(due(c, overridesFrom([{ date: '2025-03-25', kind: 'closed', reason: '停电停止办公' }]))).toBe('2025-04-14')
    expect(due(c, overridesFrom([{ date: '2025-03-12', kind: 'closed', reason: '停电停止办公' }]))).toBe('2025-04-11')
  })
})

describe('the one extension (Art. 33)', () => {
  it('adds up to 20 working days once', () => {
    const c = startClock('2025-03-03')
    const extended = extendClock(c, 20, '2025-03-28', NO_OVERRIDES)
    // 20 working days after 2025-03-31, skipping 清明 (4 April) and counting the 劳动节 make-up Sunday of 27 April.
    expect(due(extended)).toBe('2025-04-28')
    expect(workingDaysBetween('2025-03-31', '2025-04-28')).toBe(20)
    expect(due(extendClock(c, 5, '2025-03-03', NO_OVERRIDES))).toBe('2025-04-08')
  })

  it('is refused a second time, beyond 20 days, after the deadline, or while a consultation lasts', () => {
    const c = startClock('2025-03-03')
    const once = extendClock(c, 10, '2025-03-10', NO_OVERRIDES)
    expect(() => extendClock(once, 5, '2025-03-11', NO_OVERRIDES)).toThrow(/只能延长一次/)
    expect(() => extendClock(c, 21, '2025-03-10', NO_OVERRIDES)).toThrow(ClockRuleError)
    expect(() => extendClock(c, 0, '2025-03-10', NO_OVERRIDES)).toThrow(/最长不得超过 20/)
    expect(() => extendClock(c, 10, '2025-04-01', NO_OVERRIDES)).toThrow(/已经过了/)
    expect(extendClock(c, 10, '2025-03-31', NO_OVERRIDES).extensionDays).toBe(10)
    expect(() => extendClock(pauseClock(c, '2025-03-10'), 10, '2025-03-11', NO_OVERRIDES)).toThrow(/征求意见/)
  })
})

describe('the one correction (Art. 30)', () => {
  it('must go out within 7 working days of receipt, and the applicant gets the days staff give', () => {
    expect(correctionNoticeDeadline('2025-03-03', NO_OVERRIDES)).toBe('2025-03-12')
    expect(correctionNoticeDeadline('2025-09-30', NO_OVERRIDES)).toBe('2025-10-16')
    expect(correctionDueDate('2025-03-05', 10, NO_OVERRIDES)).toBe('2025-03-19')
  })

  it('restarts the 20 days from the day the correction arrives', () => {
    const received = startClock('2025-03-03')
    expect(due(received)).toBe('2025-03-31')
    const corrected = restartClock('2025-03-12')
    expect(corrected).toEqual({ start: '2025-03-12', baseDays: 20, extensionDays: 0, pauses: [] })
    // 13 March to 10 April, skipping 清明 on 4 April.
    expect(due(corrected)).toBe('2025-04-10')
  })
})

describe('consulting a third party (Art. 32) or another agency (Art. 34)', () => {
  it('does not count: while it lasts no deadline is known, and afterwards the skipped working days are added', () => {
    const c = startClock('2025-03-03')
    const paused = pauseClock(c, '2025-03-10')
    expect(dueOf(paused, NO_OVERRIDES)).toBeNull()
    expect(workingDaysLeft(paused, '2025-03-12', NO_OVERRIDES)).toBeNull()
    const resumed = resumeClock(paused, '2025-03-20')
    // 11–14 and 17–20 March (8 working days) do not count: 31 March moves to 11 April (清明 on the 4th).
    expect(due(resumed)).toBe('2025-04-11')
    expect(workingDaysLeft(resumed, '2025-03-20', NO_OVERRIDES)).toBe(15)
  })

  it('gives the consulted party 15 working days, and a second consultation adds its own pause', () => {
    expect(consultationDueDate('2025-03-10', NO_OVERRIDES)).toBe('2025-03-31')
    const twice = resumeClock(pauseClock(resumeClock(pauseClock(startClock('2025-03-03'), '2025-03-10'), '2025-03-12'), '2025-03-17'), '2025-03-18')
    // 11–12 and 18 March skipped: three working days later than 31 March.
    expect(due(twice)).toBe('2025-04-03')
    expect(() => pauseClock(pauseClock(startClock('2025-03-03'), '2025-03-10'), '2025-03-11')).toThrow(/正在征求意见/)
  })

  it('combines with the extension', () => {
    const c = extendClock(resumeClock(pauseClock(startClock('2025-03-03'), '2025-03-10'), '2025-03-20'), 10, '2025-03-25', NO_OVERRIDES)
    expect(due(c)).toBe('2025-04-25')
  })
})
