/** Mainland China has one offset, UTC+8, and no daylight saving time. */
export const CHINA_OFFSET_MS = 8 * 3600_000

const DAY_MS = 86_400_000

/** An instant as a clock in China shows it. */
export interface ChinaClock {
  year: number
  /** 1–12. */
  month: number
  day: number
  hour: number
  minute: number
  /** `YYYY-MM-DD`. */
  date: string
  /** `HH:mm`. */
  time: string
  /** Minutes since 00:00 China time. */
  minutesOfDay: number
  /** Days since 1970-01-01 in China time (for "today", "yesterday"). */
  dayNumber: number
}

const pad = (n: number) => String(n).padStart(2, '0')

/** How an instant (a Date, epoch milliseconds or an ISO string) reads on a clock in China. */
export function chinaClock(at: Date | number | string): ChinaClock {
  const ms = (typeof at === 'string' ? Date.parse(at) : typeof at === 'number' ? at : at.getTime()) + CHINA_OFFSET_MS
  const d = new Date(ms)
  const hour = d.getUTCHours()
  const minute = d.getUTCMinutes()
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour,
    minute,
    date: d.toISOString().slice(0, 10),
    time: `${pad(hour)}:${pad(minute)}`,
    minutesOfDay: hour * 60 + minute,
    dayNumber: Math.floor(ms / DAY_MS)
  }
}

/** `11月22日 09:30` in China time. */
export function chinaMonthDayTime(at: Date | number | string): string {
  const c = chinaClock(at)
  return `${c.month}月${c.day}日 ${c.time}`
}
