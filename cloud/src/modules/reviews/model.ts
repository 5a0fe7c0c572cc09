import { Schema, type Connection, type Model, type Types } from 'mongoose'
import type { ModerationState } from '../../../../src/shared/cases'
import {
  REVIEW_LEVELS,
  REVIEW_SERVICES,
  REVIEW_SETTING_DEFAULTS,
  REVIEW_STATUSES,
  type CallBackMethod,
  type RectificationLevel,
  type RectificationOutcome,
  type ReviewAction,
  type ReviewDimensions,
  type ReviewLevel,
  type ReviewService,
  type ReviewSettings,
  type ReviewStatus
} from '../../../../src/shared/reviews'
import type { RecordedUpdate } from '../../lib/lifecycle'
import type { NoticeEvent } from '../../lib/notices'

/** Sort key of a rating with no running rectification: after every dated one. */
export const NO_RANK = new Date('9999-12-31T00:00:00Z')

/** One entry of a rating's record; `public` says whether the resident sees it. */
export interface ReviewUpdate extends RecordedUpdate<ReviewStatus, ReviewAction> {
  public: boolean
}

/** The rectification of a 差评: its deadline in working days, what the department did, the call-back, the resident's verdict. */
export interface Rectification {
  start: string
  workingDays: number
  dueDate: string
  dueBy: Date
  finding: string | null
  outcome: RectificationOutcome | null
  outcomeText: string | null
  callBackMethod: CallBackMethod | null
  callBackText: string | null
  calledBackAt: Date | null
  /** When the department finished its part (the call-back, or the action for an anonymous rating). */
  doneAt: Date | null
  onTime: boolean | null
  reopened: boolean
  residentLevel: RectificationLevel | null
  residentComment: string | null
  /** `<dueDate>` of the deadline already escalated to the admin. */
  escalatedFor: string | null
}

export interface Appeal {
  reason: string
  evidence: string | null
  byId: Types.ObjectId
  byName: string
  at: Date
  decision: 'upheld' | 'rejected' | null
  note: string | null
  decidedById: Types.ObjectId | null
  decidedAt: Date | null
}

/** Who rated and for whom; for a defaulted rating the system for the applicant. */
export interface ReviewActing {
  submitterId: Types.ObjectId | null
  submitterRole: string
  submitterName: string
  applicantPersonId: Types.ObjectId
  applicantName: string
  onBehalf: boolean
  consentId: Types.ObjectId | null
}

/** One rating (and, for a 差评, its rectification). */
export interface ReviewDoc {
  _id: Types.ObjectId
  townshipId: Types.ObjectId
  departmentId: Types.ObjectId | null
  departmentName: string
  windowName: string
  service: ReviewService
  serviceId: Types.ObjectId | null
  /** One rating per finished service (`case:<id>`), or per person, window and day (`window:<dept>:<person>:<day>`). */
  serviceKey: string
  serviceTitle: string
  staffId: Types.ObjectId | null
  staffName: string | null
  servedAt: Date
  /** The China-time month of the rating: the statistics bucket. */
  month: string
  level: ReviewLevel
  dimensions: ReviewDimensions
  comment: string | null
  moderation: ModerationState
  moderationNote: string | null
  /** Staff looked at a held comment (passed or kept hidden). */
  commentReviewed: boolean
  anonymous: boolean
  acting: ReviewActing
  defaulted: boolean
  bad: boolean
  /** An upheld appeal: kept and shown, never counted. */
  excluded: boolean
  status: ReviewStatus
  resumeStatus: ReviewStatus | null
  rectification: Rectification | null
  /** The running rectification deadline, else NO_RANK (the staff queue sorts by it). */
  queueRank: Date
  appeal: Appeal | null
  ratedAt: Date
  amendableUntil: Date
  updates: ReviewUpdate[]
  pendingNotices: NoticeEvent[]
  updatedAt: Date
}

const dimensions = new Schema(
  {
    efficiency: { type: String, enum: REVIEW_LEVELS },
    guideAccuracy: { type: String, enum: REVIEW_LEVELS },
    convenience: { type: String, enum: REVIEW_LEVELS }
  },
  { _id: false }
)

