import * as z from './zod'

/** A MongoDB ObjectId rendered as 24 hex characters. */
export const objectId = z.string().check(z.regex(/^[0-9a-f]{24}$/, { error: '编号格式不正确' }))

/** Plain text a person types: trimmed, not empty, bounded. */
export const text = (max: number, label: string) =>
  z
    .string({ error: `请填写${label}` })
    .check(z.trim(), z.minLength(1, { error: `请填写${label}` }), z.maxLength(max, { error: `${label}不能超过 ${max} 个字` }))

/** Mainland mobile number. */
export const phone = z.string().check(z.trim(), z.regex(/^1[3-9]\d{9}$/, { error: '请填写 11 位手机号码' }))

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

/** Error body every failed request returns. */
export interface ApiError {
  code: string
  message: string
  requestId?: string
  fields?: Record<string, string>
}
