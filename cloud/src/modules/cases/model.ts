import { Schema, type Connection, type Model, type Types } from 'mongoose'
import {
  CASE_ACTIONS,
  CASE_CATEGORY_IDS,
  CASE_STATUSES,
  CASE_TYPES,
  CONTACT_PREFERENCES,
  MODERATION_STATES,
  PHOTO_MIME_TYPES,
  type CaseAction,
  type CaseCategoryId,
  type CaseStatus,
  type CaseType,
  type ContactPreference,
  type ModerationState,
  type PhotoMimeType
} from '../../../../src/shared/cases'
import { DISPATCH_STATUSES, type DispatchStatus } from '../../../../src/shared/visits'
import type { RecordedUpdate } from '../../lib/lifecycle'
import type { NoticeEvent } from '../../lib/notices'

/** One update on a case (a recorded update), written in the same atomic update as the change it records. */
export interface CaseUpdate extends RecordedUpdate<CaseStatus, CaseAction>, CaseUpdateExtra {}

/** What a case's updates carry beyond the recorded-update shape. */
export interface CaseUpdateExtra {
  /** The name residents see (department, 乡镇便民服务中心, 群众). */
  publicBy: string
  /** Whether the resident sees the update (internal notes, reviews and escalations are staff-only). */
  public: boolean
}

/** A working-day deadline with the inputs it was computed from. */
export interface CaseDeadline {
  kind: 'accept' | 'answer'
  start: string
  workingDays: number
  dueDate: string
  dueBy: Date
  provisional: boolean
}

/** A recorded home visit (上门服务) of a help request. */
export interface CaseVisit {
  visitedAt: Date
  text: string
  photoIds: Types.ObjectId[]
  recordedAt: Date
}

/**
 * The current order of a help request (上门服务), kept on the case so every step is one conditional
 * write together with its recorded update. `round` counts dispatches: each new one starts a round.
 */
export interface CaseDispatch {
  round: number
  status: DispatchStatus
  volunteerId: Types.ObjectId
  volunteerUserId: Types.ObjectId
  volunteerName: string
  volunteerKind: string
  dispatcherId: Types.ObjectId
  note: string | null
  offeredAt: Date
  expiresAt: Date
  acceptedAt: Date | null
  plannedAt: Date | null
  /** Why the volunteer declined, or that the offer expired. */
  reason: string | null
  /** Volunteers who declined or let an offer of this case expire. */
  passedBy: Types.ObjectId[]
  /** When the first round was offered (the dashboard's "dispatched"). */
  firstOfferedAt: Date
  visit: CaseVisit | null
}

export interface CaseDoc {
  _id: Types.ObjectId
  number: string
  townshipId: Types.ObjectId
  departmentId: Types.ObjectId | null
  departmentName: string | null
  type: CaseType
  category: CaseCategoryId
  title: string
  text: string
  photoIds: Types.ObjectId[]
  villageId: Types.ObjectId | null
  location: string | null
  contactPreference: ContactPreference
  /** The phone to call back on, encrypted (lib/crypto); revealed to the handling staff, audited. */
  contactPhoneEncrypted: string | null
  /** The same phone masked (138****8000), what every screen shows. */
  contactPhoneMasked: string | null
  hideName: boolean
  acting: {
    submitterId: Types.ObjectId
    submitterRole: string
    applicantPersonId: Types.ObjectId
    applicantName: string
    onBehalf: boolean
    consentId: Types.ObjectId | null
  }
  status: CaseStatus
  /** The status to go back to when the resident supplies the requested information. */
  resumeStatus: CaseStatus | null
  moderation: ModerationState
  moderationNote: string | null
  deadline: CaseDeadline | null
  /** Working days left when the clock was paused for information. */
  pausedRemainingDays: number | null
  /** Sort key of the staff queue: the running deadline, or far in the future. */
  queueRank: Date
  /** The deadline already escalated (`<kind>:<dueDate>`), so it escalates once. */
  escalatedFor: string | null
  autoCloseBy: Date | null
  pendingQuestion: string | null
  reply: string | null
  mergedIntoId: Types.ObjectId | null
  mergedIntoNumber: string | null
  rating: { level: number; comment: string | null; at: Date } | null
  hotResponseId: Types.ObjectId | null
  /** The home-visit order of a help request; null until it is first dispatched. */
  dispatch: CaseDispatch | null
  /** How often the resident answered "没有解决" (absent on cases older than reopening). */
  reopenCount?: number
  /** When the resident's latest follow-up came, until staff answer it (reply, request, transfer). */
  followUpAt?: Date | null
  /** Residents following the case as theirs too. */
  followerCount?: number
  /** The county body a transferred case went to. */
  transferredTo?: string | null
  updates: CaseUpdate[]
  pendingNotices: NoticeEvent[]
  submittedAt: Date
  updatedAt: Date
}

