import * as z from './zod'
import { objectId, personName, phone, text, tidy } from './common'
import { localDateSchema, type LocalDate } from './calendar'
import { defineLifecycle } from './lifecycle'

/**
 * Appointments (预约办理): weekly opening templates per window (or one service of a window), exceptions
 * for single days, slots with a capacity, bookings with a check-in code, and the staff day view.
 * Times of day are `HH:MM` in China time; dates are LocalDate (`YYYY-MM-DD`, Asia/Shanghai).
 */

/**
 * Where a booking stands.
 * - pending: the seat is being taken (internal; never shown, removed when the slot is full)
 * - booked: holds a seat, waiting for the visit
 * - checked_in: the person arrived and was checked in (walk-ins start here)
 * - completed: served; the person is invited to rate the visit
 * - no_show: did not come; marked by staff after the slot ended
 * - cancelled: cancelled by the person (or by staff when the window closed); the seat went back
 */
export const BOOKING_STATUSES = ['pending', 'booked', 'checked_in', 'completed', 'no_show', 'cancelled'] as const
export type BookingStatus = (typeof BOOKING_STATUSES)[number]
/** Statuses a person or staff ever sees. */
export type VisibleBookingStatus = Exclude<BookingStatus, 'pending'>

export const BOOKING_STATUS_LABELS: Record<BookingStatus, string> = {
  pending: '正在预约',
  booked: '已预约',
  checked_in: '已签到',
  completed: '已办结',
  no_show: '未到场',
  cancelled: '已取消'
}

/** Everything that can happen to a booking; each is one update on its record. */
export const BOOKING_ACTIONS = ['book', 'reschedule', 'cancel', 'checkIn', 'complete', 'markNoShow', 'walkIn'] as const
export type BookingAction = (typeof BOOKING_ACTIONS)[number]
export const BOOKING_ACTION_LABELS: Record<BookingAction, string> = {
  book: '预约成功',
  reschedule: '改约',
  cancel: '取消预约',
  checkIn: '到窗口签到',
  complete: '办结',
  markNoShow: '未到场',
  walkIn: '现场办理'
}

/** Who changes a booking: the person (or whoever booked for them), hall staff, or the system (the seat sweep). */
export type BookingActor = 'resident' | 'staff' | 'system'

/**
 * The booking lifecycle. An online booking is written `pending` while its seat is taken, then
 * `book` confirms it; a walk-in is created checked in.
 */
export const BOOKING_LIFECYCLE = defineLifecycle<BookingStatus, BookingAction, BookingActor>({
  noun: '这个预约',
  conflictCode: 'BOOKING_CHANGED',
  statusLabels: BOOKING_STATUS_LABELS,
  actionLabels: BOOKING_ACTION_LABELS,
  table: {
    book: { from: ['pending'], to: 'booked', by: ['resident', 'system'] },
    reschedule: { from: ['booked'], to: 'same', by: ['resident'] },
    cancel: { from: ['booked'], to: 'cancelled', by: ['resident', 'staff'] },
    checkIn: { from: ['booked', 'no_show'], to: 'checked_in', by: ['staff'] },
    complete: { from: ['checked_in'], to: 'completed', by: ['staff'] },
    markNoShow: { from: ['booked'], to: 'no_show', by: ['staff'] },
    walkIn: { from: [], to: 'checked_in', by: ['staff'] }
  }
})

/** How a visit came about: booked online, or recorded at the hall without a booking (现场办理). */
export const BOOKING_SOURCES = ['online', 'walkin'] as const
export type BookingSource = (typeof BOOKING_SOURCES)[number]
export const BOOKING_SOURCE_LABELS: Record<BookingSource, string> = { online: '网上预约', walkin: '现场办理' }

/**
 * Check-in codes use digits and capitals without the look-alikes 0/O and 1/I, so a code read out
 * at the window or typed from a screen cannot be mistaken.
 */
export const CHECKIN_CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'
export const CHECKIN_CODE_LENGTH = 4

