import * as z from './zod'
import type { Role, StaffSignupStatus } from './enums'
import { objectId, personName, phone, tidy } from './common'

export const wechatLoginSchema = z.strictObject({
  code: z.string().check(z.trim(), z.minLength(1, { error: '缺少微信登录凭证，请重新进入小程序' }), z.maxLength(128))
})

export const devLoginSchema = z.strictObject({ userId: objectId })

/** 18-digit resident ID number with a valid check digit (GB 11643). */
export const idNumber = z
  .string()
  .check(
    z.trim(),
    z.toUpperCase(),
    z.regex(/^\d{17}[\dX]$/, { error: '身份证号应为 18 位，最后一位可以是 X' }),
    z.refine(isValidIdChecksum, { error: '身份证号校验位不对，请核对后重新填写' })
  )

export function isValidIdChecksum(id: string): boolean {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const codes = '10X98765432'
  if (!/^\d{17}[\dX]$/.test(id)) return false
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * weights[i]!
  return codes[sum % 11] === id[17]
}

export const staffSignupSchema = z.strictObject({
  townshipId: objectId,
  realName: personName(20, '真实姓名'),
  idNumber,
  phone,
  departmentIds: z.array(objectId).check(z.minLength(1, { error: '请选择所在站所' }), z.maxLength(5))
})
export type StaffSignupInput = z.input<typeof staffSignupSchema>

/** The longest reason a rejected sign-up may be given. */
export const SIGNUP_REASON_MAX = 200

export const reviewStaffSignupSchema = z
  .strictObject({
    decision: z.enum(['approve', 'reject'], { error: '请选择通过或不通过' }),
    reason: z.optional(z.string().check(tidy(), z.maxLength(SIGNUP_REASON_MAX, { error: `原因不能超过 ${SIGNUP_REASON_MAX} 个字` })))
  })
  .check(z.refine((r) => r.decision !== 'reject' || !!r.reason, { path: ['reason'], error: '不通过时请写明原因，申请人会看到' }))

/** The signed-in person as the client sees them. Phone and ID are masked. */
export interface MeDTO {
  id: string
  role: Role
  displayName: string
  townshipId: string
  villageId: string | null
  departmentIds: string[]
  phoneMasked: string | null
  staffSignup: { status: StaffSignupStatus; submittedAt: string; reason: string | null } | null
}

export interface SessionDTO {
  token: string
  expiresAt: string
  me: MeDTO
}

export interface DevPersonDTO {
  id: string
  role: Role
  displayName: string
  description: string
}

export interface StaffSignupDTO {
  id: string
  realName: string
  idNumberMasked: string
  phoneMasked: string
  departmentIds: string[]
  status: StaffSignupStatus
  submittedAt: string
  reviewedAt: string | null
  reason: string | null
}
