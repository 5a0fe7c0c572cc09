import type { SeedOpeningTemplate } from './types'

/** The hall's hours (seed 000): 8:30–12:00 and 14:30–17:30 on working days. */
const HALL_HOURS = [
  { start: '08:30', end: '12:00' },
  { start: '14:30', end: '17:30' }
]

const everyWorkingDay = { weekdays: [1, 2, 3, 4, 5], sessions: HALL_HOURS, horizonDays: 14, closeBeforeMinutes: 60, changeBeforeMinutes: 120 }

/**
 * Online booking (预约服务, seed 000 and 002) for every window whose guides offer it: half-hour slots
 * in the hall's hours, more seats at the busy 民政 and 社保 windows; 宅基地 is booked on its own on the
 * Tuesday and Thursday afternoons when the 自然资源所 and 规划 staff sit together (联审联办).
 */
export const openingTemplates: SeedOpeningTemplate[] = [
  { departmentKey: 'minzheng', ...everyWorkingDay, slotMinutes: 30, capacity: 3 },
  { departmentKey: 'shebao', ...everyWorkingDay, slotMinutes: 30, capacity: 3 },
  { departmentKey: 'yibao', ...everyWorkingDay, slotMinutes: 30, capacity: 2 },
  { departmentKey: 'weijian', ...everyWorkingDay, slotMinutes: 30, capacity: 2 },
  { departmentKey: 'tuiyi', ...everyWorkingDay, slotMinutes: 30, capacity: 2 },
  { departmentKey: 'guihua', ...everyWorkingDay, slotMinutes: 30, capacity: 2 },
  {
    departmentKey: 'guihua',
    guideSlug: 'zhaijidi',
    ...everyWorkingDay,
    weekdays: [2, 4],
    sessions: [{ start: '14:30', end: '17:30' }],
    slotMinutes: 60,
    capacity: 2
  },
  { departmentKey: 'dangqun', ...everyWorkingDay, slotMinutes: 30, capacity: 2 }
]
