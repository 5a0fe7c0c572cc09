import { DEFAULT_CASE_DEADLINES, OPEN_CASE_STATUSES, type CaseStatus, type CaseType, type DueState } from '../../../../src/shared/cases'

/** Working-day deadlines per type; suggestion and help request are configurable. */
export interface DeadlinePolicy {
  acceptDays: number
  answerDays: Record<CaseType, number>
  autoCloseDays: number
  dueSoonDays: number
  reopenDays: number
}

/** The defaults: accept within 1 working day; consultation 3, complaint 13. */
export const DEFAULT_DEADLINE_POLICY: DeadlinePolicy = DEFAULT_CASE_DEADLINES

/**
 * Which clock runs in a status (pure): `accept` while waiting to be accepted, `answer` while the
 * township works on it, `paused` while waiting for the resident, none once answered or finished.
 */
export function deadlineFor(status: CaseStatus, type: CaseType, policy: DeadlinePolicy = DEFAULT_DEADLINE_POLICY):
  | { kind: 'accept' | 'answer'; workingDays: number }
  | 'paused'
  | null {
  if (status === 'submitted') return { kind: 'accept', workingDays: policy.acceptDays }
  if (status === 'accepted' || status === 'assigned') return { kind: 'answer', workingDays: policy.answerDays[type] }
  if (status === 'info_requested') return 'paused'
  return null
}

/**
 * How a deadline stands (pure): overdue once `dueBy` has passed, due soon when at most
 * `dueSoonDays` working days are left (`workingDaysLeft`), paused while waiting for information.
 */
export function dueState(
  status: CaseStatus,
  deadline: { dueBy: Date } | null,
  now: Date,
  workingDaysLeft: number,
  policy: DeadlinePolicy = DEFAULT_DEADLINE_POLICY
): DueState {
  if (status === 'info_requested') return 'paused'
  if (!deadline || !(OPEN_CASE_STATUSES as readonly CaseStatus[]).includes(status)) return 'none'
  if (deadline.dueBy.getTime() <= now.getTime()) return 'overdue'
  return workingDaysLeft <= policy.dueSoonDays ? 'dueSoon' : 'onTime'
}
