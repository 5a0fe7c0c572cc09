import { reviewStaffSignupSchema } from '../../shared/auth'
import type { StaffSignupStatus } from '../../shared/enums'
import { STAFF_SIGNUP_LIFECYCLE } from '../../shared/staff'

export type ReviewBody = { decision: 'approve' } | { decision: 'reject'; reason: string }

/**
 * The body of a sign-up review, checked before sending with the server's schema (a rejection needs
 * a reason the applicant reads, of at most 200 characters).
 */
export function reviewBody(decision: 'approve' | 'reject', reason: string): { ok: true; body: ReviewBody } | { ok: false; error: string } {
  const body = decision === 'approve' ? { decision } : { decision, reason: reason.trim() }
  const checked = reviewStaffSignupSchema.safeParse(body)
  if (!checked.success) return { ok: false, error: checked.error.issues[0]?.message ?? '请检查后再提交' }
  return { ok: true, body: body as ReviewBody }
}

/** How each sign-up status reads. */
export const SIGNUP_STATUS_TEXT: Record<StaffSignupStatus, string> = STAFF_SIGNUP_LIFECYCLE.statusLabels

/** Department names for a sign-up, in the order given; unknown ids are shown as 未知站所. */
export function departmentNames(ids: readonly string[], names: ReadonlyMap<string, string>): string {
  if (ids.length === 0) return '未选站所'
  return ids.map((id) => names.get(id) ?? '未知站所').join('、')
}
