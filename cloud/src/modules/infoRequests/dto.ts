import {
  APPLICANT_TYPE_LABELS,
  CANNOT_PROVIDE_LABELS,
  CLOCK_STATE_LABELS,
  CONSULTATION_OUTCOME_LABELS,
  CONSULTED_PARTY_LABELS,
  DELIVERY_LABELS,
  DUE_SOON_DAYS,
  INFO_FORM_LABELS,
  INFO_REQUEST_ACTION_LABELS,
  INFO_REQUEST_LIFECYCLE,
  INFO_REQUEST_STATUS_LABELS,
  OPEN_INFO_REQUEST_STATUSES,
  ORG_TYPE_LABELS,
  REPLY_KIND_ARTICLES,
  REPLY_KIND_LABELS,
  RUNNING_INFO_REQUEST_STATUSES,
  WITHHELD_REASON_LABELS,
  type ClockState,
  type ConsultationDTO,
  type InfoRequestDTO,
  type InfoRequestStatus,
  type InfoRequestSummary,
  type ReplyDTO,
  type RequestDeadlineDTO
} from '../../../../src/shared/infoRequests'
import type { DisclosureFileDTO } from '../../../../src/shared/disclosure'
import { toLocalDate, type Overrides } from '../calendar/workingDays'
import { workingDaysLeft } from './clock'
import type { InfoRequestDoc, StoredConsultation } from './model'

const RUNNING: readonly InfoRequestStatus[] = RUNNING_INFO_REQUEST_STATUSES
const OPEN: readonly InfoRequestStatus[] = OPEN_INFO_REQUEST_STATUSES

/** How a request's deadline stands at `now` (pure given the calendar). */
export function deadlineDTO(r: Pick<InfoRequestDoc, 'status' | 'clock' | 'due'>, now: Date, overrides: Overrides): RequestDeadlineDTO {
  const allowedDays = r.clock ? r.clock.baseDays + r.clock.extensionDays : 0
  const left = r.clock && RUNNING.includes(r.status) ? workingDaysLeft(r.clock, toLocalDate(now), overrides) : null
  let state: ClockState
  if (r.status === 'submitted') state = 'waitingReceipt'
  else if (r.status === 'correctionRequested' || r.status === 'consulting') state = 'paused'
  else if (!OPEN.includes(r.status) || !r.due) state = 'stopped'
  else if (r.due.dueBy.getTime() <= now.getTime()) state = 'overdue'
  else state = left !== null && left <= DUE_SOON_DAYS ? 'dueSoon' : 'running'
  return {
    state,
    stateLabel: CLOCK_STATE_LABELS[state],
    dueDate: r.due && OPEN.includes(r.status) ? r.due.dueDate : null,
    workingDaysLeft: left,
    allowedDays,
    provisional: r.due?.provisional ?? false
  }
}

function consultationDTO(c: StoredConsultation): ConsultationDTO {
  return {
    party: c.party,
    partyLabel: CONSULTED_PARTY_LABELS[c.party],
    startedOn: c.startedOn,
    dueDate: c.dueDate,
    endedOn: c.endedOn,
    outcome: c.outcome,
    outcomeLabel: c.outcome ? CONSULTATION_OUTCOME_LABELS[c.outcome] : null
  }
}

function replyDTO(r: InfoRequestDoc, attachments: DisclosureFileDTO[]): ReplyDTO | null {
  const reply = r.reply
  if (!reply) return null
  return {
    kind: reply.kind,
    kindLabel: REPLY_KIND_LABELS[reply.kind],
    article: REPLY_KIND_ARTICLES[reply.kind],
    text: reply.text,
    withheldReasonLabel: reply.withheldReason ? WITHHELD_REASON_LABELS[reply.withheldReason] : null,
    cannotProvideLabel: reply.cannotProvideReason ? CANNOT_PROVIDE_LABELS[reply.cannotProvideReason] : null,
    whereToFind: reply.whereToFind,
    disclosureItem: reply.disclosureItem,
    otherAgency: reply.otherAgency,
    otherLaw: reply.otherLaw,
    attachments,
    repliedOn: reply.repliedOn,
    appealText: reply.appealText,
    fee: reply.fee,
    late: reply.late
  }
}

/** A request for its applicant (or their assistant): public steps only, identity masked. */
export function toRequestDTO(r: InfoRequestDoc, now: Date, overrides: Overrides, attachments: DisclosureFileDTO[]): InfoRequestDTO {
  const a = r.applicant
  return {
    id: String(r._id),
    number: r.number,
    status: r.status,
    statusLabel: INFO_REQUEST_STATUS_LABELS[r.status],
    applicantType: a.type,
    applicantTypeLabel: APPLICANT_TYPE_LABELS[a.type],
    applicantName: a.name,
    orgTypeLabel: a.orgType ? ORG_TYPE_LABELS[a.orgType] : null,
    idMasked: a.idMasked,
    phoneMasked: a.phoneMasked,
    contactPerson: a.contactPerson,
    address: a.address,
    email: a.email,
    description: r.description,
    purpose: r.purpose,
    form: r.form,
    formLabel: INFO_FORM_LABELS[r.form],
    delivery: r.delivery,
    deliveryLabel: DELIVERY_LABELS[r.delivery],
    onBehalf: r.acting.onBehalf,
    submittedAt: r.submittedAt.toISOString(),
    receivedOn: r.receivedOn,
    deadline: deadlineDTO(r, now, overrides),
    correction: r.correction
      ? {
          items: r.correction.items,
          requestedOn: r.correction.requestedOn,
          dueDate: r.correction.dueDate,
          answeredOn: r.correction.answeredOn,
          originalDescription: r.correction.originalDescription
        }
      : null,
    extension: r.extension
      ? { days: r.extension.days, reason: r.extension.reason, approvedByName: r.extension.approvedByName, approvedOn: r.extension.approvedOn }
      : null,
    consultations: r.consultations.map(consultationDTO),
    reply: replyDTO(r, attachments),
    withdrawnReason: r.withdrawnReason,
    canCorrect: INFO_REQUEST_LIFECYCLE.allowedActions(r.status, 'applicant').includes('correct'),
    canWithdraw: INFO_REQUEST_LIFECYCLE.allowedActions(r.status, 'applicant').includes('withdraw'),
    timeline: r.updates
      .filter((u) => u.public)
      .map((u) => ({ action: u.action, label: INFO_REQUEST_ACTION_LABELS[u.action], at: u.at.toISOString(), text: u.publicText }))
  }
}

/** A request in lists. */
export function toRequestSummary(r: InfoRequestDoc, now: Date, overrides: Overrides): InfoRequestSummary {
  return {
    id: String(r._id),
    number: r.number,
    status: r.status,
    statusLabel: INFO_REQUEST_STATUS_LABELS[r.status],
    applicantName: r.applicant.name,
    applicantTypeLabel: APPLICANT_TYPE_LABELS[r.applicant.type],
    description: r.description.length > 60 ? `${r.description.slice(0, 60)}…` : r.description,
    deadline: deadlineDTO(r, now, overrides),
    replyKindLabel: r.reply ? REPLY_KIND_LABELS[r.reply.kind] : null,
    submittedAt: r.submittedAt.toISOString()
  }
}

/** The consultations as staff see them: with who was consulted and the note. */
export function staffConsultations(r: InfoRequestDoc): (ConsultationDTO & { name: string; note: string | null })[] {
  return r.consultations.map((c) => ({ ...consultationDTO(c), name: c.name, note: c.note }))
}
