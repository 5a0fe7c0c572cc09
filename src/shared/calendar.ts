import * as z from './zod'
import { objectId, text } from './common'

/** A calendar date in China time (Asia/Shanghai) written `YYYY-MM-DD`; no time, no zone. */
export type LocalDate = string

/** Most days one public calendar request may cover (about a quarter). */
export const MAX_CALENDAR_RANGE_DAYS = 92

/** Years an override may be set for. */
export const CALENDAR_MIN_YEAR = 2000
export const CALENDAR_MAX_YEAR = 2100

/** What an admin override does to a day: `closed` stops work, `open` makes it a working day. */
export const OVERRIDE_KINDS = ['closed', 'open'] as const
export type OverrideKind = (typeof OVERRIDE_KINDS)[number]
export const OVERRIDE_KIND_LABELS: Record<OverrideKind, string> = {
  closed: '停止办公',
  open: '照常上班'
}

/**
 * Why a day is or is not a working day:
 * `workday` an ordinary Monday–Friday; `weekend` an ordinary Saturday/Sunday;
 * `holiday` an official holiday (法定节假日及调休放假); `makeup` a weekend day worked in lieu (调休上班);
 * `closed` / `open` an admin override of the township.
 */
export const DAY_STATUSES = ['workday', 'weekend', 'holiday', 'makeup', 'closed', 'open'] as const
export type DayStatus = (typeof DAY_STATUSES)[number]

const DATE_MESSAGE = '日期格式应为 2025-10-01 这样的“年-月-日”，请检查'

/** The day number (days since 1970-01-01) of a well-formed `YYYY-MM-DD`, or null if it names no real date. */
function dayNumber(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!m) return null
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const ms = Date.UTC(y, mo - 1, d)
  const back = new Date(ms)
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null
  return ms / 86_400_000
}

/** A real calendar date written `YYYY-MM-DD` between the years 2000 and 2100. */
export const localDateSchema = z.string({ error: DATE_MESSAGE }).check(
  z.trim(),
  z.refine((s) => dayNumber(s) !== null, { error: DATE_MESSAGE }),
  z.refine(
    (s) => {
      const year = Number(s.slice(0, 4))
      return year >= CALENDAR_MIN_YEAR && year <= CALENDAR_MAX_YEAR
    },
    { error: `日期只能在 ${CALENDAR_MIN_YEAR} 年到 ${CALENDAR_MAX_YEAR} 年之间` }
  )
)

/** `:date` in the admin override paths. */
export const overrideDateParamsSchema = z.strictObject({ date: localDateSchema })

/** Body of `PUT /admin/calendar/overrides/:date`. */
export const putOverrideSchema = z.strictObject({
  kind: z.enum(OVERRIDE_KINDS, { error: '请选择“停止办公”(closed) 或“照常上班”(open)' }),
  reason: text(60, '原因')
})
export type PutOverrideInput = z.output<typeof putOverrideSchema>

/** Query of `GET /admin/calendar/overrides`: one year, the current one when left out. */
export const listOverridesQuerySchema = z.strictObject({
  year: z.optional(
    z.coerce
      .number({ error: '年份应为四位数字，如 2026' })
      .check(
        z.int({ error: '年份应为四位数字，如 2026' }),
        z.minimum(CALENDAR_MIN_YEAR, { error: `年份只能在 ${CALENDAR_MIN_YEAR} 年到 ${CALENDAR_MAX_YEAR} 年之间` }),
        z.maximum(CALENDAR_MAX_YEAR, { error: `年份只能在 ${CALENDAR_MIN_YEAR} 年到 ${CALENDAR_MAX_YEAR} 年之间` })
      )
  )
})

/** `:townshipId` of the public calendar path. */
export const townshipCalendarParamsSchema = z.strictObject({ townshipId: objectId })

/** Query of the public calendar: `from` and `to` inclusive, at most 92 days. */
export const calendarRangeQuerySchema = z
  .strictObject({
    from: localDateSchema,
    to: localDateSchema
  })
  .check(
    z.superRefine((q, ctx) => {
      const from = dayNumber(q.from)
      const to = dayNumber(q.to)
      if (from === null || to === null) return
      if (to < from) {
        ctx.addIssue({ code: 'custom', path: ['to'], message: '结束日期不能早于开始日期，请调换后再查' })
      } else if (to - from + 1 > MAX_CALENDAR_RANGE_DAYS) {
        ctx.addIssue({
          code: 'custom',
          path: ['to'],
          message: `一次最多查询 ${MAX_CALENDAR_RANGE_DAYS} 天，请缩短日期范围后分几次查询`
        })
      }
    })
  )
