import { chinaClock } from '../../shared/chinaTime'

const DAY_MS = 86_400_000
const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六']
const NAMED: Record<number, string> = { [-1]: '昨天', 0: '今天', 1: '明天', 2: '后天' }

/** A choice of a picker: its value and what it reads. */
export interface Choice {
  value: string
  label: string
}

/**
 * Days to pick from, `from` to `to` days after today (negative: before), in China time:
 * `今天 3月3日`, `周四 3月6日`.
 */
export function dayChoices(now: Date, from: number, to: number): Choice[] {
  const out: Choice[] = []
  for (let i = from; i <= to; i++) {
    const c = chinaClock(now.getTime() + i * DAY_MS)
    const weekday = WEEKDAYS[new Date(`${c.date}T00:00:00Z`).getUTCDay()]
    out.push({ value: c.date, label: `${NAMED[i] ?? `周${weekday}`} ${c.month}月${c.day}日` })
  }
  return out
}

/** Whole hours from 08:00 to 19:00; on `date` today only those ahead (`future`) or gone by (past) of `now`. */
export function hourChoices(now: Date, date: string, when: 'future' | 'past'): Choice[] {
  const today = chinaClock(now)
  return Array.from({ length: 12 }, (_, i) => 8 + i)
    .filter((h) => date !== today.date || (when === 'future' ? h * 60 > today.minutesOfDay : h * 60 <= today.minutesOfDay))
    .map((h) => {
      const value = `${String(h).padStart(2, '0')}:00`
      return { value, label: value }
    })
}

/** The instant of a China date and time of day, as the API takes it. */
export function chinaInstant(date: string, time: string): string {
  return `${date}T${time}:00+08:00`
}
