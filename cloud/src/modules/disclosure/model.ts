import { Schema, type Connection, type Model, type Types } from 'mongoose'
import {
  DISCLOSURE_ACTIONS,
  DISCLOSURE_FILE_TYPES,
  DISCLOSURE_MODERATION,
  DISCLOSURE_STATUSES,
  POWER_TYPES,
  SERVICE_POINT_KINDS,
  SUBSCRIPTION_TARGETS,
  type DisclosureAction,
  type DisclosureContent,
  type DisclosureFileType,
  type DisclosureModeration,
  type DisclosureStatus,
  type PowerType,
  type ServicePointKind,
  type SubscriptionTarget
} from '../../../../src/shared/disclosure'
import type { RecordedUpdate } from '../../lib/lifecycle'
import type { NoticeEvent } from '../../lib/notices'
import { sequenceModel } from '../../lib/sequence'
import type { SearchFields } from '../../lib/textSearch'

export type DisclosureUpdate = RecordedUpdate<DisclosureStatus, DisclosureAction>

/**
 * One published document (or a draft of one). A published item never changes: a correction is a
 * new item of the same series (`seriesId`, `version` + 1) that supersedes it when it is published.
 */
export interface DisclosureItemDoc {
  _id: Types.ObjectId
  townshipId: Types.ObjectId
  /** The first version's id; every version of a document shares it. */
  seriesId: Types.ObjectId
  version: number
  /** The version this one replaces once published. */
  supersedesId: Types.ObjectId | null
  /** The newer version that replaced this one (status `revised`). */
  supersededById: Types.ObjectId | null
  status: DisclosureStatus
  /** What staff wrote (ids as strings, as the form sends them); frozen once published. */
  content: DisclosureContent
  /** Copies of content fields the visibility rule and the indexes need. */
  departmentId: Types.ObjectId
  villageId: Types.ObjectId | null
  /** The series of the policy an interpretation explains (content.interpretsId's series). */
  interpretsSeriesId: Types.ObjectId | null
  /** 索引号, given at publication. */
  indexNumber: string | null
  moderation: DisclosureModeration
  moderationNote: string | null
  /** Who last submitted it for review: they may not publish it themselves. */
  submittedById: Types.ObjectId | null
  submittedByName: string | null
  publishedAt: Date | null
  publishedById: Types.ObjectId | null
  withdrawnAt: Date | null
  withdrawReason: string | null
  /** Search fields of the published text (null until published). */
  search: SearchFields | null
  updates: DisclosureUpdate[]
  pendingNotices: NoticeEvent[]
  createdAt: Date
  createdById: Types.ObjectId
  updatedAt: Date
}

const updateSchema = new Schema<DisclosureUpdate>(
  {
    action: { type: String, enum: DISCLOSURE_ACTIONS, required: true },
    from: { type: String, enum: [...DISCLOSURE_STATUSES, null], default: null },
    to: { type: String, enum: DISCLOSURE_STATUSES, required: true },
    authorId: { type: Schema.Types.ObjectId, default: null },
    authorName: { type: String, required: true },
    authorRole: { type: String, required: true },
    at: { type: Date, required: true },
    publicText: { type: String, default: null },
    internalNote: { type: String, default: null }
  },
  { _id: false }
)

