import { Schema, type Connection, type HydratedDocument, type InferSchemaType, type Model } from 'mongoose'
import { CONSENT_METHODS } from '../../../../src/shared/people'

const personSchema = new Schema(
  {
    townshipId: { type: Schema.Types.ObjectId, required: true },
    villageId: { type: Schema.Types.ObjectId, default: null },
    group: { type: String, default: null },
    name: { type: String, required: true },
    phoneEncrypted: { type: String },
    phoneMasked: { type: String },
    idNumberEncrypted: { type: String },
    idNumberMasked: { type: String },
    /** `<townshipId>:<HMAC of the ID number>`: one person record per ID number per township. */
    idKey: { type: String },
    /** Set when the person has an account (everyone acting for themselves has one). */
    userId: { type: Schema.Types.ObjectId },
    createdBy: { type: Schema.Types.ObjectId, required: true }
  },
  { collection: 'people', timestamps: true }
)
personSchema.index({ userId: 1 }, { unique: true, sparse: true })
personSchema.index({ idKey: 1 }, { unique: true, sparse: true })
personSchema.index({ townshipId: 1, villageId: 1, name: 1 })

const consentSchema = new Schema(
  {
    assistantUserId: { type: Schema.Types.ObjectId, required: true },
    personId: { type: Schema.Types.ObjectId, required: true },
    townshipId: { type: Schema.Types.ObjectId, required: true },
    how: { type: String, enum: CONSENT_METHODS, required: true },
    givenAt: { type: Date, required: true },
    note: { type: String, default: null },
    recordedBy: { type: Schema.Types.ObjectId, required: true },
    recordedAt: { type: Date, required: true },
    revokedAt: { type: Date, default: null },
    revokedBy: { type: Schema.Types.ObjectId, default: null },
    revokeReason: { type: String, default: null },
    /** `<assistantUserId>:<personId>` while active: one live consent per pair. */
    activeKey: { type: String }
  },
  { collection: 'consents', timestamps: true }
)
consentSchema.index({ activeKey: 1 }, { unique: true, sparse: true })
consentSchema.index({ assistantUserId: 1, revokedAt: 1, recordedAt: -1 })
consentSchema.index({ personId: 1, revokedAt: 1 })

export type Person = InferSchemaType<typeof personSchema>
export type PersonDoc = HydratedDocument<Person>
export type Consent = InferSchemaType<typeof consentSchema>
export type ConsentDoc = HydratedDocument<Consent>

/** The people cases and bookings are for (applicants), with or without an account. */
export function personModel(db: Connection): Model<Person> {
  return (db.models.Person as Model<Person> | undefined) ?? db.model<Person>('Person', personSchema)
}

/** Consent records: a person agreed that an assistant may act for them (revocable). */
export function consentModel(db: Connection): Model<Consent> {
  return (db.models.Consent as Model<Consent> | undefined) ?? db.model<Consent>('Consent', consentSchema)
}
