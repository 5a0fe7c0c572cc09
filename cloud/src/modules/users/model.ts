import { Schema, type Connection, type HydratedDocument, type InferSchemaType, type Model } from 'mongoose'
import { ROLES } from '../../../../src/shared/enums'

const userSchema = new Schema(
  {
    role: { type: String, enum: ROLES, required: true, default: 'resident' },
    displayName: { type: String, required: true },
    townshipId: { type: Schema.Types.ObjectId, required: true },
    villageId: { type: Schema.Types.ObjectId, default: null },
    departmentIds: { type: [Schema.Types.ObjectId], default: [] },
    /** WeChat identity; absent for demo persons until they sign in with WeChat. */
    openid: { type: String },
    unionid: { type: String },
    /** Marks a demo person offered by the development login (stable seed key). */
    demoKey: { type: String },
    /** One line for the development login picker. */
    demoDescription: { type: String },
    /** AES-256-GCM ciphertext (lib/crypto.ts); only phoneMasked is ever shown. */
    phoneEncrypted: { type: String },
    phoneMasked: { type: String }
  },
  { collection: 'users', timestamps: true }
)
userSchema.index({ openid: 1 }, { unique: true, sparse: true })
userSchema.index({ demoKey: 1 }, { unique: true, sparse: true })
userSchema.index({ townshipId: 1, role: 1 })

export type User = InferSchemaType<typeof userSchema>
export type UserDoc = HydratedDocument<User>

/** Accounts of residents, assistants, staff and admins; one model per connection. */
export function userModel(db: Connection): Model<User> {
  return (db.models.User as Model<User> | undefined) ?? db.model<User>('User', userSchema)
}
