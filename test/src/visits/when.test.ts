import { chinaInstant, dayChoices, hourChoices } from '../../../src/components/visits/when'

describe('the visit time pickers', () => {
  const now = new Date('2025-03-03T09:20:00+08:00')

  it('name the days in China time: 今天, 明天, 后天, then the weekday', () => {
    expect(dayChoices(now, -1, 3)).toEqual([
      { value: '2025-03-02', label: '昨天 3月2日' },
      { value: '2025-03-03', label: '今天 3月3日' },
      { value: '2025-03-04', label: '明天 3月4日' },
      { value: '2025-03-05', label: '后天 3月5日' },
      { value: '2025-03-06', label: '周四 3月6日' }
    ])
    expect(dayChoices(new Date('2025-03-02T17:00:00Z'), 0, 0)[0]!.value).toBe('2025-03-03')
  })

  it('offer only hours still ahead today for a plan, and only hours gone by today for a visit', () => {
    expect(hourChoices(now, '2025-03-03', 'future')[0]!.value).toBe('10:00')
    expect(hourChoices(now, '2025-03-03', 'past').map((c) => c.value)).toEqual(['08:00', '09:00'])
    expect(hourChoices(now, '2025-03-04', 'future')).toHaveLength(12)
    expect(chinaInstant('2025-03-04', '10:00')).toBe('2025-03-04T10:00:00+08:00')
  })
})