const reviewSchema = new Schema<ReviewDoc>(
  {
    townshipId: { type: Schema.Types.ObjectId, required: true },
    departmentId: { type: Schema.Types.ObjectId, default: null },
    departmentName: { type: String, required: true },
    windowName: { type: String, default: '' },
    service: { type: String, enum: REVIEW_SERVICES, required: true },
    serviceId: { type: Schema.Types.ObjectId, default: null },
    serviceKey: { type: String, required: true },
    serviceTitle: { type: String, required: true },
    staffId: { type: Schema.Types.ObjectId, default: null },
    staffName: { type: String, default: null },
    servedAt: { type: Date, required: true },
    month: { type: String, required: true },
    level: { type: String, enum: REVIEW_LEVELS, required: true },
    dimensions: { type: dimensions, default: () => ({}) },
    comment: { type: String, default: null },
    moderation: { type: String, required: true },
    moderationNote: { type: String, default: null },
    commentReviewed: { type: Boolean, default: false },
    anonymous: { type: Boolean, required: true },
    acting: { type: Schema.Types.Mixed, required: true },
    defaulted: { type: Boolean, required: true },
    bad: { type: Boolean, required: true },
    excluded: { type: Boolean, required: true },
    status: { type: String, enum: REVIEW_STATUSES, required: true },
    resumeStatus: { type: String, enum: [...REVIEW_STATUSES, null], default: null },
    rectification: { type: Schema.Types.Mixed, default: null },
    queueRank: { type: Date, required: true },
    appeal: { type: Schema.Types.Mixed, default: null },
    ratedAt: { type: Date, required: true },
    amendableUntil: { type: Date, required: true },
    updates: { type: Schema.Types.Mixed, default: () => [] },
    pendingNotices: { type: Schema.Types.Mixed, default: () => [] },
    updatedAt: { type: Date, required: true }
  },
  { collection: 'reviews', versionKey: false }
)
reviewSchema.index({ serviceKey: 1 }, { unique: true })
reviewSchema.index({ townshipId: 1, queueRank: 1, ratedAt: -1 })
reviewSchema.index({ townshipId: 1, departmentId: 1, queueRank: 1 })
reviewSchema.index({ townshipId: 1, status: 1, queueRank: 1 })
reviewSchema.index({ townshipId: 1, month: 1 })
reviewSchema.index({ 'acting.submitterId': 1, ratedAt: -1 })
reviewSchema.index({ 'acting.applicantPersonId': 1, ratedAt: -1 })
reviewSchema.index({ status: 1, queueRank: 1 })

/** Ratings (好差评) with their rectifications; one model per connection. */
export function reviewModel(db: Connection): Model<ReviewDoc> {
  return (db.models.Review as Model<ReviewDoc> | undefined) ?? db.model<ReviewDoc>('Review', reviewSchema)
}

/** A township's rating rules (absent: REVIEW_SETTING_DEFAULTS). */
export interface ReviewSettingsDoc extends ReviewSettings {
  _id: Types.ObjectId
  updatedAt: Date
  updatedBy: Types.ObjectId
}

const settingsSchema = new Schema<ReviewSettingsDoc>(
  {
    acceptDays: { type: Number, default: REVIEW_SETTING_DEFAULTS.acceptDays },
    lockDays: { type: Number, default: REVIEW_SETTING_DEFAULTS.lockDays },
    rectifyDays: { type: Number, default: REVIEW_SETTING_DEFAULTS.rectifyDays },
    defaultRating: { type: Boolean, default: REVIEW_SETTING_DEFAULTS.defaultRating },
    defaultAfterDays: { type: Number, default: REVIEW_SETTING_DEFAULTS.defaultAfterDays },
    updatedAt: { type: Date, required: true },
    updatedBy: { type: Schema.Types.ObjectId, required: true }
  },
  { collection: 'review_settings', versionKey: false }
)

/** Rating rules per township, keyed by the township's id; one model per connection. */
export function reviewSettingsModel(db: Connection): Model<ReviewSettingsDoc> {
  return (db.models.ReviewSettings as Model<ReviewSettingsDoc> | undefined) ?? db.model<ReviewSettingsDoc>('ReviewSettings', settingsSchema)
}
