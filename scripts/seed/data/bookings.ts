import type { SeedBooking } from './types'

/**
 * The hall's demo day (seed 000: 预约办理, 现场办理, 签到): bookings at each kind of window on the
 * demo's working day and the two working days before, so the day view always has someone to check
 * in, a visit to finish and a no-show to mark, whatever the hour the demo starts. Times follow the
 * hall's hours; today's outcome applies once the slot is over (before that a booking is still 已预约).
 * Codes are fixed so reseeding finds them.
 */
export const bookings: SeedBooking[] = [
  { code: 'MZ2A', day: 'today', start: '08:30', guideSlug: 'gaoling-jintie', helped: '李桂兰', by: 'chen-xiaoyan', outcome: 'booked' },
  { code: 'MZ3B', day: 'today', start: '09:00', guideSlug: 'canji-liangbu', person: 'tan-haibo', outcome: 'checked_in' },
  { code: 'MZ4C', day: 'today', start: '09:30', guideSlug: 'laonianren-youdaizheng', helped: '王德福', by: 'chen-xiaoyan', outcome: 'completed' },
  { code: 'MZ5D', day: 'today', start: '10:00', guideSlug: 'tekun', person: 'zhou-zhiqiang', outcome: 'cancelled' },
  { code: 'MZ6E', day: 'today', start: '14:30', guideSlug: 'gaoling-jintie', person: 'li-xiuying', outcome: 'booked' },
  { code: 'MZ7F', day: 'today', start: '16:30', guideSlug: 'canji-liangbu', person: 'zhou-zhiqiang', outcome: 'booked' },
  { code: 'MZ8G', day: 'today', walkIn: { name: '张冬梅', department: 'minzheng', note: '来问低保年审要带什么' } },
  { code: 'TY2H', day: 'today', start: '09:30', guideSlug: 'tuiyi-zhuyuan-youdai', person: 'zhou-zhiqiang', outcome: 'checked_in' },
  { code: 'TY3J', day: 'today', start: '15:00', guideSlug: 'youdaizheng', helped: '邹水生', by: 'huang-siyuan', outcome: 'booked' },
  { code: 'GH2K', day: 'today', start: '10:30', guideSlug: 'weifang-gaizao', person: 'tan-haibo', outcome: 'booked' },
  { code: 'MZ9L', day: 'previous', start: '09:00', guideSlug: 'dibao', person: 'li-xiuying', outcome: 'completed' },
  { code: 'MZAM', day: 'previous', start: '10:00', guideSlug: 'tekun', person: 'zhou-zhiqiang', outcome: 'booked' },
  { code: 'MZBN', day: 'previous', start: '15:30', guideSlug: 'gaoling-jintie', helped: '李桂兰', by: 'chen-xiaoyan', outcome: 'no_show' },
  { code: 'TY4P', day: 'previous', start: '14:30', guideSlug: 'youdaizheng', person: 'zhou-zhiqiang', outcome: 'completed' },
  { code: 'MZCQ', day: 'before', start: '09:30', guideSlug: 'canji-liangbu', person: 'tan-haibo', outcome: 'cancelled' },
  { code: 'MZDR', day: 'before', start: '15:00', guideSlug: 'laonianren-youdaizheng', person: 'li-xiuying', outcome: 'completed' }
]
