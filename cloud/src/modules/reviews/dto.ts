import {
  DUE_SOON_HOURS,
  OPEN_RECTIFICATION,
  RECTIFICATION_OUTCOME_LABELS,
  REVIEW_ACTION_LABELS,
  REVIEW_LEVEL_LABELS,
  REVIEW_LIFECYCLE,
  REVIEW_SERVICE_LABELS,
  REVIEW_STATUS_LABELS,
  type RectificationDTO,
  type ReviewAction,
  type ReviewActor,
  type ReviewDTO,
  type ReviewStepDTO,
  type StaffReviewDTO
} from '../../../../src/shared/reviews'
import type { ReviewDoc, ReviewUpdate } from './model'

/** What review lists read: not the history or the events. */
export const REVIEW_LIST_PROJECTION = { pendingNotices: 0, updates: 0 }

const HOUR = 3_600_000

function rectificationDTO(r: ReviewDoc, now: Date): RectificationDTO | null {
  const x = r.rectification
  if (!x) return null
  const running = OPEN_RECTIFICATION.includes(r.status)
  const left = x.dueBy.getTime() - now.getTime()
  return {
    dueDate: x.dueDate,
    dueBy: x.dueBy.toISOString(),
    overdue: running && left <= 0,
    dueSoon: running && left > 0 && left <= DUE_SOON_HOURS * HOUR,
    outcome: x.outcome,
    outcomeLabel: x.outcome ? RECTIFICATION_OUTCOME_LABELS[x.outcome] : null,
    outcomeText: x.calledBackAt || r.status === 'closed' ? x.outcomeText : null,
    calledBackAt: x.calledBackAt?.toISOString() ?? null,
    reopened: x.reopened,
    residentLevel: x.residentLevel,
    residentComment: x.residentComment
  }
}

function step(u: ReviewUpdate, r: ReviewDoc): ReviewStepDTO {
  const staff = u.authorRole === 'staff' || u.authorRole === 'admin'
  return {
    action: u.action,
    label: REVIEW_ACTION_LABELS[u.action],
    at: u.at.toISOString(),
    by: staff ? r.departmentName : u.authorRole === 'system' ? '系统' : r.anonymous ? '匿名群众' : u.authorName,
    text: u.publicText
  }
}

/** A rating as the person who gave it (or for whom it was given) sees it. */
export function toReviewDTO(r: ReviewDoc, now: Date): ReviewDTO {
  return {
    id: String(r._id),
    service: r.service,
    serviceLabel: REVIEW_SERVICE_LABELS[r.service],
    title: r.serviceTitle,
    departmentName: r.departmentName,
    level: r.level,
    levelLabel: REVIEW_LEVEL_LABELS[r.level],
    dimensions: r.dimensions,
    comment: r.comment,
    commentHeld: r.moderation !== 'passed' && r.comment !== null,
    anonymous: r.anonymous,
    onBehalf: r.acting.onBehalf,
    applicantName: r.acting.applicantName,
    submitterName: r.acting.submitterName,
    defaulted: r.defaulted,
    status: r.status,
    statusLabel: REVIEW_STATUS_LABELS[r.status],
    bad: r.bad,
    excluded: r.excluded,
    ratedAt: r.ratedAt.toISOString(),
    amendableUntil: (['rated', 'verifying'] as const).some((s) => s === r.status) && r.amendableUntil > now && !r.defaulted ? r.amendableUntil.toISOString() : null,
    canRateRectification: r.status === 'awaitingResident',
    rectification: rectificationDTO(r, now),
    steps: (r.updates ?? []).filter((u) => u.public).map((u) => step(u, r))
  }
}

/** Whether a staff action the lifecycle allows applies to this rating. */
function shown(a: ReviewAction, r: ReviewDoc): boolean {
  if (a === 'act') return !r.anonymous
  if (a === 'actAnonymous') return r.anonymous
  if (a === 'appeal') return !r.appeal
  if (a === 'reviewComment') return r.moderation !== 'passed' && !r.commentReviewed
  return true
}

/** A rating as staff handle it: the name unless anonymous, the finding, the call-back, the appeal, the whole history. */
export function toStaffReviewDTO(r: ReviewDoc, now: Date, actor: ReviewActor): StaffReviewDTO {
  const base = toReviewDTO(r, now)
  const x = r.rectification
  return {
    ...base,
    applicantName: r.anonymous ? null : r.acting.applicantName,
    submitterName: r.anonymous ? null : r.acting.submitterName,
    comment: r.comment,
    departmentId: r.departmentId ? String(r.departmentId) : '',
    staffName: r.staffName,
    finding: x?.finding ?? null,
    callBackMethod: x?.callBackMethod ?? null,
    callBackText: x?.callBackText ?? null,
    rectification: base.rectification && x ? { ...base.rectification, outcomeText: x.outcomeText } : base.rectification,
    escalated: x?.escalatedFor !== null && x?.escalatedFor !== undefined,
    appeal: r.appeal
      ? {
          reason: r.appeal.reason,
          evidence: r.appeal.evidence,
          by: r.appeal.byName,
          at: r.appeal.at.toISOString(),
          decision: r.appeal.decision,
          note: r.appeal.note
        }
      : null,
    moderationNote: r.moderationNote,
    allowedActions: REVIEW_LIFECYCLE.allowedActions(r.status, actor).filter((a) => shown(a, r)),
    history: (r.updates ?? []).map((u) => ({
      ...step(u, r),
      by: u.authorRole === 'staff' || u.authorRole === 'admin' || !r.anonymous ? u.authorName : step(u, r).by,
      role: u.authorRole,
      internal: u.internalNote
    }))
  }
}
