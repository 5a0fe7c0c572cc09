import * as z from './zod'
import { STAFF_SIGNUP_STATUSES, type StaffSignupStatus } from './enums'
import { objectId } from './common'
import { defineLifecycle } from './lifecycle'

export const STAFF_SIGNUP_ACTIONS = ['submit', 'approve', 'reject'] as const
export type StaffSignupAction = (typeof STAFF_SIGNUP_ACTIONS)[number]

/** A staff sign-up (实名 + 审核): the applicant submits, an admin approves or rejects it once. */
export const STAFF_SIGNUP_LIFECYCLE = defineLifecycle<StaffSignupStatus, StaffSignupAction, 'applicant' | 'admin'>({
  noun: '这份申请',
  conflictCode: 'SIGNUP_ALREADY_REVIEWED',
  statusLabels: { pending: '待审核', approved: '已通过', rejected: '未通过' },
  actionLabels: { submit: '提交申请', approve: '审核通过', reject: '审核不通过' },
  table: {
    submit: { from: [], to: 'pending', by: ['applicant'] },
    approve: { from: ['pending'], to: 'approved', by: ['admin'] },
    reject: { from: ['pending'], to: 'rejected', by: ['admin'] }
  }
})

export const staffSignupListQuerySchema = z.object({
  status: z._default(z.enum(STAFF_SIGNUP_STATUSES, { error: '状态只能是 pending、approved 或 rejected' }), 'pending')
})

export const staffSignupParamsSchema = z.strictObject({ id: objectId })

/** Full identity of an applicant, for authorised verification only; every read is audited. */
export interface StaffSignupIdentityDTO {
  id: string
  realName: string
  idNumber: string
  phone: string
}