const itemSchema = new Schema<DisclosureItemDoc>(
  {
    townshipId: { type: Schema.Types.ObjectId, required: true },
    seriesId: { type: Schema.Types.ObjectId, required: true },
    version: { type: Number, required: true },
    supersedesId: { type: Schema.Types.ObjectId, default: null },
    supersededById: { type: Schema.Types.ObjectId, default: null },
    status: { type: String, enum: DISCLOSURE_STATUSES, required: true },
    content: { type: Schema.Types.Mixed, required: true },
    departmentId: { type: Schema.Types.ObjectId, required: true },
    villageId: { type: Schema.Types.ObjectId, default: null },
    interpretsSeriesId: { type: Schema.Types.ObjectId, default: null },
    indexNumber: { type: String, default: null },
    moderation: { type: String, enum: DISCLOSURE_MODERATION, required: true },
    moderationNote: { type: String, default: null },
    submittedById: { type: Schema.Types.ObjectId, default: null },
    submittedByName: { type: String, default: null },
    publishedAt: { type: Date, default: null },
    publishedById: { type: Schema.Types.ObjectId, default: null },
    withdrawnAt: { type: Date, default: null },
    withdrawReason: { type: String, default: null },
    search: { type: Schema.Types.Mixed, default: null },
    updates: { type: [updateSchema], default: [] },
    pendingNotices: { type: Schema.Types.Mixed, default: () => [] },
    createdAt: { type: Date, required: true },
    createdById: { type: Schema.Types.ObjectId, required: true },
    updatedAt: { type: Date, required: true }
  },
  { collection: 'disclosure_items', versionKey: false, minimize: false }
)
itemSchema.index({ townshipId: 1, status: 1, publishedAt: -1 })
itemSchema.index({ townshipId: 1, status: 1, 'content.category': 1, publishedAt: -1 })
itemSchema.index({ townshipId: 1, status: 1, 'content.domainKey': 1, publishedAt: -1 })
itemSchema.index({ villageId: 1, status: 1, publishedAt: -1 })
itemSchema.index({ townshipId: 1, departmentId: 1, updatedAt: -1 })
itemSchema.index({ townshipId: 1, updatedAt: -1 })
itemSchema.index({ seriesId: 1, version: 1 })
itemSchema.index({ supersedesId: 1 })
itemSchema.index({ interpretsSeriesId: 1, status: 1 })

/** Published documents and their drafts (政务公开); one model per connection. */
export function itemModel(db: Connection): Model<DisclosureItemDoc> {
  return (db.models.DisclosureItem as Model<DisclosureItemDoc> | undefined) ?? db.model<DisclosureItemDoc>('DisclosureItem', itemSchema)
}

/** An attachment (PDF or image); the bytes live in storage. */
export interface DisclosureFileDoc {
  _id: Types.ObjectId
  townshipId: Types.ObjectId
  uploadedById: Types.ObjectId
  name: string
  mimeType: DisclosureFileType
  size: number
  key: string
  createdAt: Date
}

const fileSchema = new Schema<DisclosureFileDoc>(
  {
    townshipId: { type: Schema.Types.ObjectId, required: true },
    uploadedById: { type: Schema.Types.ObjectId, required: true },
    name: { type: String, required: true },
    mimeType: { type: String, enum: DISCLOSURE_FILE_TYPES, required: true },
    size: { type: Number, required: true },
    key: { type: String, required: true },
    createdAt: { type: Date, required: true }
  },
  { collection: 'disclosure_files', versionKey: false }
)
fileSchema.index({ townshipId: 1, createdAt: -1 })

/** Attachments of published items and of replies to information requests; one model per connection. */
export function fileModel(db: Connection): Model<DisclosureFileDoc> {
  return (db.models.DisclosureFile as Model<DisclosureFileDoc> | undefined) ?? db.model<DisclosureFileDoc>('DisclosureFile', fileSchema)
}

/** An area a township added to the standard catalogue. */
export interface DomainDoc {
  _id: Types.ObjectId
  townshipId: Types.ObjectId
  key: string
  name: string
  createdById: Types.ObjectId
  createdAt: Date
}

const domainSchema = new Schema<DomainDoc>(
  {
    townshipId: { type: Schema.Types.ObjectId, required: true },
    key: { type: String, required: true },
    name: { type: String, required: true },
    createdById: { type: Schema.Types.ObjectId, required: true },
    createdAt: { type: Date, required: true }
  },
  { collection: 'disclosure_domains', versionKey: false }
)
domainSchema.index({ townshipId: 1, key: 1 }, { unique: true })
domainSchema.index({ townshipId: 1, name: 1 }, { unique: true })

/** A township's own catalogue areas; one model per connection. */
export function domainModel(db: Connection): Model<DomainDoc> {
  return (db.models.DisclosureDomain as Model<DomainDoc> | undefined) ?? db.model<DomainDoc>('DisclosureDomain', domainSchema)
}

/** A resident who wants to hear when a village or a domain publishes something. */
export interface SubscriptionDoc {
  _id: Types.ObjectId
  userId: Types.ObjectId
  townshipId: Types.ObjectId
  target: SubscriptionTarget
  key: string
  createdAt: Date
}

