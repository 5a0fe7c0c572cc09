import fc from 'fast-check'
import { findWorkday, getDayDetail, isWorkday } from 'chinese-days'
import {
  addCalendarDays,
  addWorkingDays,
  coveredYearRange,
  describeDay,
  describeRange,
  endOfLocalDay,
  isCovered,
  isWorkingDay,
  nextWorkingDay,
  NO_OVERRIDES,
  overridesFrom,
  startOfLocalDay,
  toLocalDate,
  weekdayOf,
  workingDaysBetween,
  type CalendarOverride,
  type LocalDate
} from '../../../cloud/src/modules/calendar/workingDays'
import { recomputeDeadline } from '../../../cloud/src/modules/calendar/deadlines'

/**
 * The package's own answer for a date. Its parser reads the machine's time zone, so it is asked
 * about noon UTC, which is the same calendar day from UTC-11 to UTC+11.
 */
const pkgNoon = (date: LocalDate) => new Date(`${date}T12:00:00Z`)
const pkgWorks = (date: LocalDate) => isWorkday(pkgNoon(date))
const pkgNthWorkday = (n: number, date: LocalDate) => findWorkday(n, pkgNoon(date))

/** Asserts our calendar and the package agree on every listed date, and that the expectation holds. */
function expectWorking(dates: LocalDate[], working: boolean) {
  for (const date of dates) {
    expect({ date, package: pkgWorks(date) }).toEqual({ date, package: working })
    expect({ date, ours: isWorkingDay(date, NO_OVERRIDES) }).toEqual({ date, ours: working })
  }
}

const range = (from: LocalDate, to: LocalDate) => describeRange(from, to).map((d) => d.date)
const closed = (date: LocalDate, reason = '防汛抢险，暂停对外办公'): CalendarOverride => ({ date, kind: 'closed', reason })
const open = (date: LocalDate, reason = '集中办理医保缴费，周日照常上班'): CalendarOverride => ({ date, kind: 'open', reason })

