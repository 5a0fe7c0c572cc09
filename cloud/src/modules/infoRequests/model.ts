import { Schema, type Connection, type Model, type Types } from 'mongoose'
import {
  APPLICANT_TYPES,
  DELIVERY_METHODS,
  FEE_METHODS,
  INFO_FORMS,
  INFO_REQUEST_ACTIONS,
  INFO_REQUEST_STATUSES,
  ORG_TYPES,
  type AppealCounts,
  type ApplicantType,
  type CannotProvideReason,
  type ConsultationOutcome,
  type ConsultedParty,
  type DeliveryMethod,
  type FeeMethod,
  type InfoForm,
  type InfoRequestAction,
  type InfoRequestStatus,
  type OrgType,
  type ReplyKind,
  type WithheldReason
} from '../../../../src/shared/infoRequests'
import type { LocalDate } from '../../../../src/shared/calendar'
import type { RecordedUpdate } from '../../lib/lifecycle'
import type { NoticeEvent } from '../../lib/notices'
import { sequenceModel } from '../../lib/sequence'
import type { ClockDue, RequestClock } from './clock'

/** One step of a request, written in the same write as the change it records. */
export interface InfoRequestUpdate extends RecordedUpdate<InfoRequestStatus, InfoRequestAction> {
  /** Whether the applicant sees it (internal notes are staff-only). */
  public: boolean
}

/** Who applied, as stored: the ID number or credit code and the phone only encrypted (with a masked copy and a look-up hash). */
export interface StoredApplicant {
  type: ApplicantType
  name: string
  orgType: OrgType | null
  contactPerson: string | null
  idEncrypted: string
  idHash: string
  idMasked: string
  phoneEncrypted: string
  phoneMasked: string
  address: string | null
  email: string | null
}

export interface StoredCorrection {
  items: string[]
  periodDays: number
  requestedOn: LocalDate
  dueDate: LocalDate
  answeredOn: LocalDate | null
  originalDescription: string
}

export interface StoredExtension {
  days: number
  reason: string
  approvedById: Types.ObjectId
  approvedByName: string
  approvedOn: LocalDate
}

export interface StoredConsultation {
  party: ConsultedParty
  name: string
  note: string | null
  startedOn: LocalDate
  dueDate: LocalDate
  endedOn: LocalDate | null
  outcome: ConsultationOutcome | null
}

export interface StoredReply {
  kind: ReplyKind
  text: string
  withheldReason: WithheldReason | null
  cannotProvideReason: CannotProvideReason | null
  whereToFind: string | null
  disclosureItem: { id: string; title: string } | null
  otherAgency: { name: string; contact: string } | null
  otherLaw: string | null
  attachmentIds: Types.ObjectId[]
  pages: number
  fee: { yuan: number; basis: string }
  appealText: string
  repliedOn: LocalDate
  late: boolean
}

/** How a request ended: answered, withdrawn by the applicant, or closed for want of a correction. */
export type ClosedBy = 'reply' | 'applicant' | 'lapse'

export interface InfoRequestDoc {
  _id: Types.ObjectId
  townshipId: Types.ObjectId
  /** The department acting as 政府信息公开工作机构 when the request came (null: the admins handle it). */
  departmentId: Types.ObjectId | null
  number: string
  acting: {
    submitterId: Types.ObjectId
    submitterRole: string
    applicantPersonId: Types.ObjectId
    applicantName: string
    onBehalf: boolean
    consentId: Types.ObjectId | null
  }
  applicant: StoredApplicant
  description: string
  purpose: string | null
  form: InfoForm
  delivery: DeliveryMethod
  status: InfoRequestStatus
  /** Where a consultation returns to. */
  resumeStatus: InfoRequestStatus | null
  receivedOn: LocalDate | null
  clock: RequestClock | null
  due: ClockDue | null
  /** Sort key of the staff queue: the next deadline that matters, or far in the future. */
  queueRank: Date
  correction: StoredCorrection | null
  extension: StoredExtension | null
  consultations: StoredConsultation[]
  reply: StoredReply | null
  closedOn: LocalDate | null
  closedBy: ClosedBy | null
  withdrawnReason: string | null
  /** `YYYY-MM` in China time, for the fee rule's count per natural month. */
  monthKey: string
  submittedAt: Date
  updates: InfoRequestUpdate[]
  pendingNotices: NoticeEvent[]
  updatedAt: Date
}