const subscriptionSchema = new Schema<SubscriptionDoc>(
  {
    userId: { type: Schema.Types.ObjectId, required: true },
    townshipId: { type: Schema.Types.ObjectId, required: true },
    target: { type: String, enum: SUBSCRIPTION_TARGETS, required: true },
    key: { type: String, required: true },
    createdAt: { type: Date, required: true }
  },
  { collection: 'disclosure_subscriptions', versionKey: false }
)
subscriptionSchema.index({ userId: 1, target: 1, key: 1 }, { unique: true })
subscriptionSchema.index({ townshipId: 1, target: 1, key: 1 })

/** Subscriptions to villages and domains; one model per connection. */
export function subscriptionModel(db: Connection): Model<SubscriptionDoc> {
  return (db.models.DisclosureSubscription as Model<SubscriptionDoc> | undefined) ?? db.model<SubscriptionDoc>('DisclosureSubscription', subscriptionSchema)
}

/** One power of the 权责清单. */
export interface PowerDoc {
  _id: Types.ObjectId
  townshipId: Types.ObjectId
  code: string
  name: string
  type: PowerType
  basis: string
  responsiblePost: string
  keywords: string[]
  order: number
  search: SearchFields
  updatedAt: Date
}

const powerSchema = new Schema<PowerDoc>(
  {
    townshipId: { type: Schema.Types.ObjectId, required: true },
    code: { type: String, default: '' },
    name: { type: String, required: true },
    type: { type: String, enum: POWER_TYPES, required: true },
    basis: { type: String, required: true },
    responsiblePost: { type: String, required: true },
    keywords: { type: [String], default: [] },
    order: { type: Number, required: true },
    search: { type: Schema.Types.Mixed, required: true },
    updatedAt: { type: Date, required: true }
  },
  { collection: 'disclosure_powers', versionKey: false }
)
powerSchema.index({ townshipId: 1, order: 1 })
powerSchema.index({ townshipId: 1, name: 1 }, { unique: true })

/** The 权责清单 of each township; one model per connection. */
export function powerModel(db: Connection): Model<PowerDoc> {
  return (db.models.DisclosurePower as Model<PowerDoc> | undefined) ?? db.model<PowerDoc>('DisclosurePower', powerSchema)
}

/** One 便民服务点 on the map. */
export interface ServicePointDoc {
  _id: Types.ObjectId
  townshipId: Types.ObjectId
  villageId: Types.ObjectId | null
  name: string
  kind: ServicePointKind
  address: string
  hours: string
  phone: string
  latitude: number
  longitude: number
  services: string[]
  order: number
  search: SearchFields
  updatedAt: Date
}

const servicePointSchema = new Schema<ServicePointDoc>(
  {
    townshipId: { type: Schema.Types.ObjectId, required: true },
    villageId: { type: Schema.Types.ObjectId, default: null },
    name: { type: String, required: true },
    kind: { type: String, enum: SERVICE_POINT_KINDS, required: true },
    address: { type: String, required: true },
    hours: { type: String, required: true },
    phone: { type: String, required: true },
    latitude: { type: Number, required: true },
    longitude: { type: Number, required: true },
    services: { type: [String], default: [] },
    order: { type: Number, required: true },
    search: { type: Schema.Types.Mixed, required: true },
    updatedAt: { type: Date, required: true }
  },
  { collection: 'disclosure_service_points', versionKey: false }
)
servicePointSchema.index({ townshipId: 1, order: 1 })
servicePointSchema.index({ townshipId: 1, name: 1 }, { unique: true })

/** The 便民地图 of each township; one model per connection. */
export function servicePointModel(db: Connection): Model<ServicePointDoc> {
  return (db.models.DisclosureServicePoint as Model<ServicePointDoc> | undefined) ?? db.model<ServicePointDoc>('DisclosureServicePoint', servicePointSchema)
}

/** Counters: 索引号 per township and year, and each township's search version. */
export function counterModel(db: Connection) {
  return sequenceModel(db, 'DisclosureCounter', 'disclosure_counters')
}