/** A code as typed by staff: spaces and dashes dropped, lower case accepted. */
export const checkInCodeSchema = z
  .pipe(
    z.string({ error: '请输入 4 位签到码' }),
    z.transform((s: string) => s.replace(/[\s-]/g, '').toUpperCase())
  )
  .check(
    z.refine((s) => s.length === CHECKIN_CODE_LENGTH, { error: '签到码是 4 位，请核对后再输入' }),
    z.refine((s) => [...s].every((c) => CHECKIN_CODE_ALPHABET.includes(c)), {
      error: '签到码里没有数字 0、1 和字母 O、I，请核对后再输入'
    })
  )

const QR_PREFIX = 'XLB1'

/** What a booking's QR code holds: `XLB1:<yyyymmdd>:<code>` (only QR alphanumeric characters, so the code stays small). */
export function bookingQrText(date: LocalDate, code: string): string {
  return `${QR_PREFIX}:${date.replace(/-/g, '')}:${code}`
}

/** Reads a scanned booking QR; null when the text is not one of ours. */
export function parseBookingQr(raw: string): { date: LocalDate; code: string } | null {
  const m = /^XLB1:(\d{4})(\d{2})(\d{2}):([0-9A-Z]+)$/.exec(raw.trim().toUpperCase())
  if (!m) return null
  const code = checkInCodeSchema.safeParse(m[4])
  if (!code.success) return null
  const date = `${m[1]}-${m[2]}-${m[3]}`
  return localDateSchema.safeParse(date).success ? { date, code: code.data } : null
}

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/

/** A time of day `HH:MM` (24-hour clock, China time). */
export const timeOfDaySchema = z
  .string({ error: '时间格式应为 09:30 这样的“时:分”' })
  .check(z.trim(), z.regex(HHMM, { error: '时间格式应为 09:30 这样的“时:分”' }))

/** Minutes after midnight of `HH:MM`. */
export function minutesOf(hhmm: string): number {
  const m = HHMM.exec(hhmm)
  if (!m) throw new RangeError(`not a time of day: ${hhmm}`)
  return Number(m[1]) * 60 + Number(m[2])
}

/** `HH:MM` of minutes after midnight. */
export function formatMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
}

/** `09:30` → `0930`: the slot part of stable element ids (`book-slot-0930`). */
export function slotIdPart(hhmm: string): string {
  return hhmm.replace(':', '')
}

/** Lengths a slot may have. */
export const SLOT_MINUTES = [10, 15, 20, 30, 45, 60, 90, 120] as const

/** One opening session of a day, e.g. 08:30–12:00. */
export const sessionSchema = z
  .strictObject({ start: timeOfDaySchema, end: timeOfDaySchema })
  .check(
    z.refine((s) => !HHMM.test(s.start) || !HHMM.test(s.end) || minutesOf(s.start) < minutesOf(s.end), {
      error: '每段办公时间的结束时间要晚于开始时间'
    })
  )
export type Session = z.output<typeof sessionSchema>

/** A slot of a day: `start`–`end`. */
export interface SlotTime {
  start: string
  end: string
}

/**
 * Cuts sessions into slots of `slotMinutes`, in time order; a remainder shorter than a slot is not
 * offered (08:30–12:00 with 60-minute slots gives 08:30, 09:30, 10:30). Duplicate starts are dropped.
 */
export function cutSlots(sessions: readonly Session[], slotMinutes: number): SlotTime[] {
  const starts = new Map<number, number>()
  for (const s of sessions) {
    const end = minutesOf(s.end)
    for (let t = minutesOf(s.start); t + slotMinutes <= end; t += slotMinutes) if (!starts.has(t)) starts.set(t, t + slotMinutes)
  }
  return [...starts.entries()].sort((a, b) => a[0] - b[0]).map(([s, e]) => ({ start: formatMinutes(s), end: formatMinutes(e) }))
}

/** True when two sessions of a list overlap (touching ends are fine). */
export function sessionsOverlap(sessions: readonly Session[]): boolean {
  const sorted = [...sessions].sort((a, b) => minutesOf(a.start) - minutesOf(b.start))
  for (let i = 1; i < sorted.length; i++) if (minutesOf(sorted[i]!.start) < minutesOf(sorted[i - 1]!.end)) return true
  return false
}

