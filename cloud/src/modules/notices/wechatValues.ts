import { chinaClock } from '../../../../src/shared/chinaTime'
import type { WechatValueKind } from '../../lib/notices'

/**
 * WeChat subscribe-message values follow per-kind rules; a value that breaks them makes WeChat refuse
 * the whole message (errcode 47003). These pure functions turn any text or time into a value WeChat accepts.
 */

/** What stands in for an empty value (WeChat refuses empty fields). */
const EMPTY = '无'

function chars(text: string): string[] {
  return Array.from(text)
}

/** One line of text: control characters and line breaks become spaces, runs of spaces collapse. */
function oneLine(text: string): string {
  return text
    .replace(/[\p{Cc}\u2028\u2029]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Cuts to `max` characters (code points, so no half emoji), ending with “…” when something was cut. */
export function cut(text: string, max: number): string {
  const all = chars(text)
  if (all.length <= max) return text
  return all.slice(0, max - 1).join('') + '…'
}

/** `thing`: any text, at most 20 characters. */
export function thingValue(text: string | null | undefined): string {
  const line = oneLine(text ?? '')
  return line ? cut(line, 20) : EMPTY
}

/** `phrase`: Chinese characters only, at most 5 (“已通过”, “未通过”). */
export function phraseValue(text: string | null | undefined): string {
  const han = (text ?? '').match(/\p{Script=Han}/gu)?.join('') ?? ''
  return han ? chars(han).slice(0, 5).join('') : EMPTY
}

/** `name`: at most 10 characters, or 20 when it is all Latin letters and spaces. */
export function nameValue(text: string | null | undefined): string {
  const line = oneLine(text ?? '')
  if (!line) return EMPTY
  const latin = /^[A-Za-z .·-]+$/.test(line)
  return chars(line).slice(0, latin ? 20 : 10).join('')
}

/** `character_string`: at most 32 of letters, digits, `_` and `-`; anything else is dropped. */
export function characterStringValue(text: string | null | undefined): string {
  const kept = (text ?? '').replace(/[^A-Za-z0-9_-]/g, '').slice(0, 32)
  return kept || '0'
}

/** `number`: digits with at most one decimal point, at most 32 characters. */
export function numberValue(value: number | string | null | undefined): string {
  const raw = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : (value ?? '')
  const match = /^-?\d+(\.\d+)?/.exec(raw.replace(/[^\d.-]/g, ''))
  return match ? match[0].slice(0, 32) : '0'
}

/** `phone_number`: digits and `+ - ( )`, at most 17 characters. */
export function phoneNumberValue(text: string | null | undefined): string {
  const kept = (text ?? '').replace(/[^\d+\-()]/g, '').slice(0, 17)
  return kept || '0'
}

function chinaParts(at: Date) {
  const c = chinaClock(at)
  return { date: `${c.year}年${c.date.slice(5, 7)}月${c.date.slice(8, 10)}日`, time: c.time }
}

function asDate(value: Date | string | null | undefined): Date | null {
  if (value == null || value === '') return null
  const d = value instanceof Date ? value : new Date(value)
  return Number.isNaN(d.getTime()) ? null : d
}

/**
 * `date` and `time`: China time as `YYYY年MM月DD日 HH:mm` (both kinds accept it; WeChat's `time`
 * also takes a bare `HH:mm`, which says too little for a reminder a day ahead).
 */
export function dateTimeValue(value: Date | string | null | undefined): string {
  const d = asDate(value)
  if (!d) return EMPTY
  const { date, time } = chinaParts(d)
  return `${date} ${time}`
}

/** A value of the given kind, made to WeChat's rules. */
export function wechatValue(kind: WechatValueKind, value: string | number | Date | null | undefined): string {
  switch (kind) {
    case 'thing':
      return thingValue(value instanceof Date ? dateTimeValue(value) : value == null ? null : String(value))
    case 'phrase':
      return phraseValue(value == null ? null : String(value))
    case 'name':
      return nameValue(value == null ? null : String(value))
    case 'character_string':
      return characterStringValue(value == null ? null : String(value))
    case 'number':
      return numberValue(value instanceof Date ? value.getTime() : value)
    case 'phone_number':
      return phoneNumberValue(value == null ? null : String(value))
    case 'date':
    case 'time':
      return dateTimeValue(typeof value === 'number' ? new Date(value) : value)
  }
}
