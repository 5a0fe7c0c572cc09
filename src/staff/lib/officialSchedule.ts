import { OFFICIAL_FESTIVALS, type OfficialScheduleInput } from '../../shared/calendar'

export type Festival = (typeof OFFICIAL_FESTIVALS)[number]

/** The form as typed: each festival's first and last day off, and the make-up days one per line. */
export interface OfficialScheduleForm {
  holidays: Record<Festival, { from: string; to: string }>
  /** Lines such as `2027-02-20 春节` (the festival is optional). */
  workdays: string
}

/** An empty form. */
export function emptyScheduleForm(): OfficialScheduleForm {
  return {
    holidays: Object.fromEntries(OFFICIAL_FESTIVALS.map((f) => [f, { from: '', to: '' }])) as OfficialScheduleForm['holidays'],
    workdays: ''
  }
}

/**
 * The request body of a filled form: festivals with a first day (a one-day holiday may leave the
 * last day empty), and every non-empty make-up line as a date with its festival (调休 when none is
 * written). A line that is not a date comes back in `problem`, in words to fix it.
 */
export function scheduleBody(form: OfficialScheduleForm): { body: OfficialScheduleInput; problem: string | null } {
  const holidays = OFFICIAL_FESTIVALS.filter((f) => form.holidays[f].from.trim()).map((name) => {
    const from = form.holidays[name].from.trim()
    return { name, from, to: form.holidays[name].to.trim() || from }
  })
  const workdays: { name: string; date: string }[] = []
  let problem: string | null = null
  for (const line of form.workdays.split(/\n/).map((l) => l.trim()).filter(Boolean)) {
    const m = /^(\d{4}-\d{2}-\d{2})\s*(\S*)$/.exec(line)
    if (!m) {
      problem ??= `调休上班“${line}”看不懂，请写成“2027-02-20 春节”这样：日期在前，节日在后`
      continue
    }
    workdays.push({ date: m[1]!, name: m[2] || '调休' })
  }
  return { body: { holidays, workdays }, problem }
}