const sessionsSchema = z
  .array(sessionSchema, { error: '请填写办公时间段' })
  .check(
    z.minLength(1, { error: '请至少填写一段办公时间' }),
    z.maxLength(6, { error: '一天最多 6 段办公时间' }),
    // zod runs refinements even when an element already failed; compare only well-formed times.
    z.refine((list) => !list.every((x) => HHMM.test(x.start) && HHMM.test(x.end)) || !sessionsOverlap(list), {
      error: '办公时间段之间不能重叠，请调整'
    })
  )

/** Weekdays a template serves: 1 = Monday … 5 = Friday. */
export const WEEKDAYS = [1, 2, 3, 4, 5] as const
export const WEEKDAY_LABELS: Record<number, string> = { 0: '周日', 1: '周一', 2: '周二', 3: '周三', 4: '周四', 5: '周五', 6: '周六' }

/**
 * A weekly opening template (预约时段模板) of a window, or of one service at that window when
 * `guideId` is set (a service-specific template wins over the window's). Slots exist on working days
 * only: on the chosen weekdays, and on make-up working days (调休上班) when every weekday is chosen.
 */
export const openingTemplateSchema = z.strictObject({
  departmentId: objectId,
  guideId: z._default(z.nullable(objectId), null),
  weekdays: z
    .array(z.literal(WEEKDAYS, { error: '星期只能选周一到周五' }))
    .check(
      z.minLength(1, { error: '请至少选一个星期几' }),
      z.maxLength(5),
      z.refine((d) => new Set(d).size === d.length, { error: '星期几不能重复' })
    ),
  sessions: sessionsSchema,
  slotMinutes: z.literal(SLOT_MINUTES, { error: `每个时段的长度只能是 ${SLOT_MINUTES.join('、')} 分钟` }),
  capacity: z.number({ error: '请填写每个时段可约人数' }).check(z.int({ error: '可约人数要是整数' }), z.minimum(1, { error: '每个时段至少可约 1 人' }), z.maximum(50, { error: '每个时段最多可约 50 人' })),
  /** How many days ahead people may book (today counts as day 0). */
  horizonDays: z._default(z.number().check(z.int(), z.minimum(1, { error: '至少开放 1 天后的预约' }), z.maximum(60, { error: '最多开放 60 天内的预约' })), 14),
  /** Booking a slot closes this many minutes before it starts. */
  closeBeforeMinutes: z._default(z.number().check(z.int(), z.minimum(0), z.maximum(24 * 60, { error: '截止时间最多提前 24 小时' })), 60),
  /** Cancelling or rescheduling online closes this many minutes before the slot. */
  changeBeforeMinutes: z._default(z.number().check(z.int(), z.minimum(0), z.maximum(48 * 60, { error: '取消、改约最多提前 48 小时截止' })), 120),
  active: z._default(z.boolean(), true)
})
export type OpeningTemplateInput = z.input<typeof openingTemplateSchema>
export type OpeningTemplate = z.output<typeof openingTemplateSchema>

/** Body of `PUT /staff/appointments/templates`: the template and the revision the editor started from (0 for a new one). */
export const saveOpeningTemplateSchema = z.strictObject({
  template: openingTemplateSchema,
  baseRevision: z.number().check(z.int(), z.minimum(0))
})
export type SaveOpeningTemplateInput = z.input<typeof saveOpeningTemplateSchema>

/** What an exception does to one day: `closed` (no slots), `extra` (sessions added to the day's usual ones). */
export const EXCEPTION_KINDS = ['closed', 'extra'] as const
export type ExceptionKind = (typeof EXCEPTION_KINDS)[number]
export const EXCEPTION_KIND_LABELS: Record<ExceptionKind, string> = { closed: '当天停约', extra: '加开时段' }

