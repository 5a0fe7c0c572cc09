import type { StaffSignupStatus } from '../../shared/enums'

export type ReviewBody = { decision: 'approve' } | { decision: 'reject'; reason: string }

/**
 * The body of a sign-up review. A rejection needs a reason (the applicant reads it), checked here
 * before sending with the same rule as the server.
 */
export function reviewBody(decision: 'approve' | 'reject', reason: string): { ok: true; body: ReviewBody } | { ok: false; error: string } {
  if (decision === 'approve') return { ok: true, body: { decision } }
  const text = reason.trim()
  if (!text) return { ok: false, error: '不通过时请写明原因，申请人会看到' }
  if (text.length > 200) return { ok: false, error: '原因不能超过 200 个字' }
  return { ok: true, body: { decision, reason: text } }
}

export const SIGNUP_STATUS_TEXT: Record<StaffSignupStatus, string> = {
  pending: '待审核',
  approved: '已通过',
  rejected: '未通过'
}

/** Department names for a sign-up, in the order given; unknown ids are shown as 未知站所. */
export function departmentNames(ids: readonly string[], names: ReadonlyMap<string, string>): string {
  if (ids.length === 0) return '未选站所'
  return ids.map((id) => names.get(id) ?? '未知站所').join('、')
}
