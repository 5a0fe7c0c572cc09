import * as z from './zod'

/** A MongoDB ObjectId rendered as 24 hex characters. */
export const objectId = z.string().check(z.regex(/^[0-9a-f]{24}$/, { error: '编号格式不正确' }))

// Control characters are what this pattern exists to find.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g
const INVISIBLE = /[\u00ad\u115f\u1160\u180e\u200b-\u200d\u2060-\u2064\u2800\u3164\uffa0\ufeff]/g

/**
 * Text as a person meant it: composed to NFC, without control characters (tab and line breaks stay),
 * direction overrides or invisible and blank-looking letters, and trimmed. Text made only of such
 * characters becomes empty, so a required field rejects it.
 */
export function cleanText(raw: string): string {
  const composed = typeof raw.normalize === 'function' ? raw.normalize('NFC') : raw
  return composed.replace(CONTROL, '').replace(BIDI, '').replace(INVISIBLE, '').trim()
}

/** A person's name: cleaned (see cleanText) with every run of spaces inside it made one space. */
export function cleanName(raw: string): string {
  return cleanText(raw).replace(/\s+/g, ' ')
}

/** The check that cleans a typed field before its other checks; use it where `z.trim()` would go. */
export const tidy = () => z.overwrite(cleanText)

/** Plain text a person types: cleaned (see cleanText), not empty, bounded. */
export const text = (max: number, label: string) =>
  z
    .string({ error: `请填写${label}` })
    .check(tidy(), z.minLength(1, { error: `请填写${label}` }), z.maxLength(max, { error: `${label}不能超过 ${max} 个字` }))

/** A person's name as typed: cleaned (see cleanName), not empty, bounded. */
export const personName = (max: number, label: string) =>
  z
    .string({ error: `请填写${label}` })
    .check(z.overwrite(cleanName), z.minLength(1, { error: `请填写${label}` }), z.maxLength(max, { error: `${label}不能超过 ${max} 个字` }))

const MOBILE = /^1[3-9]\d{9}$/

/**
 * What is wrong with a typed mainland mobile number, in words a person can act on, or null when it
 * is one: letters or signs in it, the wrong number of digits, or digits no mobile number starts with.
 */
export function mobileProblem(raw: string): string | null {
  const value = raw.trim()
  if (MOBILE.test(value)) return null
  if (!value) return '请填写 11 位手机号码'
  const odd = [...new Set(value.replace(/\d/g, ''))].join('')
  if (odd) return /^\s+$/.test(odd) ? '手机号码中间不要加空格，请只填 11 位数字' : `手机号码只能填数字，“${odd}”不是数字，请改一下`
  if (value.length !== 11) return `手机号码是 11 位数字，您填了 ${value.length} 位，请核对`
  return `手机号码都以 13 到 19 开头，“${value.slice(0, 2)}”开头的不是手机号码，请核对`
}

/** Mainland mobile number; a wrong one is told what is wrong with it (see mobileProblem). */
export const phone = z
  .string({ error: '请填写 11 位手机号码' })
  .check(z.trim(), z.regex(MOBILE, { error: (issue) => mobileProblem(String(issue.input ?? '')) ?? '请填写 11 位手机号码' }))

/** Landline or mobile, as printed on a guide (0795-1234567, 13800138000, 12345). */
export const contactPhone = z.string().check(z.trim(), z.regex(/^[0-9-]{5,20}$/, { error: '联系电话只能包含数字和短横线' }))

/** Paging for every list endpoint (Cloud Hosting caps responses at 1,000 KiB). */
export const paging = z.object({
  page: z._default(z.coerce.number().check(z.int(), z.minimum(1, { error: '页码从 1 开始' })), 1),
  pageSize: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(50, { error: '每页最多 50 条' })), 20)
})

export interface Page<T> {
  items: T[]
  total: number
  page: number
  pageSize: number
}

/** Items a cursor-paged list answers with when not told, and at most (Cloud Hosting caps responses at 1,000 KiB). */
export const PAGE_LIMIT_DEFAULT = 20
export const PAGE_LIMIT_MAX = 100

/** Cursor paging: `cursor` is the `nextCursor` of the page before (none for the first page). */
export const cursorPaging = z.object({
  cursor: z.optional(z.string().check(z.maxLength(1000, { error: '翻页位置不对，请回到列表顶部重新加载' }))),
  limit: z._default(
    z.coerce
      .number({ error: '每页条数要填数字' })
      .check(
        z.int({ error: '每页条数要填整数' }),
        z.minimum(1, { error: '每页至少 1 条' }),
        z.maximum(PAGE_LIMIT_MAX, { error: `每页最多 ${PAGE_LIMIT_MAX} 条` })
      ),
    PAGE_LIMIT_DEFAULT
  )
})

/** One page of a cursor-paged list; `nextCursor` asks for the page after it, null on the last page. */
export interface CursorPage<T> {
  items: T[]
  nextCursor: string | null
}

/** Error body every failed request returns. */
export interface ApiError {
  code: string
  message: string
  requestId?: string
  fields?: Record<string, string>
}
