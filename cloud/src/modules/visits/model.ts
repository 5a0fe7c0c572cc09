import { Schema, type Connection, type Model, type Types } from 'mongoose'
import {
  VOLUNTEER_ACTIONS,
  VOLUNTEER_KINDS,
  VOLUNTEER_SKILL_IDS,
  VOLUNTEER_STATUSES,
  type VolunteerAction,
  type VolunteerKind,
  type VolunteerSkillId,
  type VolunteerStatus
} from '../../../../src/shared/visits'
import { recordedUpdateSchema, type RecordedUpdate } from '../../lib/lifecycle'
import type { NoticeEvent } from '../../lib/notices'

/** A volunteer's or grid worker's registration for a village (one per account). */
export interface VolunteerDoc {
  _id: Types.ObjectId
  townshipId: Types.ObjectId
  userId: Types.ObjectId
  villageId: Types.ObjectId
  kind: VolunteerKind
  realName: string
  /** AES-256-GCM ciphertext (lib/crypto.ts); staff and residents only ever see the mask. */
  phoneEncrypted: string
  phoneMasked: string
  skills: VolunteerSkillId[]
  intro: string | null
  phoneOnDoorplates: boolean
  status: VolunteerStatus
  /** Why it was last rejected or suspended. */
  reason: string | null
  updates: RecordedUpdate<VolunteerStatus, VolunteerAction>[]
  pendingNotices: NoticeEvent[]
  registeredAt: Date
  updatedAt: Date
}

const updateSchema = recordedUpdateSchema(VOLUNTEER_STATUSES, VOLUNTEER_ACTIONS)

const volunteerSchema = new Schema<VolunteerDoc>(
  {
    townshipId: { type: Schema.Types.ObjectId, required: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    villageId: { type: Schema.Types.ObjectId, required: true },
    kind: { type: String, enum: VOLUNTEER_KINDS, required: true },
    realName: { type: String, required: true },
    phoneEncrypted: { type: String, required: true },
    phoneMasked: { type: String, required: true },
    skills: { type: [{ type: String, enum: VOLUNTEER_SKILL_IDS }], default: [] },
    intro: { type: String, default: null },
    phoneOnDoorplates: { type: Boolean, required: true },
    status: { type: String, enum: VOLUNTEER_STATUSES, required: true },
    reason: { type: String, default: null },
    updates: { type: [updateSchema], default: [] },
    pendingNotices: { type: Schema.Types.Mixed, default: () => [] },
    registeredAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true }
  },
  { collection: 'volunteers', versionKey: false }
)
volunteerSchema.index({ userId: 1 }, { unique: true })
volunteerSchema.index({ townshipId: 1, status: 1, villageId: 1 })

/** Volunteer and grid-worker registrations; one model per connection. */
export function volunteerModel(db: Connection): Model<VolunteerDoc> {
  return (db.models.Volunteer as Model<VolunteerDoc> | undefined) ?? db.model<VolunteerDoc>('Volunteer', volunteerSchema)
}
