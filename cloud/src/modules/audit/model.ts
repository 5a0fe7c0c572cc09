import { Schema, type Connection, type HydratedDocument, type InferSchemaType, type Model } from 'mongoose'

const auditEntrySchema = new Schema(
  {
    townshipId: { type: Schema.Types.ObjectId, required: true },
    at: { type: Date, required: true },
    actorId: { type: Schema.Types.ObjectId, required: true },
    actorRole: { type: String, required: true },
    action: { type: String, required: true },
    targetType: { type: String, required: true },
    targetId: { type: String, required: true },
    onBehalfOfPersonId: { type: Schema.Types.ObjectId, default: null },
    requestId: { type: String, required: true },
    /** Where the request came from (null for background jobs). */
    clientIp: { type: String, default: null },
    detail: { type: String, default: null }
  },
  { collection: 'audit_log' }
)
auditEntrySchema.index({ townshipId: 1, at: -1 })
auditEntrySchema.index({ townshipId: 1, action: 1, at: -1 })
auditEntrySchema.index({ targetType: 1, targetId: 1, at: -1 })

export type AuditEntry = InferSchemaType<typeof auditEntrySchema>
export type AuditEntryDoc = HydratedDocument<AuditEntry>

/** The append-only audit log; one model per connection. */
export function auditModel(db: Connection): Model<AuditEntry> {
  return (db.models.AuditEntry as Model<AuditEntry> | undefined) ?? db.model<AuditEntry>('AuditEntry', auditEntrySchema)
}