/** Body of `PUT /staff/appointments/templates/:id/exceptions/:date`. */
export const scheduleExceptionSchema = z
  .strictObject({
    kind: z.enum(EXCEPTION_KINDS, { error: '请选择“当天停约”(closed) 或“加开时段”(extra)' }),
    reason: text(60, '原因'),
    sessions: z._default(z.array(sessionSchema).check(z.maxLength(6)), []),
    /** Seats per slot of the extra sessions; the template's when left out. */
    capacity: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(50))),
    /** Closing a day that already has bookings: cancel them and tell the people (otherwise 409). */
    cancelExisting: z._default(z.boolean(), false)
  })
  .check(
    z.superRefine((e, ctx) => {
      if (e.kind === 'extra' && e.sessions.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['sessions'], message: '加开时段请至少填写一段时间' })
      }
      if (e.kind === 'closed' && e.sessions.length > 0) {
        ctx.addIssue({ code: 'custom', path: ['sessions'], message: '停约的日子不用填写时间段' })
      }
      if (sessionsOverlap(e.sessions)) ctx.addIssue({ code: 'custom', path: ['sessions'], message: '加开的时间段之间不能重叠' })
    })
  )
export type ScheduleExceptionInput = z.input<typeof scheduleExceptionSchema>

export const exceptionParamsSchema = z.strictObject({ id: objectId, date: localDateSchema })

/** Query of the public availability: one service (guide). */
export const availabilityQuerySchema = z.strictObject({ guideId: objectId })

/** Body of `POST /appointments`. */
export const bookAppointmentSchema = z.strictObject({
  guideId: objectId,
  date: localDateSchema,
  start: timeOfDaySchema
})
export type BookAppointmentInput = z.input<typeof bookAppointmentSchema>

/** Body of `POST /appointments/:id/reschedule`. */
export const rescheduleAppointmentSchema = z.strictObject({ date: localDateSchema, start: timeOfDaySchema })
export type RescheduleAppointmentInput = z.input<typeof rescheduleAppointmentSchema>

/** Body of `POST /appointments/:id/cancel`. */
export const cancelAppointmentSchema = z.strictObject({ reason: z.optional(z.string().check(tidy(), z.maxLength(100, { error: '原因不能超过 100 个字' }))) })

export const appointmentParamsSchema = z.strictObject({ id: objectId })

/** Query of `GET /appointments/mine`. */
export const myAppointmentsQuerySchema = z.strictObject({
  scope: z._default(z.enum(['upcoming', 'past'], { error: '只能查看“待办理”(upcoming) 或“历史”(past)' }), 'upcoming')
})

/** Query of the staff day view: a day (today when left out) and optionally one window. */
export const dayViewQuerySchema = z.strictObject({
  date: z.optional(localDateSchema),
  departmentId: z.optional(objectId)
})

/** Body of `POST /staff/appointments/check-in`: the code typed, or the text of a scanned QR. */
export const checkInSchema = z
  .strictObject({ code: z.optional(z.string().check(z.maxLength(20))), qr: z.optional(z.string().check(z.maxLength(100))) })
  .check(z.refine((b) => Boolean(b.code?.trim()) !== Boolean(b.qr?.trim()), { error: '请输入签到码，或扫描群众出示的预约二维码' }))

/** Body of `POST /staff/appointments/walk-ins`: a person served without a booking (never turned away). */
export const walkInSchema = z.strictObject({
  departmentId: objectId,
  guideId: z.optional(objectId),
  name: personName(20, '群众姓名'),
  phone: z.optional(phone),
  note: z.optional(z.string().check(tidy(), z.maxLength(100, { error: '备注不能超过 100 个字' })))
})
export type WalkInInput = z.input<typeof walkInSchema>

/** One slot as a resident picks it. */
export interface SlotDTO {
  start: string
  end: string
  capacity: number
  remaining: number
  /**
   * open: can be booked; full: no seat left; closed: booking has closed (too close to the start or over).
   */
  state: 'open' | 'full' | 'closed'
}

/** One day of the booking calendar. */
export interface AvailabilityDayDTO {
  date: LocalDate
  weekday: number
  /** What to show: 周二, 清明节, the exception's reason … */
  name: string
  /** False on holidays, weekends and days the window is closed: no slots. */
  open: boolean
  /** Why a day has no slots (休息日, 法定节假日, the window's closing reason). */
  closedReason: string | null
  slots: SlotDTO[]
}

