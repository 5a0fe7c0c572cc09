import { Schema, type Connection, type Model, type Types } from 'mongoose'
import { QR_TARGET_ACTIONS, QR_TARGET_KINDS, QR_TARGET_STATUSES, type QrTargetAction, type QrTargetKind, type QrTargetStatus } from '../../../../src/shared/qrcodes'
import { recordedUpdateSchema, type RecordedUpdate } from '../../lib/lifecycle'

/** The household a door plate names. */
export interface TargetHousehold {
  group: string | null
  number: string
  householder: string | null
}

/** A posted code: its scene, what it points at, and whether it still works. */
export interface QrTargetDoc {
  _id: Types.ObjectId
  townshipId: Types.ObjectId
  /** The random short code on paper (unique); never the target's id. */
  scene: string
  kind: QrTargetKind
  title: string
  /** The window's department, or the department of a guide (who may manage the code). */
  departmentId: Types.ObjectId | null
  guideId: Types.ObjectId | null
  villageId: Types.ObjectId | null
  household: TargetHousehold | null
  /** `<kind>:<what>` while active: one live code per window, guide, board, household and hall. */
  activeKey?: string
  status: QrTargetStatus
  retiredReason: string | null
  /** The live code whose place this retired one's prints point to (the hall when null). */
  insteadId: Types.ObjectId | null
  /** Storage key of the WeChat mini-program code image, once generated (WeChat is asked once per code). */
  miniprogramImageKey: string | null
  updates: RecordedUpdate<QrTargetStatus, QrTargetAction>[]
  createdBy: Types.ObjectId
  createdAt: Date
  updatedAt: Date
}

const updateSchema = recordedUpdateSchema(QR_TARGET_STATUSES, QR_TARGET_ACTIONS)

const targetSchema = new Schema<QrTargetDoc>(
  {
    townshipId: { type: Schema.Types.ObjectId, required: true },
    scene: { type: String, required: true },
    kind: { type: String, enum: QR_TARGET_KINDS, required: true },
    title: { type: String, required: true },
    departmentId: { type: Schema.Types.ObjectId, default: null },
    guideId: { type: Schema.Types.ObjectId, default: null },
    villageId: { type: Schema.Types.ObjectId, default: null },
    household: {
      type: new Schema<TargetHousehold>(
        { group: { type: String, default: null }, number: { type: String, required: true }, householder: { type: String, default: null } },
        { _id: false }
      ),
      default: null
    },
    activeKey: { type: String },
    status: { type: String, enum: QR_TARGET_STATUSES, required: true },
    retiredReason: { type: String, default: null },
    insteadId: { type: Schema.Types.ObjectId, default: null },
    miniprogramImageKey: { type: String, default: null },
    updates: { type: [updateSchema], default: [] },
    createdBy: { type: Schema.Types.ObjectId, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true }
  },
  { collection: 'qr_targets', versionKey: false }
)
targetSchema.index({ scene: 1 }, { unique: true })
targetSchema.index({ activeKey: 1 }, { unique: true, sparse: true })
targetSchema.index({ townshipId: 1, status: 1, kind: 1, createdAt: 1 })
targetSchema.index({ townshipId: 1, villageId: 1, kind: 1, status: 1 })

/** Posted QR codes; one model per connection. */
export function qrTargetModel(db: Connection): Model<QrTargetDoc> {
  return (db.models.QrTarget as Model<QrTargetDoc> | undefined) ?? db.model<QrTargetDoc>('QrTarget', targetSchema)
}

/** Scans of one code on one day (China time): counters only, nobody's identity. */
export interface ScanDayDoc {
  /** `<targetId>:<YYYY-MM-DD>`. */
  _id: string
  targetId: Types.ObjectId
  townshipId: Types.ObjectId
  villageId: Types.ObjectId | null
  kind: QrTargetKind
  day: string
  count: number
  /** Of `count`, scans by someone signed in. */
  signedIn: number
}

const scanDaySchema = new Schema<ScanDayDoc>(
  {
    _id: { type: String, required: true },
    targetId: { type: Schema.Types.ObjectId, required: true },
    townshipId: { type: Schema.Types.ObjectId, required: true },
    villageId: { type: Schema.Types.ObjectId, default: null },
    kind: { type: String, enum: QR_TARGET_KINDS, required: true },
    day: { type: String, required: true },
    count: { type: Number, required: true },
    signedIn: { type: Number, required: true }
  },
  { collection: 'qr_scan_days', versionKey: false }
)
scanDaySchema.index({ townshipId: 1, day: 1 })
scanDaySchema.index({ targetId: 1, day: 1 })

/** Daily scan counters per code; one model per connection. */
export function scanDayModel(db: Connection): Model<ScanDayDoc> {
  return (db.models.QrScanDay as Model<ScanDayDoc> | undefined) ?? db.model<ScanDayDoc>('QrScanDay', scanDaySchema)
}

/**
 * That a signed-in person scanned a code on a day (kept 90 days): what lets 一次一评 ask "you were
 * at this window today". Anonymous scans leave no such record.
 */
export interface ScanVisitDoc {
  /** `<targetId>:<userId>:<YYYY-MM-DD>`. */
  _id: string
  targetId: Types.ObjectId
  userId: Types.ObjectId
  day: string
  firstAt: Date
}

const scanVisitSchema = new Schema<ScanVisitDoc>(
  {
    _id: { type: String, required: true },
    targetId: { type: Schema.Types.ObjectId, required: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    day: { type: String, required: true },
    firstAt: { type: Date, required: true }
  },
  { collection: 'qr_scan_visits', versionKey: false }
)
scanVisitSchema.index({ userId: 1, day: -1 })
scanVisitSchema.index({ firstAt: 1 }, { expireAfterSeconds: 90 * 86_400 })

/** Signed-in scans, per person, code and day; one model per connection. */
export function scanVisitModel(db: Connection): Model<ScanVisitDoc> {
  return (db.models.QrScanVisit as Model<ScanVisitDoc> | undefined) ?? db.model<ScanVisitDoc>('QrScanVisit', scanVisitSchema)
}