describe('official schedule (data of the chinese-days package)', () => {
  it('agrees with the package on every day of every covered year', () => {
    const { first, last } = coveredYearRange()
    expect(first).toBeLessThanOrEqual(2025)
    expect(last).toBeGreaterThanOrEqual(2026)
    const mismatches: string[] = []
    for (const day of describeRange(`${first}-01-01`, `${last}-12-31`)) {
      if (day.working !== pkgWorks(day.date)) mismatches.push(day.date)
    }
    expect(mismatches).toEqual([])
  })

  it('春节 2025 (国办发明电〔2024〕12号): 1/28 除夕 – 2/4 off (8 days); Sun 1/26 and Sat 2/8 are 调休上班', () => {
    expectWorking(range('2025-01-28', '2025-02-04'), false)
    expectWorking(['2025-01-26', '2025-02-08', '2025-01-27', '2025-02-05'], true)
    expect(describeDay('2025-01-29')).toMatchObject({ status: 'holiday', name: '春节', working: false })
    expect(describeDay('2025-01-26')).toMatchObject({ status: 'makeup', name: '春节调休上班', working: true, weekday: 0 })
    expect(describeDay('2025-02-08')).toMatchObject({ status: 'makeup', weekday: 6 })
  })

  it('春节 2025: a deadline across the 8-day holiday — 1 working day after Mon 1/27 is Wed 2/5', () => {
    expect(addWorkingDays('2025-01-27', 1, NO_OVERRIDES)).toBe('2025-02-05')
    expect(pkgNthWorkday(1, '2025-01-27')).toBe('2025-02-05')
    expect(addWorkingDays('2025-01-24', 1, NO_OVERRIDES)).toBe('2025-01-26')
    expect(addWorkingDays('2025-01-24', 3, NO_OVERRIDES)).toBe('2025-02-05')
    expect(pkgNthWorkday(3, '2025-01-24')).toBe('2025-02-05')
  })

  it('春节 2026 (国务院 2025-11 通知): 2/15 – 2/23 off (9 days); Sat 2/14 and Sat 2/28 are 调休上班', () => {
    expectWorking(range('2026-02-15', '2026-02-23'), false)
    expectWorking(['2026-02-14', '2026-02-28', '2026-02-13', '2026-02-24'], true)
    expect(describeDay('2026-02-28')).toMatchObject({ status: 'makeup', name: '春节调休上班', weekday: 6 })
    expect(addWorkingDays('2026-02-13', 1, NO_OVERRIDES)).toBe('2026-02-14')
    expect(addWorkingDays('2026-02-14', 1, NO_OVERRIDES)).toBe('2026-02-24')
    expect(pkgNthWorkday(1, '2026-02-14')).toBe('2026-02-24')
  })

  it('国庆节·中秋节 2025: 10/1 – 10/8 off (8 days, 10/6 中秋); Sun 9/28 and Sat 10/11 are 调休上班', () => {
    expectWorking(range('2025-10-01', '2025-10-08'), false)
    expectWorking(['2025-09-28', '2025-10-11', '2025-09-30', '2025-10-09'], true)
    expect(describeDay('2025-10-01')).toMatchObject({ status: 'holiday', name: '国庆节' })
    expect(describeDay('2025-10-06')).toMatchObject({ status: 'holiday', name: '中秋节' })
    expect(describeDay('2025-09-28')).toMatchObject({ status: 'makeup', name: '国庆节调休上班', weekday: 0 })
  })

  it('国庆节 2025: 13 working days (complaint limit) from Thu 9/25 skip the 8-day holiday', () => {
    const due = addWorkingDays('2025-09-25', 13, NO_OVERRIDES)
    expect(due).toBe(pkgNthWorkday(13, '2025-09-25'))
    expect(due).toBe('2025-10-20')
    expect(addWorkingDays('2025-09-30', 1, NO_OVERRIDES)).toBe('2025-10-09')
  })

  it('劳动节 2025: 5/1 – 5/5 off; Sun 4/27 is 调休上班. 劳动节 2026: 5/1 – 5/5 off; Sat 5/9 is 调休上班', () => {
    expectWorking(range('2025-05-01', '2025-05-05'), false)
    expectWorking(['2025-04-27', '2025-04-30', '2025-05-06'], true)
    expect(describeDay('2025-05-02')).toMatchObject({ status: 'holiday', name: '劳动节' })
    expectWorking(range('2026-05-01', '2026-05-05'), false)
    expectWorking(['2026-05-09', '2026-05-06'], true)
    expect(addWorkingDays('2025-04-30', 1, NO_OVERRIDES)).toBe('2025-05-06')
  })

  it('a make-up Saturday (Sat 2025-10-11, 国庆调休) is a working day; a plain Saturday (2025-10-18) is not', () => {
    expect(weekdayOf('2025-10-11')).toBe(6)
    expect(weekdayOf('2025-10-18')).toBe(6)
    expectWorking(['2025-10-11'], true)
    expectWorking(['2025-10-18', '2025-10-19'], false)
    expect(describeDay('2025-10-18')).toMatchObject({ status: 'weekend', name: '周六', working: false })
    expect(describeDay('2025-10-17')).toMatchObject({ status: 'workday', name: '周五', working: true })
  })

  it('year boundary: after Wed 2025-12-31 comes 元旦 2026 (1/1 – 1/3 off), then Sun 2026-01-04 调休上班', () => {
    expectWorking(['2026-01-01', '2026-01-02', '2026-01-03'], false)
    expectWorking(['2026-01-04'], true)
    expect(describeDay('2026-01-01')).toMatchObject({ status: 'holiday', name: '元旦' })
    expect(nextWorkingDay('2025-12-31', NO_OVERRIDES)).toBe('2026-01-04')
    expect(pkgNthWorkday(1, '2025-12-31')).toBe('2026-01-04')
  })

  it('year boundary: after Tue 2024-12-31 comes 元旦 2025 (1/1 only, no 调休), then Thu 2025-01-02', () => {
    expectWorking(['2025-01-01'], false)
    expect(nextWorkingDay('2024-12-31', NO_OVERRIDES)).toBe('2025-01-02')
    expect(pkgNthWorkday(1, '2024-12-31')).toBe('2025-01-02')
  })
})