/** A queue rank far in the future: requests without a running deadline sort after every running one. */
export const NO_RANK = new Date('9999-12-31T00:00:00Z')

const updateSchema = new Schema<InfoRequestUpdate>(
  {
    action: { type: String, enum: INFO_REQUEST_ACTIONS, required: true },
    from: { type: String, enum: [...INFO_REQUEST_STATUSES, null], default: null },
    to: { type: String, enum: INFO_REQUEST_STATUSES, required: true },
    authorId: { type: Schema.Types.ObjectId, default: null },
    authorName: { type: String, required: true },
    authorRole: { type: String, required: true },
    at: { type: Date, required: true },
    publicText: { type: String, default: null },
    internalNote: { type: String, default: null },
    public: { type: Boolean, required: true }
  },
  { _id: false }
)

const requestSchema = new Schema<InfoRequestDoc>(
  {
    townshipId: { type: Schema.Types.ObjectId, required: true },
    departmentId: { type: Schema.Types.ObjectId, default: null },
    number: { type: String, required: true },
    acting: {
      submitterId: { type: Schema.Types.ObjectId, required: true },
      submitterRole: { type: String, required: true },
      applicantPersonId: { type: Schema.Types.ObjectId, required: true },
      applicantName: { type: String, default: '' },
      onBehalf: { type: Boolean, required: true },
      consentId: { type: Schema.Types.ObjectId, default: null }
    },
    applicant: {
      type: { type: String, enum: APPLICANT_TYPES, required: true },
      name: { type: String, required: true },
      orgType: { type: String, enum: [...ORG_TYPES, null], default: null },
      contactPerson: { type: String, default: null },
      idEncrypted: { type: String, required: true },
      idHash: { type: String, required: true },
      idMasked: { type: String, required: true },
      phoneEncrypted: { type: String, required: true },
      phoneMasked: { type: String, required: true },
      address: { type: String, default: null },
      email: { type: String, default: null }
    },
    description: { type: String, required: true },
    purpose: { type: String, default: null },
    form: { type: String, enum: INFO_FORMS, required: true },
    delivery: { type: String, enum: DELIVERY_METHODS, required: true },
    status: { type: String, enum: INFO_REQUEST_STATUSES, required: true },
    resumeStatus: { type: String, enum: [...INFO_REQUEST_STATUSES, null], default: null },
    receivedOn: { type: String, default: null },
    clock: { type: Schema.Types.Mixed, default: null },
    due: { type: Schema.Types.Mixed, default: null },
    queueRank: { type: Date, required: true },
    correction: { type: Schema.Types.Mixed, default: null },
    extension: { type: Schema.Types.Mixed, default: null },
    consultations: { type: Schema.Types.Mixed, default: () => [] },
    reply: { type: Schema.Types.Mixed, default: null },
    closedOn: { type: String, default: null },
    closedBy: { type: String, enum: ['reply', 'applicant', 'lapse', null], default: null },
    withdrawnReason: { type: String, default: null },
    monthKey: { type: String, required: true },
    submittedAt: { type: Date, required: true },
    updates: { type: [updateSchema], default: [] },
    pendingNotices: { type: Schema.Types.Mixed, default: () => [] },
    updatedAt: { type: Date, required: true }
  },
  { collection: 'info_requests', versionKey: false, minimize: false }
)
requestSchema.index({ townshipId: 1, queueRank: 1, submittedAt: -1 })
requestSchema.index({ townshipId: 1, departmentId: 1, queueRank: 1 })
requestSchema.index({ townshipId: 1, receivedOn: 1 })
requestSchema.index({ townshipId: 1, closedOn: 1 })
requestSchema.index({ 'acting.submitterId': 1, submittedAt: -1 })
requestSchema.index({ 'acting.applicantPersonId': 1, submittedAt: -1 })
requestSchema.index({ status: 1, queueRank: 1 })
requestSchema.index({ townshipId: 1, 'applicant.idHash': 1, monthKey: 1 })
requestSchema.index({ townshipId: 1, number: 1 }, { unique: true })

