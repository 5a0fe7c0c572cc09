import { Schema, type Connection, type InferSchemaType, type Model } from 'mongoose'

const sessionSchema = new Schema(
  {
    /** SHA-256 of the bearer token; the token itself is only ever in the client's hands. */
    tokenHash: { type: String, required: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    via: { type: String, enum: ['wechat', 'dev'], required: true },
    createdAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
    /** Updated at most once a minute. */
    lastSeenAt: { type: Date, required: true }
  },
  { collection: 'sessions' }
)
sessionSchema.index({ tokenHash: 1 }, { unique: true })
sessionSchema.index({ userId: 1 })
sessionSchema.index({ expiresAt: 1 }, { expireAfterSeconds: 0 })

export type Session = InferSchemaType<typeof sessionSchema>

/** Server-side sessions (several replicas share them through the database). */
export function sessionModel(db: Connection): Model<Session> {
  return (db.models.Session as Model<Session> | undefined) ?? db.model<Session>('Session', sessionSchema)
}