/** A queue rank far in the future: cases without a running deadline sort after every running one. */
export const NO_RANK = new Date('9999-12-31T00:00:00Z')

const updateSchema = new Schema<CaseUpdate>(
  {
    action: { type: String, enum: CASE_ACTIONS, required: true },
    authorId: { type: Schema.Types.ObjectId, default: null },
    authorName: { type: String, required: true },
    authorRole: { type: String, required: true },
    publicBy: { type: String, required: true },
    from: { type: String, enum: [...CASE_STATUSES, null], default: null },
    to: { type: String, enum: CASE_STATUSES, required: true },
    publicText: { type: String, default: null },
    internalNote: { type: String, default: null },
    public: { type: Boolean, required: true },
    at: { type: Date, required: true }
  },
  { _id: false }
)

const deadlineSchema = new Schema<CaseDeadline>(
  {
    kind: { type: String, enum: ['accept', 'answer'], required: true },
    start: { type: String, required: true },
    workingDays: { type: Number, required: true },
    dueDate: { type: String, required: true },
    dueBy: { type: Date, required: true },
    provisional: { type: Boolean, required: true }
  },
  { _id: false }
)

const dispatchSchema = new Schema<CaseDispatch>(
  {
    round: { type: Number, required: true },
    status: { type: String, enum: DISPATCH_STATUSES, required: true },
    volunteerId: { type: Schema.Types.ObjectId, required: true },
    volunteerUserId: { type: Schema.Types.ObjectId, required: true },
    volunteerName: { type: String, required: true },
    volunteerKind: { type: String, required: true },
    dispatcherId: { type: Schema.Types.ObjectId, required: true },
    note: { type: String, default: null },
    offeredAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
    acceptedAt: { type: Date, default: null },
    plannedAt: { type: Date, default: null },
    reason: { type: String, default: null },
    passedBy: { type: [Schema.Types.ObjectId], default: [] },
    firstOfferedAt: { type: Date, required: true },
    visit: {
      type: new Schema<CaseVisit>(
        {
          visitedAt: { type: Date, required: true },
          text: { type: String, required: true },
          photoIds: { type: [Schema.Types.ObjectId], default: [] },
          recordedAt: { type: Date, required: true }
        },
        { _id: false }
      ),
      default: null
    }
  },
  { _id: false }
)

