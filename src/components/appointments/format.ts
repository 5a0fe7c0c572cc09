import {
  BOOKING_STATUS_LABELS,
  formatDateCn,
  slotIdPart,
  type AvailabilityDayDTO,
  type BookingDTO,
  type SlotDTO,
  type VisibleBookingStatus
} from '../../shared/appointments'

/** What a day chip shows: the date, a second line, and whether it can be tapped. */
export interface DayChip {
  id: string
  date: string
  /** `3月4日` */
  title: string
  /** `周二 · 余 12`, `周六 · 休息`, `约满`, `已截止` … */
  note: string
  disabled: boolean
}

/** The day chips of a booking calendar: a day can be chosen when one of its slots is open. */
export function dayChips(days: readonly AvailabilityDayDTO[], today: string): DayChip[] {
  return days.map((d) => {
    const [, m, day] = d.date.split('-').map(Number) as [number, number, number]
    const weekday = d.date === today ? '今天' : formatDateCn(d.date).split(' ')[1]!
    const open = d.slots.filter((s) => s.state === 'open')
    const left = open.reduce((sum, s) => sum + s.remaining, 0)
    let note: string
    if (!d.open) note = closedNote(d)
    else if (open.length) note = `余 ${left}`
    else note = d.slots.some((s) => s.state === 'full') && d.slots.every((s) => s.state !== 'open') ? '约满' : '已截止'
    return { id: `book-day-${d.date}`, date: d.date, title: `${m}月${day}日`, note: `${weekday} · ${note}`, disabled: open.length === 0 }
  })
}

/** One or two words for a day without slots: the holiday's name, 休息, 停约 or 不约. */
function closedNote(d: AvailabilityDayDTO): string {
  const why = d.closedReason ?? ''
  if (why.endsWith('放假')) return d.name
  if (why === '周末休息') return '休息'
  if (why.startsWith('窗口停约') || why.startsWith('停止办公')) return '停约'
  return '不约'
}

/** The first day that can be booked, if any. */
export function firstOpenDay(days: readonly AvailabilityDayDTO[]): string | null {
  return days.find((d) => d.slots.some((s) => s.state === 'open'))?.date ?? null
}

/** What a slot button shows. */
export interface SlotButton {
  id: string
  start: string
  label: string
  note: string
  disabled: boolean
}

/** Slot buttons: `09:00–09:30` with `余 2` / `约满` / `已截止`. */
export function slotButtons(slots: readonly SlotDTO[]): SlotButton[] {
  return slots.map((s) => ({
    id: `book-slot-${slotIdPart(s.start)}`,
    start: s.start,
    label: `${s.start}–${s.end}`,
    note: s.state === 'open' ? `余 ${s.remaining}` : s.state === 'full' ? '约满' : '已截止',
    disabled: s.state !== 'open'
  }))
}

/** `3月4日 周二 09:00–09:30` */
export function bookingWhen(b: Pick<BookingDTO, 'date' | 'start' | 'end'>): string {
  return `${formatDateCn(b.date)} ${b.start}–${b.end}`
}

/** Where to go: the window and the place. */
export function bookingWhere(b: Pick<BookingDTO, 'department'>): string {
  const { windowName, name, place } = b.department
  const window = windowName || name
  return place && !place.includes(window) ? `${window}（${place}）` : place || window
}

/** The status in words, with what it means for the person. */
export function statusLine(status: VisibleBookingStatus): string {
  const hint: Record<VisibleBookingStatus, string> = {
    booked: '到大厅后出示签到码或二维码',
    checked_in: '已到窗口，请按工作人员安排办理',
    completed: '已经办好了',
    no_show: '那天没有到场，需要的话可以重新预约',
    cancelled: '这个预约已取消，需要的话可以重新预约'
  }
  return `${BOOKING_STATUS_LABELS[status]}：${hint[status]}`
}

/** `1 小时`, `30 分钟`, `2 小时`. */
export function minutesText(minutes: number): string {
  return minutes % 60 === 0 && minutes > 0 ? `${minutes / 60} 小时` : `${minutes} 分钟`
}

/** The cut-off rules in one sentence, for the confirm step. */
export function rulesLine(rules: { closeBeforeMinutes: number; changeBeforeMinutes: number }): string {
  return `每个时段开始前 ${minutesText(rules.closeBeforeMinutes)}停止预约；开始前 ${minutesText(rules.changeBeforeMinutes)}以前可以在网上取消或改约。`
}

/** `2025-03-04T01:00:00Z` → `3月4日 07:00` in China time (for the change deadline). */
export { chinaMonthDayTime as chinaDateTime } from '../../shared/chinaTime'

/** The date `days` calendar days after `date` (`YYYY-MM-DD`, negative goes back). */
export function shiftDate(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}
