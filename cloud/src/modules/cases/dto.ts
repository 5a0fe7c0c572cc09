import {
  CASE_ACTION_LABELS,
  CASE_CATEGORIES,
  CASE_LIFECYCLE,
  CASE_STATUS_LABELS,
  CASE_TYPE_LABELS,
  OPEN_CASE_STATUSES,
  type CaseDeadlineDTO,
  type CaseFlag,
  type CaseStatus,
  type CaseDTO,
  type CaseSummary,
  type HotResponseDTO,
  type PhotoDTO,
  type StaffCaseDTO
} from '../../../../src/shared/cases'
import { unknownYears } from '../calendar/deadlines'
import { REQUEUED_DISPATCH_STATUSES } from '../../../../src/shared/visits'
import { toLocalDate, workingDaysBetween, type Overrides } from '../calendar/workingDays'
import { provisionalNote } from '../../../../src/shared/calendar'
import { dueState } from './deadlinePolicy'
import type { CaseDoc, HotResponseDoc, UploadDoc } from './model'

/** The name of a case category. */
export const categoryName = (id: string) => CASE_CATEGORIES.find((c) => c.id === id)?.name ?? id

/** The queue flags of a case: reopened while open again, a follow-up staff have not answered. */
export function caseFlags(c: Pick<CaseDoc, 'status' | 'reopenCount' | 'followUpAt'>): CaseFlag[] {
  const flags: CaseFlag[] = []
  if (c.reopenCount && (OPEN_CASE_STATUSES as readonly CaseStatus[]).includes(c.status)) flags.push('reopened')
  if (c.followUpAt) flags.push('followUp')
  return flags
}

/** What case lists read: not the history, the events or the full text. */
export const CASE_LIST_PROJECTION = { pendingNotices: 0, updates: 0, text: 0 } as const

/** The deadline of a case as staff see it, with its standing at `now`. */
export function deadlineDTO(c: CaseDoc, now: Date, overrides: Overrides): CaseDeadlineDTO | null {
  if (!c.deadline) return null
  const left = workingDaysBetween(toLocalDate(now), c.deadline.dueDate, overrides)
  return {
    kind: c.deadline.kind,
    dueDate: c.deadline.dueDate,
    dueBy: c.deadline.dueBy.toISOString(),
    workingDays: c.deadline.workingDays,
    state: dueState(c.status, c.deadline, now, left),
    provisionalNote: c.deadline.provisional ? provisionalNote(unknownYears(c.deadline.start, c.deadline.dueDate, overrides)) : null
  }
}

function photos(c: CaseDoc, uploads: readonly UploadDoc[]): PhotoDTO[] {
  const byId = new Map(uploads.map((u) => [String(u._id), u]))
  return c.photoIds.map((id) => ({
    id: String(id),
    url: `/api/uploads/photos/${String(id)}`,
    moderation: byId.get(String(id))?.moderation ?? 'checking'
  }))
}

function base(c: CaseDoc, uploads: readonly UploadDoc[]): Omit<CaseDTO, 'timeline' | 'canConfirm' | 'canRate' | 'canSupplyInfo' | 'canReopen' | 'canFollowUp'> {
  return {
    id: String(c._id),
    number: c.number,
    type: c.type,
    typeLabel: CASE_TYPE_LABELS[c.type],
    category: c.category,
    categoryLabel: categoryName(c.category),
    title: c.title,
    text: c.text,
    photos: photos(c, uploads),
    villageId: c.villageId ? String(c.villageId) : null,
    location: c.location,
    contactPreference: c.contactPreference,
    hideName: c.hideName,
    status: c.status,
    statusLabel: CASE_STATUS_LABELS[c.status],
    applicantName: c.acting.applicantName,
    onBehalf: c.acting.onBehalf,
    departmentName: c.departmentName,
    pendingQuestion: c.status === 'info_requested' ? c.pendingQuestion : null,
    reply: c.reply,
    mergedIntoNumber: c.mergedIntoNumber,
    rating: c.rating ? { level: c.rating.level, comment: c.rating.comment } : null,
    reopenCount: c.reopenCount ?? 0,
    transferredTo: c.transferredTo ?? null,
    submittedAt: c.submittedAt.toISOString(),
    updatedAt: c.updatedAt.toISOString()
  }
}

