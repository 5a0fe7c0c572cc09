import type { StaffSignupDTO, StaffSignupInput } from '../shared/auth'
import { request } from './http'

/** Sends a staff sign-up for an admin to review (实名 + 审核). */
export function submitStaffSignup(input: StaffSignupInput, idempotencyKey: string): Promise<StaffSignupDTO> {
  return request<StaffSignupDTO>('/api/staff/signups', { method: 'POST', body: input, idempotencyKey })
}

/** My latest staff sign-up, or null when I have not applied. */
export async function myStaffSignup(): Promise<StaffSignupDTO | null> {
  const answer = await request<{ signup: StaffSignupDTO | null }>('/api/staff/signups/mine')
  return answer.signup ?? null
}