/** `GET /appointments/availability?guideId=`: the days a service can be booked and its rules. */
export interface AvailabilityDTO {
  guideId: string
  guideTitle: string
  department: { id: string; name: string; windowName: string; place: string; phone: string }
  /** False when the window has no opening template (online booking not offered); `reason` says what to do. */
  bookable: boolean
  reason: string | null
  rules: { slotMinutes: number; closeBeforeMinutes: number; changeBeforeMinutes: number; horizonDays: number } | null
  today: LocalDate
  days: AvailabilityDayDTO[]
}

/** An entry of a booking's record: what changed, by whom (role), when, and what the person is told. */
export interface BookingUpdateDTO {
  at: string
  action: BookingAction
  authorRole: string
  publicText: string | null
}

/** A booking as the person who made it (or the person it is for) sees it. */
export interface BookingDTO {
  id: string
  status: VisibleBookingStatus
  source: BookingSource
  /** 4-character check-in code shown at the hall. */
  code: string
  /** What the QR code on the booking holds. */
  qrText: string
  guide: { id: string | null; title: string }
  department: { id: string; name: string; windowName: string; place: string; phone: string }
  date: LocalDate
  start: string
  end: string
  startsAt: string
  endsAt: string
  applicantName: string
  /** True when an assistant booked for the applicant. */
  onBehalf: boolean
  /** Cancelling and rescheduling online are possible until this instant. */
  changeDeadline: string
  canCancel: boolean
  canReschedule: boolean
  createdAt: string
  history: BookingUpdateDTO[]
}

/** A row of the staff day view. */
export interface StaffBookingDTO {
  id: string
  status: VisibleBookingStatus
  source: BookingSource
  code: string
  date: LocalDate
  start: string
  end: string
  guideTitle: string
  departmentId: string
  windowName: string
  applicantName: string
  applicantPhoneMasked: string | null
  onBehalf: boolean
  note: string | null
  checkedInAt: string | null
  /** The slot has ended and the person has not come: may be marked 未到场. */
  canMarkNoShow: boolean
  canComplete: boolean
}

export interface DayViewCounts {
  booked: number
  checkedIn: number
  completed: number
  noShow: number
  cancelled: number
  walkIns: number
}

/** `GET /staff/appointments/day`: one day of the windows I serve. */
export interface DayViewDTO {
  date: LocalDate
  today: LocalDate
  dayName: string
  working: boolean
  departments: { id: string; name: string; windowName: string }[]
  items: StaffBookingDTO[]
  counts: DayViewCounts
}

/** `POST /staff/appointments/check-in`. */
export interface CheckInResultDTO {
  booking: StaffBookingDTO
  /** True when the person had already been checked in (a repeated scan). */
  alreadyCheckedIn: boolean
}

/** An opening template as the editor sees it. */
export interface OpeningTemplateDTO extends OpeningTemplate {
  id: string
  townshipId: string
  departmentName: string
  windowName: string
  guideTitle: string | null
  revision: number
  updatedAt: string
  /** The slots of an ordinary day under this template (preview). */
  daySlots: SlotTime[]
  exceptions: ScheduleExceptionDTO[]
}

/** A day exception of a template. */
export interface ScheduleExceptionDTO {
  id: string
  templateId: string
  date: LocalDate
  kind: ExceptionKind
  reason: string
  sessions: Session[]
  capacity: number | null
  updatedAt: string
}

/** `PUT …/exceptions/:date`: the exception and how many bookings were cancelled because the day closed. */
export interface ScheduleExceptionSavedDTO {
  exception: ScheduleExceptionDTO
  cancelledBookings: number
}

/** `GET /staff/appointments/templates`: templates of the windows I serve, with the services that allow booking. */
export interface OpeningTemplateListDTO {
  templates: OpeningTemplateDTO[]
  departments: { id: string; name: string; windowName: string }[]
  bookableGuides: { id: string; title: string; departmentId: string }[]
}

/** `2025-03-04` → `3月4日 周二`, for lists and messages. */
export function formatDateCn(date: LocalDate): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay()
  return `${m}月${d}日 ${WEEKDAY_LABELS[weekday]}`
}
