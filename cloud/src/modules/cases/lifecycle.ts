import {
  CASE_ACTION_LABELS,
  CASE_STATUS_LABELS,
  DEFAULT_CASE_DEADLINES,
  type CaseAction,
  type CaseStatus,
  type CaseType,
  type DueState
} from '../../../../src/shared/cases'

/** Who takes an action: the resident (or their assistant), township staff, or the system (jobs). */
export type CaseActor = 'resident' | 'staff' | 'system'

interface Rule {
  from: readonly CaseStatus[]
  /** The status after the action; `same` keeps it; `resume` returns to the status before info was requested. */
  to: CaseStatus | 'same' | 'resume'
  by: readonly CaseActor[]
}

const OPEN: readonly CaseStatus[] = ['submitted', 'accepted', 'assigned', 'info_requested']
const ALL: readonly CaseStatus[] = ['submitted', 'accepted', 'assigned', 'info_requested', 'replied', 'closed', 'rejected', 'merged']

/** The lifecycle: which action may happen in which status, by whom, and where it leads. */
export const CASE_TRANSITIONS: Record<CaseAction, Rule> = {
  submit: { from: [], to: 'submitted', by: ['resident'] },
  accept: { from: ['submitted'], to: 'accepted', by: ['staff'] },
  reject: { from: ['submitted'], to: 'rejected', by: ['staff'] },
  assign: { from: ['accepted'], to: 'assigned', by: ['staff'] },
  return: { from: ['assigned'], to: 'accepted', by: ['staff'] },
  requestInfo: { from: ['submitted', 'accepted', 'assigned'], to: 'info_requested', by: ['staff'] },
  supplyInfo: { from: ['info_requested'], to: 'resume', by: ['resident'] },
  reply: { from: ['accepted', 'assigned'], to: 'replied', by: ['staff'] },
  note: { from: ALL, to: 'same', by: ['staff'] },
  merge: { from: OPEN, to: 'merged', by: ['staff'] },
  confirm: { from: ['replied'], to: 'closed', by: ['resident'] },
  autoClose: { from: ['replied'], to: 'closed', by: ['system'] },
  rate: { from: ['closed'], to: 'same', by: ['resident'] },
  publish: { from: ['replied', 'closed'], to: 'same', by: ['staff'] },
  review: { from: ALL, to: 'same', by: ['staff'] },
  escalate: { from: OPEN, to: 'same', by: ['system'] }
}

export type TransitionResult = { ok: true; to: CaseStatus } | { ok: false; message: string }

/**
 * Where `action` by `actor` takes a case in `from` (pure). `resumeStatus` is where supplying
 * information returns to. Illegal moves give a Chinese message saying why.
 */
export function transition(from: CaseStatus, action: CaseAction, actor: CaseActor, resumeStatus: CaseStatus | null = null): TransitionResult {
  const rule = CASE_TRANSITIONS[action]
  if (!rule.by.includes(actor)) return { ok: false, message: `“${CASE_ACTION_LABELS[action]}”不能由您来操作` }
  if (!rule.from.includes(from)) {
    return { ok: false, message: `这件诉求现在是“${CASE_STATUS_LABELS[from]}”，不能再“${CASE_ACTION_LABELS[action]}”。请刷新后查看最新进度` }
  }
  if (rule.to === 'same') return { ok: true, to: from }
  if (rule.to === 'resume') return { ok: true, to: resumeStatus ?? 'accepted' }
  return { ok: true, to: rule.to }
}

/** Actions an actor may take in a status (for the buttons a page shows). */
export function allowedActions(from: CaseStatus, actor: CaseActor): CaseAction[] {
  return (Object.keys(CASE_TRANSITIONS) as CaseAction[]).filter(
    (a) => a !== 'submit' && CASE_TRANSITIONS[a].by.includes(actor) && CASE_TRANSITIONS[a].from.includes(from)
  )
}

/** Working-day deadlines per type; suggestion and help request are configurable. */
export interface DeadlinePolicy {
  acceptDays: number
  answerDays: Record<CaseType, number>
  autoCloseDays: number
  dueSoonDays: number
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
  if (!deadline || !OPEN.includes(status)) return 'none'
  if (deadline.dueBy.getTime() <= now.getTime()) return 'overdue'
  return workingDaysLeft <= policy.dueSoonDays ? 'dueSoon' : 'onTime'
}