describe('addWorkingDays', () => {
  it('with 0 is the same day when it is a working day, else the next working day', () => {
    expect(addWorkingDays('2025-09-30', 0, NO_OVERRIDES)).toBe('2025-09-30')
    expect(addWorkingDays('2025-10-03', 0, NO_OVERRIDES)).toBe('2025-10-09')
    expect(addWorkingDays('2025-03-08', 0, NO_OVERRIDES)).toBe('2025-03-10')
    expect(addWorkingDays('2025-10-03', 0, NO_OVERRIDES)).toBe(pkgNthWorkday(0, '2025-10-03'))
  })

  it('does not count the start day, even when it is a working day (受理后 N 个工作日)', () => {
    expect(addWorkingDays('2025-03-03', 1, NO_OVERRIDES)).toBe('2025-03-04')
    expect(addWorkingDays('2025-03-07', 1, NO_OVERRIDES)).toBe('2025-03-10')
    expect(addWorkingDays('2025-03-08', 1, NO_OVERRIDES)).toBe('2025-03-10')
  })

  it('20 working days (依申请公开 Art. 33) from Mon 2025-09-15 cross 国庆·中秋 2025 and land where the package says', () => {
    const due = addWorkingDays('2025-09-15', 20, NO_OVERRIDES)
    expect(due).toBe(pkgNthWorkday(20, '2025-09-15'))
    expect(due).toBe('2025-10-17')
  })

  it('rejects negative or fractional counts and malformed dates', () => {
    expect(() => addWorkingDays('2025-03-03', -1, NO_OVERRIDES)).toThrow(RangeError)
    expect(() => addWorkingDays('2025-03-03', 1.5, NO_OVERRIDES)).toThrow(RangeError)
    expect(() => addWorkingDays('2025-02-29', 1, NO_OVERRIDES)).toThrow(RangeError)
    expect(() => addWorkingDays('2025/03/03', 1, NO_OVERRIDES)).toThrow(RangeError)
  })

  it('agrees with the package for random starts and counts in the covered years', () => {
    const { first, last } = coveredYearRange()
    const span = Math.round((Date.UTC(last, 11, 20) - Date.UTC(first, 0, 1)) / 86_400_000)
    fc.assert(
      fc.property(fc.integer({ min: 0, max: span }), fc.integer({ min: 1, max: 40 }), (offset, n) => {
        const start = addCalendarDays(`${first}-01-01`, offset)
        expect(addWorkingDays(start, n, NO_OVERRIDES)).toBe(pkgNthWorkday(n, start))
      }),
      { numRuns: 300 }
    )
  })
})

describe('workingDaysBetween', () => {
  it('is 0 for the same day and counts the end but not the start', () => {
    expect(workingDaysBetween('2025-10-05', '2025-10-05', NO_OVERRIDES)).toBe(0)
    expect(workingDaysBetween('2025-09-30', '2025-10-09', NO_OVERRIDES)).toBe(1)
    expect(workingDaysBetween('2025-09-26', '2025-10-12', NO_OVERRIDES)).toBe(6)
    expect(workingDaysBetween('2025-10-01', '2025-10-08', NO_OVERRIDES)).toBe(0)
  })

  it('is antisymmetric: swapping the dates negates the count (国庆 2025)', () => {
    expect(workingDaysBetween('2025-10-12', '2025-09-26', NO_OVERRIDES)).toBe(-6)
    expect(workingDaysBetween('2025-10-09', '2025-09-30', NO_OVERRIDES)).toBe(-1)
  })

  it('inverts addWorkingDays and is antisymmetric for any start, count and overrides', () => {
    const overrides = overridesFrom([closed('2025-03-05'), open('2025-03-09'), closed('2025-10-09'), open('2025-10-04')])
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 800 }), fc.integer({ min: 1, max: 30 }), (offset, n) => {
        const start = addCalendarDays('2024-12-01', offset)
        const due = addWorkingDays(start, n, overrides)
        expect(isWorkingDay(due, overrides)).toBe(true)
        expect(workingDaysBetween(start, due, overrides)).toBe(n)
        expect(workingDaysBetween(due, start, overrides)).toBe(-n)
      }),
      { numRuns: 200 }
    )
  })
})

describe('admin overrides win over the official schedule', () => {
  it('closing a working day (flood) moves a 3-working-day deadline by one: Mon 2025-03-03 → Thu 3/6 becomes Fri 3/7', () => {
    const before = recomputeDeadline('2025-03-03', 3, NO_OVERRIDES)
    expect(before).toMatchObject({ start: '2025-03-03', workingDays: 3, dueDate: '2025-03-06', provisional: false })
    const after = recomputeDeadline('2025-03-03', 3, overridesFrom([closed('2025-03-05')]))
    expect(after.dueDate).toBe('2025-03-07')
    expect(after.dueBy.toISOString()).toBe('2025-03-07T16:00:00.000Z')
  })

  it('closing a day after the due date or a day that was off anyway moves nothing', () => {
    expect(recomputeDeadline('2025-03-03', 3, overridesFrom([closed('2025-03-10'), closed('2025-03-08')])).dueDate).toBe(
      '2025-03-06'
    )
  })

  it('an open override on a Sunday (2025-03-09) makes it a working day named by its reason', () => {
    const overrides = overridesFrom([open('2025-03-09')])
    expect(describeDay('2025-03-09', overrides)).toMatchObject({
      working: true,
      status: 'open',
      name: '集中办理医保缴费，周日照常上班',
      weekday: 0
    })
    expect(nextWorkingDay('2025-03-07', overrides)).toBe('2025-03-09')
    expect(workingDaysBetween('2025-03-07', '2025-03-10', overrides)).toBe(2)
  })

  it('a closed make-up day (Sun 2025-09-28) is off and an opened holiday (2025-10-02) is on', () => {
    const overrides = overridesFrom([closed('2025-09-28', '停电检修'), open('2025-10-02', '国庆值班窗口开放')])
    expect(describeDay('2025-09-28', overrides)).toMatchObject({ working: false, status: 'closed', name: '停电检修' })
    expect(describeDay('2025-10-02', overrides)).toMatchObject({ working: true, status: 'open', name: '国庆值班窗口开放' })
    expect(nextWorkingDay('2025-09-26', overrides)).toBe('2025-09-29')
    expect(nextWorkingDay('2025-09-30', overrides)).toBe('2025-10-02')
  })
})

