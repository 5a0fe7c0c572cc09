import { createHash } from 'node:crypto'
import { Schema, Types, type Connection, type InferSchemaType, type Model } from 'mongoose'
import {
  NOTICE_AUDIENCE_ROLES,
  NOTICE_CHANNELS,
  NOTICE_EVENT_TYPES,
  NOTICE_STATUSES,
  NOTICE_TEMPLATE_KEYS,
  SUBSCRIBE_CHOICES,
  type InboxEntryDTO,
  type NoticeLink,
  type NoticeRecordDTO
} from '../../../../src/shared/notices'

/** A lease that has never been taken (leases are compared with `$lte now`). */
export const NO_LEASE = new Date(0)

const noticeSchema = new Schema(
  {
    /** `<eventId>:<userId>:<channel>`: relaying the same event twice cannot create a second record. */
    _id: { type: String, required: true },
    eventId: { type: String, required: true },
    type: { type: String, enum: NOTICE_EVENT_TYPES, required: true },
    subjectType: { type: String, required: true },
    subjectId: { type: String, required: true },
    townshipId: { type: Schema.Types.ObjectId, default: null },
    channel: { type: String, enum: NOTICE_CHANNELS, required: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    /** Why this person is told (themselves, the person acted for, the assistant who acted, an admin). */
    audience: { type: String, enum: NOTICE_AUDIENCE_ROLES, required: true },
    /** What the channel sends, fixed when the notice is recorded. */
    payload: { type: Schema.Types.Mixed, default: null },
    status: { type: String, enum: NOTICE_STATUSES, required: true },
    attempts: { type: Number, required: true, default: 0 },
    lastError: { type: String, default: null },
    nextAttemptAt: { type: Date, required: true },
    /** A dispatcher holds the notice until then; another may claim it afterwards. */
    leaseUntil: { type: Date, required: true, default: NO_LEASE },
    /** The claim that holds the lease; every later write of that attempt is conditional on it. */
    attemptId: { type: String, default: null },
    /** Set right before a non-idempotent send; found set by a later claim, it means the send was interrupted. */
    sendingSince: { type: Date, default: null },
    sentAt: { type: Date, default: null },
    createdAt: { type: Date, required: true }
  },
  { collection: 'notices', versionKey: false }
)
noticeSchema.index({ status: 1, nextAttemptAt: 1 })
noticeSchema.index({ subjectId: 1, createdAt: 1 })
noticeSchema.index({ eventId: 1 })
noticeSchema.index({ userId: 1, createdAt: -1 })

const inboxEntrySchema = new Schema(
  {
    /** `<eventId>:<userId>`; `_id` is derived from it (inboxEntryId), so writing it twice is a no-op. */
    key: { type: String, required: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    eventId: { type: String, required: true },
    type: { type: String, enum: NOTICE_EVENT_TYPES, required: true },
    subjectType: { type: String, required: true },
    subjectId: { type: String, required: true },
    audience: { type: String, enum: NOTICE_AUDIENCE_ROLES, required: true },
    title: { type: String, required: true },
    body: { type: String, required: true },
    link: {
      page: { type: String, required: true },
      query: { type: Schema.Types.Mixed, default: {} }
    },
    onBehalfOfName: { type: String, default: null },
    createdAt: { type: Date, required: true },
    readAt: { type: Date, default: null }
  },
  { collection: 'inbox_entries', versionKey: false }
)
inboxEntrySchema.index({ userId: 1, createdAt: -1 })
inboxEntrySchema.index({ userId: 1, readAt: 1 })

const subscriptionSchema = new Schema(
  {
    userId: { type: Schema.Types.ObjectId, required: true },
    templateKey: { type: String, enum: NOTICE_TEMPLATE_KEYS, required: true },
    /** The template id the choice was made for; a changed configuration makes the choice stale. */
    templateId: { type: String, required: true },
    choice: { type: String, enum: SUBSCRIBE_CHOICES, required: true },
    /** One-time subscriptions left: each “允许” grants one message. */
    remaining: { type: Number, required: true, default: 0 },
    updatedAt: { type: Date, required: true }
  },
  { collection: 'notice_subscriptions', versionKey: false }
)
subscriptionSchema.index({ userId: 1, templateKey: 1 }, { unique: true })

export type NoticeRecord = InferSchemaType<typeof noticeSchema>
export type InboxEntry = InferSchemaType<typeof inboxEntrySchema> & { _id: Types.ObjectId }
export type NoticeSubscription = InferSchemaType<typeof subscriptionSchema>

/** The outbox: one delivery record per person and channel. */
export function noticeModel(db: Connection): Model<NoticeRecord> {
  return (db.models.Notice as Model<NoticeRecord> | undefined) ?? db.model<NoticeRecord>('Notice', noticeSchema)
}

/** In-app inbox entries, one per person and event. */
export function inboxEntryModel(db: Connection): Model<InboxEntry> {
  return (db.models.InboxEntry as Model<InboxEntry> | undefined) ?? db.model<InboxEntry>('InboxEntry', inboxEntrySchema)
}

/** Each person's answer to WeChat's subscribe prompt, per template. */
export function noticeSubscriptionModel(db: Connection): Model<NoticeSubscription> {
  return (
    (db.models.NoticeSubscription as Model<NoticeSubscription> | undefined) ??
    db.model<NoticeSubscription>('NoticeSubscription', subscriptionSchema)
  )
}

/** The notice id of one person and channel for an event. */
export function noticeId(eventId: string, userId: string, channel: string): string {
  return `${eventId}:${userId}:${channel}`
}

/** The inbox entry key of one person for an event. */
export function inboxKey(eventId: string, userId: string): string {
  return `${eventId}:${userId}`
}

/** The ObjectId of the inbox entry for a key: the first 12 bytes of its SHA-256, so every writer agrees on it. */
export function inboxEntryId(key: string): Types.ObjectId {
  return new Types.ObjectId(createHash('sha256').update(key).digest('hex').slice(0, 24))
}

/** The inbox entry as its owner sees it. */
export function toInboxEntryDTO(doc: InboxEntry): InboxEntryDTO {
  return {
    id: String(doc._id),
    type: doc.type,
    title: doc.title,
    body: doc.body,
    link: { page: doc.link?.page ?? '/pages/inbox/index', query: (doc.link?.query ?? {}) as NoticeLink['query'] },
    createdAt: doc.createdAt.toISOString(),
    read: doc.readAt != null,
    onBehalfOfName: doc.onBehalfOfName ?? null
  }
}

/** A delivery record as staff see it; the payload (openid, message text) stays inside. */
export function toNoticeRecordDTO(doc: NoticeRecord): NoticeRecordDTO {
  return {
    id: doc._id,
    eventId: doc.eventId,
    type: doc.type,
    channel: doc.channel,
    userId: String(doc.userId),
    audience: doc.audience,
    status: doc.status,
    attempts: doc.attempts,
    lastError: doc.lastError ?? null,
    nextAttemptAt: doc.status === 'pending' ? doc.nextAttemptAt.toISOString() : null,
    sentAt: doc.sentAt ? doc.sentAt.toISOString() : null,
    createdAt: doc.createdAt.toISOString()
  }
}
