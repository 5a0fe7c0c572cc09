import { Schema, type Connection, type HydratedDocument, type InferSchemaType, type Model, type Types } from 'mongoose'
import { STAFF_SIGNUP_STATUSES } from '../../../../src/shared/enums'
import type { StaffSignupDTO } from '../../../../src/shared/auth'

const staffSignupSchema = new Schema(
  {
    userId: { type: Schema.Types.ObjectId, required: true },
    townshipId: { type: Schema.Types.ObjectId, required: true },
    realName: { type: String, required: true },
    /** AES-256-GCM ciphertext; the plain number never touches the database. */
    idNumberEncrypted: { type: String, required: true },
    /** HMAC-SHA256 of the ID number, for duplicate checks. */
    idNumberHash: { type: String, required: true },
    idNumberMasked: { type: String, required: true },
    phoneEncrypted: { type: String, required: true },
    phoneMasked: { type: String, required: true },
    departmentIds: { type: [Schema.Types.ObjectId], required: true },
    status: { type: String, enum: STAFF_SIGNUP_STATUSES, required: true, default: 'pending' },
    /**
     * `<townshipId>:<idNumberHash>` while pending or approved, removed on rejection:
     * its unique index allows one live sign-up per ID number per township.
     */
    activeIdKey: { type: String },
    /** The user id while pending: one open application per person. */
    pendingUserKey: { type: String },
    submittedAt: { type: Date, required: true },
    reviewedAt: { type: Date, default: null },
    reviewedBy: { type: Schema.Types.ObjectId, default: null },
    reason: { type: String, default: null },
    /** The recorded updates: submitted, then approved or rejected (lib/lifecycle). */
    updates: { type: Schema.Types.Mixed, default: () => [] },
    /** Notice events written with the state change; the notices relay takes them out (see modules/notices). */
    pendingNotices: { type: Schema.Types.Mixed, default: () => [] }
  },
  { collection: 'staff_signups', timestamps: true }
)
staffSignupSchema.index({ activeIdKey: 1 }, { unique: true, sparse: true })
staffSignupSchema.index({ pendingUserKey: 1 }, { unique: true, sparse: true })
staffSignupSchema.index({ townshipId: 1, status: 1, submittedAt: -1 })
staffSignupSchema.index({ userId: 1, submittedAt: -1 })

export type StaffSignup = InferSchemaType<typeof staffSignupSchema>
export type StaffSignupDoc = HydratedDocument<StaffSignup>
/** A sign-up as read with `lean()`. */
export type StaffSignupRecord = StaffSignup & { _id: Types.ObjectId }

/** Staff sign-ups (实名 + 审核), one model per connection. */
export function staffSignupModel(db: Connection): Model<StaffSignup> {
  return (db.models.StaffSignup as Model<StaffSignup> | undefined) ?? db.model<StaffSignup>('StaffSignup', staffSignupSchema)
}

/** The masked view admins list; the full ID number and phone need the audited identity read. */
export function toStaffSignupDTO(doc: StaffSignupRecord): StaffSignupDTO {
  return {
    id: String(doc._id),
    realName: doc.realName,
    idNumberMasked: doc.idNumberMasked,
    phoneMasked: doc.phoneMasked,
    departmentIds: doc.departmentIds.map(String),
    status: doc.status,
    submittedAt: doc.submittedAt.toISOString(),
    reviewedAt: doc.reviewedAt ? doc.reviewedAt.toISOString() : null,
    reason: doc.reason ?? null
  }
}