describe('years beyond the built-in schedule', () => {
  const unknownYear = coveredYearRange().last + 1
  const firstWeekday = (year: number) => {
    let date = `${year}-01-01`
    while (weekdayOf(date) === 0 || weekdayOf(date) === 6) date = addCalendarDays(date, 1)
    return date
  }

  it('reports which years are covered', () => {
    expect(isCovered(2025)).toBe(true)
    expect(isCovered(2026)).toBe(true)
    expect(isCovered(unknownYear)).toBe(false)
    expect(isCovered(2100)).toBe(false)
  })

  it('falls back to weekends only (as the package itself does) and says so on every day', () => {
    const jan = firstWeekday(unknownYear)
    expect(pkgWorks(jan)).toBe(true)
    expect(describeDay(jan)).toMatchObject({ working: true, status: 'workday', officialScheduleKnown: false })
    expect(describeDay('2025-01-02').officialScheduleKnown).toBe(true)
    const week = describeRange(`${unknownYear}-03-01`, `${unknownYear}-03-07`)
    expect(week.filter((d) => d.working)).toHaveLength(5)
    expect(week.every((d) => d.working === (d.weekday !== 0 && d.weekday !== 6))).toBe(true)
  })

  it('marks deadlines reaching into an unknown year provisional; an admin override fills the gap', () => {
    const jan = firstWeekday(unknownYear)
    const start = addCalendarDays(jan, -3)
    const deadline = recomputeDeadline(start, 5, NO_OVERRIDES)
    expect(deadline.provisional).toBe(true)
    const withHoliday = recomputeDeadline(start, 5, overridesFrom([closed(jan, '元旦（国务院已公布，待数据更新）')]))
    expect(withHoliday.dueDate).toBe(addWorkingDays(deadline.dueDate, 1, NO_OVERRIDES))
    expect(recomputeDeadline('2025-06-02', 5, NO_OVERRIDES).provisional).toBe(false)
  })
})

describe('dates in China time', () => {
  it('toLocalDate reads the instant in Asia/Shanghai, not the server zone', () => {
    expect(toLocalDate(new Date('2025-09-30T15:59:59Z'))).toBe('2025-09-30')
    expect(toLocalDate(new Date('2025-09-30T16:00:00Z'))).toBe('2025-10-01')
    expect(toLocalDate(new Date('2025-10-01T00:30:00+08:00'))).toBe('2025-10-01')
    expect(startOfLocalDay('2025-10-01').toISOString()).toBe('2025-09-30T16:00:00.000Z')
    expect(endOfLocalDay('2025-12-31').toISOString()).toBe('2025-12-31T16:00:00.000Z')
    expect(() => toLocalDate(new Date('nonsense'))).toThrow(RangeError)
  })

  it('gives the same answers whatever the process time zone is', () => {
    const saved = process.env.TZ
    const answers = () => [
      toLocalDate(new Date('2025-09-30T16:30:00Z')),
      weekdayOf('2025-10-11'),
      addWorkingDays('2025-09-30', 1, NO_OVERRIDES),
      startOfLocalDay('2026-02-14').toISOString()
    ]
    try {
      const results = ['UTC', 'America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Kiritimati'].map((tz) => {
        process.env.TZ = tz
        return answers()
      })
      for (const r of results) expect(r).toEqual(['2025-10-01', 6, '2025-10-09', '2026-02-13T16:00:00.000Z'])
    } finally {
      if (saved === undefined) delete process.env.TZ
      else process.env.TZ = saved
    }
  })

  it('names every day of a range, both ends included', () => {
    const days = describeRange('2025-09-27', '2025-10-12')
    expect(days).toHaveLength(16)
    expect(days.map((d) => d.name)).toEqual([
      '周六',
      '国庆节调休上班',
      '周一',
      '周二',
      '国庆节',
      '国庆节',
      '国庆节',
      '国庆节',
      '国庆节',
      '中秋节',
      '国庆节',
      '国庆节',
      '周四',
      '周五',
      '国庆节调休上班',
      '周日'
    ])
    expect(describeRange('2025-10-02', '2025-10-01')).toEqual([])
    expect(getDayDetail(pkgNoon('2025-10-06')).name).toContain('中秋')
  })
})