/** Information requests (依申请公开); one model per connection. */
export function infoRequestModel(db: Connection): Model<InfoRequestDoc> {
  return (db.models.InfoRequest as Model<InfoRequestDoc> | undefined) ?? db.model<InfoRequestDoc>('InfoRequest', requestSchema)
}

/** A township's settings for requests: who handles them, the appeal bodies, the fee rule. */
export interface SettingsDoc {
  _id: Types.ObjectId
  townshipId: Types.ObjectId
  officeName: string
  officeDepartmentId: Types.ObjectId | null
  reviewBody: string
  court: string
  feeMethod: FeeMethod
  officePhone: string
  officeAddress: string
  updatedAt: Date
  updatedById: Types.ObjectId
}

const settingsSchema = new Schema<SettingsDoc>(
  {
    townshipId: { type: Schema.Types.ObjectId, required: true },
    officeName: { type: String, required: true },
    officeDepartmentId: { type: Schema.Types.ObjectId, default: null },
    reviewBody: { type: String, required: true },
    court: { type: String, required: true },
    feeMethod: { type: String, enum: FEE_METHODS, required: true },
    officePhone: { type: String, required: true },
    officeAddress: { type: String, required: true },
    updatedAt: { type: Date, required: true },
    updatedById: { type: Schema.Types.ObjectId, required: true }
  },
  { collection: 'info_request_settings', versionKey: false }
)
settingsSchema.index({ townshipId: 1 }, { unique: true })

/** Each township's request settings (absent: the defaults); one model per connection. */
export function settingsModel(db: Connection): Model<SettingsDoc> {
  return (db.models.InfoRequestSettings as Model<SettingsDoc> | undefined) ?? db.model<SettingsDoc>('InfoRequestSettings', settingsSchema)
}

/** 行政复议 and 行政诉讼 counts of a year, entered by staff for the annual report. */
export interface AppealsDoc {
  _id: Types.ObjectId
  townshipId: Types.ObjectId
  year: number
  review: AppealCounts
  lawsuitDirect: AppealCounts
  lawsuitAfterReview: AppealCounts
  updatedAt: Date
  updatedById: Types.ObjectId
}

const appealsSchema = new Schema<AppealsDoc>(
  {
    townshipId: { type: Schema.Types.ObjectId, required: true },
    year: { type: Number, required: true },
    review: { type: Schema.Types.Mixed, required: true },
    lawsuitDirect: { type: Schema.Types.Mixed, required: true },
    lawsuitAfterReview: { type: Schema.Types.Mixed, required: true },
    updatedAt: { type: Date, required: true },
    updatedById: { type: Schema.Types.ObjectId, required: true }
  },
  { collection: 'info_request_appeals', versionKey: false }
)
appealsSchema.index({ townshipId: 1, year: 1 }, { unique: true })

/** Appeal counts per township and year; one model per connection. */
export function appealsModel(db: Connection): Model<AppealsDoc> {
  return (db.models.InfoRequestAppeals as Model<AppealsDoc> | undefined) ?? db.model<AppealsDoc>('InfoRequestAppeals', appealsSchema)
}

/** Request numbers per township and year. */
export function requestCounterModel(db: Connection) {
  return sequenceModel(db, 'InfoRequestCounter', 'info_request_counters')
}