/** A case for its resident or assistant: public updates only, no internal notes, no staff names. */
export function toCaseDTO(c: CaseDoc, uploads: readonly UploadDoc[]): CaseDTO {
  return {
    ...base(c, uploads),
    canConfirm: c.status === 'replied',
    canRate: c.status === 'closed' && !c.rating,
    canSupplyInfo: c.status === 'info_requested',
    canReopen: CASE_LIFECYCLE.allowedActions(c.status, 'resident').includes('reopen'),
    canFollowUp: CASE_LIFECYCLE.allowedActions(c.status, 'resident').includes('followUp'),
    timeline: c.updates
      .filter((u) => u.public)
      .map((u) => ({
        action: u.action,
        actionLabel: CASE_ACTION_LABELS[u.action],
        by: u.publicBy,
        from: u.from,
        to: u.to,
        text: u.publicText,
        at: u.at.toISOString()
      }))
  }
}

/** A help request may be sent to a volunteer while no order of it is live or done. */
export function mayDispatch(c: Pick<CaseDoc, 'type' | 'dispatch'>): boolean {
  return c.type === 'help' && (!c.dispatch || (REQUEUED_DISPATCH_STATUSES as readonly string[]).includes(c.dispatch.status))
}

/** A case for staff: the whole history with internal notes, the contact, and what they may do now. */
export function toStaffCaseDTO(c: CaseDoc, uploads: readonly UploadDoc[], now: Date, overrides: Overrides): StaffCaseDTO {
  return {
    ...base(c, uploads),
    canConfirm: false,
    canRate: false,
    canSupplyInfo: false,
    canReopen: false,
    canFollowUp: false,
    townshipId: String(c.townshipId),
    departmentId: c.departmentId ? String(c.departmentId) : null,
    moderation: c.moderation,
    moderationNote: c.moderationNote,
    contactPhoneMasked: c.contactPhoneMasked,
    deadline: deadlineDTO(c, now, overrides),
    escalated: c.escalatedFor !== null,
    mergedIntoId: c.mergedIntoId ? String(c.mergedIntoId) : null,
    hotResponseId: c.hotResponseId ? String(c.hotResponseId) : null,
    flags: caseFlags(c),
    followerCount: c.followerCount ?? 0,
    allowedActions: CASE_LIFECYCLE.allowedActions(c.status, 'staff').filter(
      (a) => (a !== 'publish' || (c.moderation === 'passed' && !c.hotResponseId)) && (a !== 'dispatch' || mayDispatch(c))
    ),
    history: c.updates.map((u) => ({
      action: u.action,
      actionLabel: CASE_ACTION_LABELS[u.action],
      by: u.publicBy,
      from: u.from,
      to: u.to,
      text: u.publicText,
      at: u.at.toISOString(),
      authorId: u.authorId ? String(u.authorId) : null,
      authorName: u.authorName,
      authorRole: u.authorRole,
      internalNote: u.internalNote,
      public: u.public
    }))
  }
}

/** A line of a case list. */
export function toCaseSummary(c: CaseDoc, now: Date, overrides: Overrides): CaseSummary {
  return {
    id: String(c._id),
    number: c.number,
    type: c.type,
    typeLabel: CASE_TYPE_LABELS[c.type],
    category: c.category,
    title: c.title,
    status: c.status,
    statusLabel: CASE_STATUS_LABELS[c.status],
    departmentName: c.departmentName,
    villageId: c.villageId ? String(c.villageId) : null,
    moderation: c.moderation,
    deadline: deadlineDTO(c, now, overrides),
    escalated: c.escalatedFor !== null,
    flags: caseFlags(c),
    reopenCount: c.reopenCount ?? 0,
    followerCount: c.followerCount ?? 0,
    submittedAt: c.submittedAt.toISOString(),
    updatedAt: c.updatedAt.toISOString()
  }
}

/** A published 热点回应. */
export function toHotResponseDTO(h: HotResponseDoc): HotResponseDTO {
  return {
    id: String(h._id),
    townshipId: String(h.townshipId),
    type: h.type,
    typeLabel: CASE_TYPE_LABELS[h.type],
    category: h.category,
    categoryLabel: categoryName(h.category),
    title: h.title,
    question: h.question,
    answer: h.answer,
    departmentName: h.departmentName,
    publishedAt: h.publishedAt.toISOString()
  }
}
