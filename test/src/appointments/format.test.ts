import type { AvailabilityDayDTO, SlotDTO } from '../../../src/shared/appointments'
import {
  bookingWhen,
  bookingWhere,
  chinaDateTime,
  dayChips,
  firstOpenDay,
  rulesLine,
  shiftDate,
  slotButtons,
  statusLine
} from '../../../src/components/appointments/format'
import { qrDataUrl, qrMatrix } from '../../../src/components/appointments/qr'

const slot = (start: string, end: string, state: SlotDTO['state'], remaining = 2): SlotDTO => ({ start, end, capacity: 2, remaining, state })
const day = (date: string, over: Partial<AvailabilityDayDTO> = {}): AvailabilityDayDTO => ({
  date,
  weekday: 2,
  name: '周二',
  open: true,
  closedReason: null,
  slots: [],
  ...over
})

describe('day chips', () => {
  const days = [
    day('2025-03-03', { weekday: 1, slots: [slot('09:00', '09:30', 'closed'), slot('16:30', '17:00', 'open', 1)] }),
    day('2025-03-04', { slots: [slot('09:00', '09:30', 'full', 0)] }),
    day('2025-03-08', { weekday: 6, name: '周六', open: false, closedReason: '周末休息' }),
    day('2025-04-04', { weekday: 5, name: '清明节', open: false, closedReason: '清明节放假' }),
    day('2025-03-05', { open: false, closedReason: '窗口停约：培训' }),
    day('2025-03-06', { slots: [slot('09:00', '09:30', 'open', 2), slot('09:30', '10:00', 'open', 1)] })
  ]

  it('says what each day offers and lets only days with an open slot be chosen', () => {
    expect(dayChips(days, '2025-03-03').map((c) => [c.id, c.title, c.note, c.disabled])).toEqual([
      ['book-day-2025-03-03', '3月3日', '今天 · 余 1', false],
      ['book-day-2025-03-04', '3月4日', '周二 · 约满', true],
      ['book-day-2025-03-08', '3月8日', '周六 · 休息', true],
      ['book-day-2025-04-04', '4月4日', '周五 · 清明节', true],
      ['book-day-2025-03-05', '3月5日', '周三 · 停约', true],
      ['book-day-2025-03-06', '3月6日', '周四 · 余 3', false]
    ])
    expect(firstOpenDay(days)).toBe('2025-03-03')
    expect(firstOpenDay(days.slice(1, 5))).toBeNull()
  })

  it('labels slots with stable ids and seats left', () => {
    expect(slotButtons([slot('09:00', '09:30', 'open', 2), slot('09:30', '10:00', 'full', 0), slot('10:00', '10:30', 'closed')])).toEqual([
      { id: 'book-slot-0900', start: '09:00', label: '09:00–09:30', note: '余 2', disabled: false },
      { id: 'book-slot-0930', start: '09:30', label: '09:30–10:00', note: '约满', disabled: true },
      { id: 'book-slot-1000', start: '10:00', label: '10:00–10:30', note: '已截止', disabled: true }
    ])
  })
})

describe('booking texts', () => {
  it('writes when, where, the status and the rules plainly', () => {
    expect(bookingWhen({ date: '2025-03-04', start: '09:00', end: '09:30' })).toBe('3月4日 周二 09:00–09:30')
    expect(bookingWhere({ department: { id: 'd', name: '民政', windowName: '1号窗口 民政', place: '便民服务中心一楼 1号窗口', phone: '' } })).toBe(
      '1号窗口 民政（便民服务中心一楼 1号窗口）'
    )
    expect(bookingWhere({ department: { id: 'd', name: '民政', windowName: '1号窗口', place: '一楼 1号窗口', phone: '' } })).toBe('一楼 1号窗口')
    expect(statusLine('booked')).toBe('已预约：到大厅后出示签到码或二维码')
    expect(rulesLine({ closeBeforeMinutes: 60, changeBeforeMinutes: 90 })).toBe('每个时段开始前 1 小时停止预约；开始前 90 分钟以前可以在网上取消或改约。')
    expect(chinaDateTime('2025-03-03T23:00:00.000Z')).toBe('3月4日 07:00')
    expect(shiftDate('2025-02-28', 1)).toBe('2025-03-01')
    expect(shiftDate('2025-01-01', -1)).toBe('2024-12-31')
  })
})

describe('the booking QR code', () => {
  it('fits a booking payload in the smallest QR version, with finder patterns in three corners', () => {
    const m = qrMatrix('XLB1:20250304:AB7K')
    expect(m).toHaveLength(21)
    for (const [r, c] of [[0, 0], [0, 14], [14, 0]] as const) {
      expect(m[r]!.slice(c, c + 7).every(Boolean)).toBe(true)
      expect(m[r + 1]![c + 1]).toBe(false)
      expect(m[r + 3]![c + 3]).toBe(true)
    }
    expect(m[14]![14]).toBe(false)
  })

  it('renders to a GIF data URL without canvas or DOM (works in the mini-program and H5)', () => {
    const url = qrDataUrl('XLB1:20250304:AB7K', 4)
    expect(url).toMatch(/^data:image\/gif;base64,R0lGOD/)
    const gif = Buffer.from(url.split(',')[1]!, 'base64')
    expect(gif.readUInt16LE(6)).toBe(21 * 4 + 2 * 16)
    expect(qrDataUrl('XLB1:20250304:AB7K', 4)).toBe(url)
  })
})