export type CalendarRangeQuery = z.output<typeof calendarRangeQuerySchema>

/** An admin override as the admin console sees it. */
export interface CalendarOverrideDTO {
  id: string
  townshipId: string
  date: LocalDate
  kind: OverrideKind
  reason: string
  createdBy: string
  createdAt: string
  updatedBy: string
  updatedAt: string
}

/** `GET /admin/calendar/overrides`: a year's overrides and whether the official schedule of that year is known. */
export interface CalendarOverrideListDTO {
  year: number
  /** False when the built-in State Council schedule does not cover the year: only weekends and overrides count. */
  officialScheduleKnown: boolean
  overrides: CalendarOverrideDTO[]
}

/** `DELETE /admin/calendar/overrides/:date`. */
export interface CalendarOverrideRemovedDTO {
  date: LocalDate
  /** False when there was no override on that date (a repeated delete). */
  removed: boolean
}

/** One day of a township's calendar. */
export interface CalendarDayDTO {
  date: LocalDate
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number
  working: boolean
  status: DayStatus
  /** What to show: 春节, 国庆节调休上班, 周六, the override's reason … */
  name: string
  /** False when the day's year lies beyond the built-in official schedule. */
  officialScheduleKnown: boolean
}

/** `GET /townships/:townshipId/calendar`. */
export interface TownshipCalendarDTO {
  townshipId: string
  from: LocalDate
  to: LocalDate
  days: CalendarDayDTO[]
  /** Years of the range whose official holiday schedule is not yet known (weekends only until an admin adds it). */
  unknownYears: number[]
}

/** What every answer and screen says of a deadline reaching into a year whose official schedule is not entered. */
export function provisionalNote(years: readonly number[]): string {
  return `${years.join('、')}年节假日安排未录入，期限可能调整`
}

/** The festivals of the State Council's yearly notice, in its order (the form offers one row each). */
export const OFFICIAL_FESTIVALS = ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节'] as const

/** The longest one festival's days off run in the State Council's notices (春节, 国庆节: 8 days). */
export const MAX_FESTIVAL_DAYS = 12

const festivalName = text(10, '节日名称')

/**
 * Body of `PUT /admin/calendar/official/:year`: the State Council's schedule of one year as its notice
 * words it — each festival's days off from … to …, and the make-up working days (调休上班).
 */
export const officialScheduleSchema = z
  .strictObject({
    holidays: z
      .array(z.strictObject({ name: festivalName, from: localDateSchema, to: localDateSchema }), { error: '请填写放假安排' })
      .check(z.minLength(1, { error: '请至少填写一个节日的放假日期' }), z.maxLength(12, { error: '节日不能超过 12 个' })),
    workdays: z._default(
      z.array(z.strictObject({ name: festivalName, date: localDateSchema })).check(z.maxLength(20, { error: '调休上班日不能超过 20 天' })),
      []
    )
  })
  .check(
    z.superRefine((s, ctx) => {
      s.holidays.forEach((h, i) => {
        const from = dayNumber(h.from)
        const to = dayNumber(h.to)
        if (from === null || to === null) return
        if (to < from) ctx.addIssue({ code: 'custom', path: ['holidays', i, 'to'], message: `${h.name}的结束日期早于开始日期，请核对` })
        else if (to - from + 1 > MAX_FESTIVAL_DAYS) ctx.addIssue({ code: 'custom', path: ['holidays', i, 'to'], message: `${h.name}放假超过 ${MAX_FESTIVAL_DAYS} 天，请核对日期` })
      })
    })
  )
export type OfficialScheduleInput = z.input<typeof officialScheduleSchema>

/** `:year` of the official schedule path. */
export const officialYearParamsSchema = z.strictObject({
  year: z.coerce
    .number({ error: '年份应为四位数字，如 2027' })
    .check(z.int({ error: '年份应为四位数字，如 2027' }), z.minimum(CALENDAR_MIN_YEAR), z.maximum(CALENDAR_MAX_YEAR))
})

/** `PUT /admin/calendar/official/:year`: what was written. */
export interface OfficialScheduleDTO {
  year: number
  /** Days off written as closed. */
  holidays: number
  /** Make-up days written as open. */
  workdays: number
  /** Earlier entries of the year no longer in the schedule, removed. */
  removed: number
}

/** `GET /admin/calendar/status`: whether the admin must enter next year's schedule. */
export interface CalendarStatusDTO {
  /** The year looked at: next year from 1 November, else this year. */
  year: number
  officialScheduleKnown: boolean
  /** The warning to show, or null. */
  warning: string | null
}
