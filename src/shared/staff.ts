import * as z from './zod'
import { STAFF_SIGNUP_STATUSES } from './enums'
import { objectId } from './common'

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
