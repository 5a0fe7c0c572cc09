import {
  WEEKDAY_LABELS,
  cutSlots,
  openingTemplateSchema,
  scheduleExceptionSchema,
  type ExceptionKind,
  type OpeningTemplateDTO,
  type OpeningTemplateInput,
  type ScheduleExceptionInput,
  type Session,
  type SlotTime
} from '../../shared/appointments'
import type { FormField } from '../forms/invalid'

/** The template editor's fields; numbers are kept as typed until saved. */
export interface TemplateForm {
  templateId: string | null
  /** 0 for a new template. */
  revision: number
  departmentId: string
  guideId: string | null
  weekdays: number[]
  sessions: Session[]
  slotMinutes: number
  capacity: string
  horizonDays: string
  closeBeforeMinutes: string
  changeBeforeMinutes: string
  active: boolean
}

/** The template editor's fields in screen order. */
export const TEMPLATE_FIELDS: readonly FormField[] = [
  { key: 'weekdays', id: 'tpl-weekday', label: '哪几天可以约' },
  { key: 'sessions', id: 'tpl-session-0', label: '办公时间段' },
  { key: 'slotMinutes', id: 'tpl-slot', label: '每个时段多长' },
  { key: 'capacity', id: 'tpl-capacity', label: '每个时段可约几人' },
  { key: 'horizonDays', id: 'tpl-horizon', label: '可以约多少天以内' },
  { key: 'closeBeforeMinutes', id: 'tpl-close-before', label: '停止预约的时间' },
  { key: 'changeBeforeMinutes', id: 'tpl-change-before', label: '不能网上取消、改约的时间' }
]

/** The day-exception editor's fields in screen order. */
export const EXCEPTION_FIELDS: readonly FormField[] = [
  { key: 'date', id: 'tpl-exc-date', label: '日期' },
  { key: 'reason', id: 'tpl-exc-reason', label: '原因' },
  { key: 'sessions', id: 'tpl-exc-session-0-start', label: '加开的时间段' },
  { key: 'capacity', id: 'tpl-exc-capacity', label: '每个时段可约几人' }
]

/** The hall's usual hours, offered for a new template. */
export const DEFAULT_SESSIONS: Session[] = [
  { start: '08:30', end: '12:00' },
  { start: '14:30', end: '17:30' }
]

/** A new template of a window (or one of its services) with the usual hall hours. */
export function newTemplateForm(departmentId: string, guideId: string | null = null): TemplateForm {
  return {
    templateId: null,
    revision: 0,
    departmentId,
    guideId,
    weekdays: [1, 2, 3, 4, 5],
    sessions: DEFAULT_SESSIONS.map((s) => ({ ...s })),
    slotMinutes: 30,
    capacity: '2',
    horizonDays: '14',
    closeBeforeMinutes: '60',
    changeBeforeMinutes: '120',
    active: true
  }
}

/** The form of a saved template. */
export function templateForm(t: OpeningTemplateDTO): TemplateForm {
  return {
    templateId: t.id,
    revision: t.revision,
    departmentId: t.departmentId,
    guideId: t.guideId,
    weekdays: [...t.weekdays],
    sessions: t.sessions.map((s) => ({ ...s })),
    slotMinutes: t.slotMinutes,
    capacity: String(t.capacity),
    horizonDays: String(t.horizonDays),
    closeBeforeMinutes: String(t.closeBeforeMinutes),
    changeBeforeMinutes: String(t.changeBeforeMinutes),
    active: t.active
  }
}

const toNumber = (s: string) => (s.trim() === '' || !/^\d+$/.test(s.trim()) ? Number.NaN : Number(s.trim()))

/** Maps a zod issue path to the form field that shows it (`sessions.1.end` → `sessions`). */
function fieldOf(path: readonly PropertyKey[]): string {
  return String(path[0] ?? '_')
}

/** Checks the form with the same schema as the server; the input to send, or a message per field. */
export function templateInput(form: TemplateForm): { ok: true; input: OpeningTemplateInput } | { ok: false; errors: Record<string, string> } {
  const candidate = {
    departmentId: form.departmentId,
    guideId: form.guideId,
    weekdays: [...form.weekdays].sort(),
    sessions: form.sessions,
    slotMinutes: form.slotMinutes,
    capacity: toNumber(form.capacity),
    horizonDays: toNumber(form.horizonDays),
    closeBeforeMinutes: toNumber(form.closeBeforeMinutes),
    changeBeforeMinutes: toNumber(form.changeBeforeMinutes),
    active: form.active
  }
  const parsed = openingTemplateSchema.safeParse(candidate)
  if (parsed.success) return { ok: true, input: candidate as OpeningTemplateInput }
  const errors: Record<string, string> = {}
  for (const issue of parsed.error.issues) {
    const field = fieldOf(issue.path)
    errors[field] ??= /[\u4e00-\u9fff]/.test(issue.message) ? issue.message : '请填写整数'
  }
  return { ok: false, errors }
}

/** The slots an ordinary day would have under the form, or null while the hours are not valid. */
export function previewSlots(form: Pick<TemplateForm, 'sessions' | 'slotMinutes'>): SlotTime[] | null {
  const ok = form.sessions.every((s) => /^([01]\d|2[0-3]):[0-5]\d$/.test(s.start) && /^([01]\d|2[0-3]):[0-5]\d$/.test(s.end) && s.start < s.end)
  return ok ? cutSlots(form.sessions, form.slotMinutes) : null
}

/** `周一至周五` / `周二、周四`. */
export function weekdaysText(weekdays: readonly number[]): string {
  const sorted = [...weekdays].sort()
  if (sorted.join() === '1,2,3,4,5') return '周一至周五（含调休上班日）'
  return sorted.map((d) => WEEKDAY_LABELS[d]).join('、')
}

/** One line saying what a template offers. */
export function templateSummary(t: Pick<OpeningTemplateDTO, 'weekdays' | 'sessions' | 'slotMinutes' | 'capacity' | 'horizonDays' | 'active'>): string {
  const hours = t.sessions.map((s) => `${s.start}–${s.end}`).join('、')
  return `${weekdaysText(t.weekdays)} ${hours}，每 ${t.slotMinutes} 分钟一个时段、每个时段 ${t.capacity} 人，可约 ${t.horizonDays} 天内${t.active ? '' : '（已暂停网上预约）'}`
}

/** The day-exception editor's fields. */
export interface ExceptionForm {
  date: string
  kind: ExceptionKind
  reason: string
  sessions: Session[]
  capacity: string
  cancelExisting: boolean
}

/** A blank exception for a date. */
export function newExceptionForm(date: string): ExceptionForm {
  return { date, kind: 'closed', reason: '', sessions: [{ start: '17:30', end: '18:30' }], capacity: '', cancelExisting: false }
}

/** Checks the exception form with the server's schema; the date is checked separately. */
export function exceptionInput(form: ExceptionForm): { ok: true; input: ScheduleExceptionInput } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {}
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.date.trim())) errors.date = '日期格式应为 2025-10-01 这样的“年-月-日”'
  const candidate: ScheduleExceptionInput = {
    kind: form.kind,
    reason: form.reason,
    sessions: form.kind === 'extra' ? form.sessions : [],
    ...(form.kind === 'extra' && form.capacity.trim() ? { capacity: toNumber(form.capacity) } : {}),
    cancelExisting: form.kind === 'closed' ? form.cancelExisting : false
  }
  const parsed = scheduleExceptionSchema.safeParse(candidate)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) errors[fieldOf(issue.path)] ??= /[\u4e00-\u9fff]/.test(issue.message) ? issue.message : '请填写整数'
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, input: candidate }
}