const caseSchema = new Schema<CaseDoc>(
  {
    number: { type: String, required: true },
    townshipId: { type: Schema.Types.ObjectId, required: true },
    departmentId: { type: Schema.Types.ObjectId, default: null },
    departmentName: { type: String, default: null },
    type: { type: String, enum: CASE_TYPES, required: true },
    category: { type: String, enum: CASE_CATEGORY_IDS, required: true },
    title: { type: String, required: true },
    text: { type: String, required: true },
    photoIds: { type: [Schema.Types.ObjectId], default: [] },
    villageId: { type: Schema.Types.ObjectId, default: null },
    location: { type: String, default: null },
    contactPreference: { type: String, enum: CONTACT_PREFERENCES, required: true },
    contactPhoneEncrypted: { type: String, default: null },
    contactPhoneMasked: { type: String, default: null },
    hideName: { type: Boolean, required: true },
    acting: {
      submitterId: { type: Schema.Types.ObjectId, required: true },
      submitterRole: { type: String, required: true },
      applicantPersonId: { type: Schema.Types.ObjectId, required: true },
      applicantName: { type: String, default: '' },
      onBehalf: { type: Boolean, required: true },
      consentId: { type: Schema.Types.ObjectId, default: null }
    },
    status: { type: String, enum: CASE_STATUSES, required: true },
    resumeStatus: { type: String, enum: [...CASE_STATUSES, null], default: null },
    moderation: { type: String, enum: MODERATION_STATES, required: true },
    moderationNote: { type: String, default: null },
    deadline: { type: deadlineSchema, default: null },
    pausedRemainingDays: { type: Number, default: null },
    queueRank: { type: Date, required: true },
    escalatedFor: { type: String, default: null },
    autoCloseBy: { type: Date, default: null },
    pendingQuestion: { type: String, default: null },
    reply: { type: String, default: null },
    mergedIntoId: { type: Schema.Types.ObjectId, default: null },
    mergedIntoNumber: { type: String, default: null },
    rating: { type: new Schema({ level: Number, comment: { type: String, default: null }, at: Date }, { _id: false }), default: null },
    hotResponseId: { type: Schema.Types.ObjectId, default: null },
    dispatch: { type: dispatchSchema, default: null },
    reopenCount: { type: Number, default: 0 },
    followUpAt: { type: Date, default: null },
    followerCount: { type: Number, default: 0 },
    transferredTo: { type: String, default: null },
    updates: { type: [updateSchema], default: [] },
    pendingNotices: { type: Schema.Types.Mixed, default: () => [] },
    submittedAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true }
  },
  { collection: 'cases', versionKey: false }
)
// The staff queue's order (listStaffCases), for an admin and for department staff.
caseSchema.index({ townshipId: 1, queueRank: 1, submittedAt: -1, _id: -1 })
caseSchema.index({ townshipId: 1, departmentId: 1, queueRank: 1, submittedAt: -1, _id: -1 })
caseSchema.index({ townshipId: 1, status: 1 })
caseSchema.index({ 'acting.submitterId': 1, submittedAt: -1, _id: -1 })
caseSchema.index({ 'acting.applicantPersonId': 1, submittedAt: -1, _id: -1 })
caseSchema.index({ status: 1, 'deadline.dueBy': 1 })
caseSchema.index({ status: 1, autoCloseBy: 1 })
caseSchema.index({ photoIds: 1 })
caseSchema.index({ 'dispatch.volunteerId': 1, 'dispatch.status': 1 })
caseSchema.index({ 'dispatch.status': 1, 'dispatch.expiresAt': 1 })
caseSchema.index({ townshipId: 1, type: 1, submittedAt: -1 })
caseSchema.index({ townshipId: 1, villageId: 1, category: 1, submittedAt: -1 })

/** Cases (诉求); one model per connection. */
export function caseModel(db: Connection): Model<CaseDoc> {
  return (db.models.Case as Model<CaseDoc> | undefined) ?? db.model<CaseDoc>('Case', caseSchema)
}

export interface UploadDoc {
  _id: Types.ObjectId
  ownerId: Types.ObjectId
  townshipId: Types.ObjectId
  key: string
  mimeType: PhotoMimeType
  size: number
  moderation: ModerationState
  /** Why content security holds the photo (WeChat's verdict), null otherwise. */
  moderationNote?: string | null
  traceId: string | null
  createdAt: Date
}

const uploadSchema = new Schema<UploadDoc>(
  {
    ownerId: { type: Schema.Types.ObjectId, required: true },
    townshipId: { type: Schema.Types.ObjectId, required: true },
    key: { type: String, required: true },
    mimeType: { type: String, enum: PHOTO_MIME_TYPES, required: true },
    size: { type: Number, required: true },
    moderation: { type: String, enum: MODERATION_STATES, required: true },
    moderationNote: { type: String, default: null },
    traceId: { type: String, default: null },
    createdAt: { type: Date, required: true }
  },
  { collection: 'case_uploads', versionKey: false }
)
uploadSchema.index({ ownerId: 1, createdAt: -1 })
uploadSchema.index({ traceId: 1 })

/** Uploaded photos (bytes live in storage); one model per connection. */
export function uploadModel(db: Connection): Model<UploadDoc> {
  return (db.models.CaseUpload as Model<UploadDoc> | undefined) ?? db.model<UploadDoc>('CaseUpload', uploadSchema)
}

export interface HotResponseDoc {
  _id: Types.ObjectId
  caseId: Types.ObjectId
  townshipId: Types.ObjectId
  type: CaseType
  category: CaseCategoryId
  title: string
  question: string
  answer: string
  departmentName: string | null
  publishedBy: Types.ObjectId
  publishedAt: Date
}

const hotResponseSchema = new Schema<HotResponseDoc>(
  {
    caseId: { type: Schema.Types.ObjectId, required: true },
    townshipId: { type: Schema.Types.ObjectId, required: true },
    type: { type: String, enum: CASE_TYPES, required: true },
    category: { type: String, enum: CASE_CATEGORY_IDS, required: true },
    title: { type: String, required: true },
    question: { type: String, required: true },
    answer: { type: String, required: true },
    departmentName: { type: String, default: null },
    publishedBy: { type: Schema.Types.ObjectId, required: true },
    publishedAt: { type: Date, required: true }
  },
  { collection: 'hot_responses', versionKey: false }
)
hotResponseSchema.index({ caseId: 1 }, { unique: true })
hotResponseSchema.index({ townshipId: 1, publishedAt: -1, _id: -1 })

/** Published 热点回应; one model per connection. */
export function hotResponseModel(db: Connection): Model<HotResponseDoc> {
  return (db.models.HotResponse as Model<HotResponseDoc> | undefined) ?? db.model<HotResponseDoc>('HotResponse', hotResponseSchema)
}

/** A content-check verdict WeChat pushed before the upload it is about had stored its trace id. */
export interface ParkedVerdictDoc {
  traceId: string
  suggest: string | null
  label: string | null
  /** WeChat's errcode for the check itself (-1008: it could not download the file). */
  errcode: number
  receivedAt: Date
}

const parkedVerdictSchema = new Schema<ParkedVerdictDoc>(
  {
    traceId: { type: String, required: true },
    suggest: { type: String, default: null },
    label: { type: String, default: null },
    errcode: { type: Number, required: true },
    receivedAt: { type: Date, required: true }
  },
  { collection: 'media_verdicts', versionKey: false }
)
parkedVerdictSchema.index({ traceId: 1 }, { unique: true })
parkedVerdictSchema.index({ receivedAt: 1 }, { expireAfterSeconds: 7 * 86_400 })

/** Verdicts that arrived before their trace id was stored; one model per connection. */
export function parkedVerdictModel(db: Connection): Model<ParkedVerdictDoc> {
  return (db.models.ParkedMediaVerdict as Model<ParkedVerdictDoc> | undefined) ?? db.model<ParkedVerdictDoc>('ParkedMediaVerdict', parkedVerdictSchema)
}

/** A resident following someone else's case as theirs too ("这是我的问题"); one per case and person. */
export interface CaseFollowerDoc {
  _id: Types.ObjectId
  caseId: Types.ObjectId
  userId: Types.ObjectId
  townshipId: Types.ObjectId
  createdAt: Date
}

const caseFollowerSchema = new Schema<CaseFollowerDoc>(
  {
    caseId: { type: Schema.Types.ObjectId, required: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    townshipId: { type: Schema.Types.ObjectId, required: true },
    createdAt: { type: Date, required: true }
  },
  { collection: 'case_followers', versionKey: false }
)
caseFollowerSchema.index({ caseId: 1, userId: 1 }, { unique: true })
caseFollowerSchema.index({ userId: 1, createdAt: -1 })

/** Followers of cases; one model per connection. */
export function caseFollowerModel(db: Connection): Model<CaseFollowerDoc> {
  return (db.models.CaseFollower as Model<CaseFollowerDoc> | undefined) ?? db.model<CaseFollowerDoc>('CaseFollower', caseFollowerSchema)
}

/** A reply template a department saved for reuse. */
export interface ReplyTemplateDoc {
  _id: Types.ObjectId
  townshipId: Types.ObjectId
  departmentId: Types.ObjectId
  title: string
  text: string
  createdBy: Types.ObjectId
  createdAt: Date
}

const replyTemplateSchema = new Schema<ReplyTemplateDoc>(
  {
    townshipId: { type: Schema.Types.ObjectId, required: true },
    departmentId: { type: Schema.Types.ObjectId, required: true },
    title: { type: String, required: true },
    text: { type: String, required: true },
    createdBy: { type: Schema.Types.ObjectId, required: true },
    createdAt: { type: Date, required: true }
  },
  { collection: 'case_reply_templates', versionKey: false }
)
replyTemplateSchema.index({ townshipId: 1, departmentId: 1, createdAt: -1 })

/** Departments' saved reply templates; one model per connection. */
export function replyTemplateModel(db: Connection): Model<ReplyTemplateDoc> {
  return (db.models.CaseReplyTemplate as Model<ReplyTemplateDoc> | undefined) ?? db.model<ReplyTemplateDoc>('CaseReplyTemplate', replyTemplateSchema)
}
