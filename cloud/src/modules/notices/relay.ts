import { Types, type AnyBulkWriteOperation, type Connection } from 'mongoose'
import { NOTICE_CHANNELS, NOTICE_EVENT_TYPES, type NoticeChannelName } from '../../../../src/shared/notices'
import type { Role } from '../../../../src/shared/enums'
import type { AppDeps } from '../../lib/deps'
import { isDuplicateKeyError } from '../../lib/mongoErrors'
import { personModel } from '../people/model'
import { userModel } from '../users/model'
import { NOTICE_CHANNEL_TABLE, type NoticeChannel, type NoticeDraft, type PrepareContext } from './channels'
import type { NoticeEvent, Recipient } from '../../lib/notices'
import type { FaultHook } from './faults'
import {
  NO_LEASE,
  inboxEntryId,
  inboxKey,
  noticeId,
  noticeModel,
  noticeSubscriptionModel,
  type NoticeRecord,
  type NoticeSubscription
} from './model'

export interface RelayOptions {
  faults?: FaultHook
  /** The channels to use; the full channel table unless said. */
  channels?: Partial<Record<NoticeChannelName, NoticeChannel>>
}

export interface RelayReport {
  events: number
  /** Outbox records written (or found already written), over every channel. */
  notices: number
}

const isObjectId = (v: unknown): v is string => typeof v === 'string' && /^[0-9a-f]{24}$/.test(v)

async function resolveRecipients(db: Connection, events: NoticeEvent[]): Promise<Map<string, Recipient[]>> {
  const personIds = new Set<string>()
  const townshipIds = new Set<string>()
  const departmentIds = new Set<string>()
  for (const e of events) {
    for (const a of e.audience) {
      if (a.kind === 'person' && isObjectId(a.personId)) personIds.add(a.personId)
      if (a.kind === 'townshipAdmins' && isObjectId(a.townshipId)) townshipIds.add(a.townshipId)
      if (a.kind === 'departmentStaff' && isObjectId(a.departmentId)) departmentIds.add(a.departmentId)
    }
  }
  const [people, admins, staff] = await Promise.all([
    personIds.size
      ? personModel(db).find({ _id: { $in: [...personIds] } }, { userId: 1 }).lean()
      : Promise.resolve([]),
    townshipIds.size
      ? userModel(db).find({ townshipId: { $in: [...townshipIds] }, role: 'admin' }, { townshipId: 1 }).lean()
      : Promise.resolve([]),
    departmentIds.size
      ? userModel(db).find({ departmentIds: { $in: [...departmentIds] }, role: 'staff' }, { departmentIds: 1 }).lean()
      : Promise.resolve([])
  ])
  const userOfPerson = new Map(people.filter((p) => p.userId).map((p) => [String(p._id), String(p.userId)]))
  const adminsOf = new Map<string, string[]>()
  for (const a of admins) adminsOf.set(String(a.townshipId), [...(adminsOf.get(String(a.townshipId)) ?? []), String(a._id)])
  const staffOf = new Map<string, string[]>()
  for (const u of staff) {
    for (const d of u.departmentIds ?? []) staffOf.set(String(d), [...(staffOf.get(String(d)) ?? []), String(u._id)])
  }
  const idsOf = (a: NoticeEvent['audience'][number]): (string | undefined)[] => {
    if (a.kind === 'user') return [a.userId]
    if (a.kind === 'person') return [userOfPerson.get(a.personId)]
    if (a.kind === 'departmentStaff') return staffOf.get(a.departmentId) ?? []
    return adminsOf.get(a.townshipId) ?? []
  }

  const wanted = new Map<string, { userId: string; as: Recipient['as'] }[]>()
  const userIds = new Set<string>()
  for (const e of events) {
    const list: { userId: string; as: Recipient['as'] }[] = []
    for (const a of e.audience) {
      for (const id of idsOf(a)) {
        if (!isObjectId(id) || list.some((r) => r.userId === id)) continue
        list.push({ userId: id, as: a.as })
        userIds.add(id)
      }
    }
    wanted.set(e.eventId, list)
  }
  const users = userIds.size
    ? await userModel(db).find({ _id: { $in: [...userIds] } }, { role: 1, displayName: 1, openid: 1 }).lean()
    : []
  const byId = new Map(users.map((u) => [String(u._id), u]))
  const out = new Map<string, Recipient[]>()
  for (const [eventId, list] of wanted) {
    out.set(
      eventId,
      list.flatMap(({ userId, as }) => {
        const u = byId.get(userId)
        return u ? [{ userId, as, role: u.role as Role, displayName: u.displayName, openid: u.openid ?? null }] : []
      })
    )
  }
  return out
}

function draftText(draft: Omit<NoticeDraft, 'text'>): NoticeDraft['text'] {
  const text = draft.definition.text(draft.event, draft.recipient)
  if (draft.recipient.as === 'assistant' && draft.event.onBehalfOfName) {
    return { ...text, body: `【您代${draft.event.onBehalfOfName}办理】${text.body}` }
  }
  return text
}

/**
 * Turns events into inbox entries and outbox records: for every person the event reaches and every
 * channel, one record with the id `<eventId>:<userId>:<channel>` (pending, or skipped with the reason).
 * The inbox is written first, then the records. Every write is keyed, so relaying the same events
 * again (after a crash at any point) changes nothing and adds nothing.
 */
export async function relayEvents(deps: AppDeps, events: NoticeEvent[], opts: RelayOptions = {}): Promise<RelayReport> {
  const known = events.filter((e) => (NOTICE_EVENT_TYPES as readonly string[]).includes(e.type))
  if (known.length === 0) return { events: 0, notices: 0 }
  const channels = NOTICE_CHANNELS.flatMap((name) => {
    const channel = opts.channels ? opts.channels[name] : NOTICE_CHANNEL_TABLE[name]
    return channel ? [channel] : []
  })
  const now = deps.clock.now()
  const recipients = await resolveRecipients(deps.db, known)
  const userIds = [...new Set([...recipients.values()].flat().map((r) => r.userId))]
  const subs = userIds.length
    ? await noticeSubscriptionModel(deps.db).find({ userId: { $in: userIds } }).lean<NoticeSubscription[]>()
    : []
  const ctx: PrepareContext = {
    deps,
    now,
    subscriptions: new Map(subs.map((s) => [`${String(s.userId)}:${s.templateKey}`, s]))
  }

  const records: NoticeRecord[] = []
  const relayNow = new Map<NoticeChannel, NoticeRecord[]>()
  for (const event of known) {
    const definition = deps.registry.notices[event.type]
    if (!definition) throw new Error(`notice event ${event.type} has no catalog entry`)
    for (const recipient of recipients.get(event.eventId) ?? []) {
      const partial = { event, definition, recipient, inboxEntryId: String(inboxEntryId(inboxKey(event.eventId, recipient.userId))) }
      const draft: NoticeDraft = { ...partial, text: draftText(partial) }
      for (const channel of channels) {
        const prepared = channel.prepare(ctx, draft)
        const record: NoticeRecord = {
          _id: noticeId(event.eventId, recipient.userId, channel.name),
          eventId: event.eventId,
          type: event.type,
          subjectType: event.subjectType,
          subjectId: event.subjectId,
          townshipId: isObjectId(event.townshipId) ? new Types.ObjectId(event.townshipId) : null,
          channel: channel.name,
          userId: new Types.ObjectId(recipient.userId),
          audience: recipient.as,
          payload: 'payload' in prepared ? prepared.payload : null,
          status: 'payload' in prepared ? 'pending' : 'skipped',
          attempts: 0,
          lastError: 'skip' in prepared ? prepared.skip : null,
          nextAttemptAt: now,
          leaseUntil: NO_LEASE,
          attemptId: null,
          sendingSince: null,
          sentAt: null,
          createdAt: now
        }
        records.push(record)
        if (channel.delivery === 'relay' && record.status === 'pending') {
          relayNow.set(channel, [...(relayNow.get(channel) ?? []), record])
        }
      }
    }
  }

  for (const [channel, batch] of relayNow) {
    const outcomes = channel.deliverMany
      ? await channel.deliverMany(deps, batch).catch(() => null)
      : await Promise.all(batch.map((n) => channel.deliver(deps, n).catch(() => null)))
    batch.forEach((record, i) => {
      const o = Array.isArray(outcomes) ? outcomes[i] : null
      if (o?.outcome === 'sent') Object.assign(record, { status: 'sent', sentAt: now, attempts: 1 })
    })
  }
  for (const e of known) await opts.faults?.('relay.inboxWritten', e.eventId)

  await insertAbsent(deps, records)
  for (const e of known) await opts.faults?.('relay.recorded', e.eventId)
  return { events: known.length, notices: records.length }
}

async function insertAbsent(deps: AppDeps, records: NoticeRecord[]): Promise<void> {
  if (records.length === 0) return
  const ops: AnyBulkWriteOperation<NoticeRecord>[] = records.map(({ _id, ...rest }) => ({
    updateOne: { filter: { _id }, update: { $setOnInsert: rest }, upsert: true }
  }))
  try {
    await noticeModel(deps.db).bulkWrite(ops, { ordered: false })
  } catch (err) {
    const writeErrors = (err as { writeErrors?: unknown[] }).writeErrors
    const onlyDuplicates = isDuplicateKeyError(err) || (Array.isArray(writeErrors) && writeErrors.length > 0 && writeErrors.every(isDuplicateKeyError))
    if (!onlyDuplicates) throw err
  }
}

type Id = Types.ObjectId | string

interface AggregateWithEvents {
  _id: Id
  pendingNotices?: NoticeEvent[]
}

function collectionOf(deps: AppDeps, source: string) {
  const registered = deps.registry.noticeSources[source]
  if (!registered) throw new Error(`no module declares the notice source ${source}`)
  return deps.db.collection<AggregateWithEvents>(registered.collection)
}

async function relayDocs(deps: AppDeps, source: string, docs: AggregateWithEvents[], opts: RelayOptions): Promise<number> {
  const events = docs.flatMap((d) => d.pendingNotices ?? [])
  if (events.length === 0) return 0
  await relayEvents(deps, events, opts)
  const col = collectionOf(deps, source)
  for (const d of docs) {
    const ids = (d.pendingNotices ?? [])
      .filter((e) => (NOTICE_EVENT_TYPES as readonly string[]).includes(e.type))
      .map((e) => e.eventId)
    if (ids.length) await col.updateOne({ _id: d._id }, { $pull: { pendingNotices: { eventId: { $in: ids } } } } as never)
  }
  return events.length
}

/** Relays the pending events of one aggregate and removes them from it; safe to repeat. */
export async function relayPendingOf(deps: AppDeps, source: string, id: Id, opts: RelayOptions = {}): Promise<number> {
  const doc = await collectionOf(deps, source).findOne({ _id: id }, { projection: { pendingNotices: 1 } })
  return doc ? relayDocs(deps, source, [doc], opts) : 0
}

/**
 * Relays the events a write just recorded, right away, so the inbox shows them at once. Never throws:
 * the state change is already saved, and the sweep relays whatever this could not.
 */
export async function relayAfterWrite(deps: AppDeps, source: string, id: Id): Promise<void> {
  try {
    await relayPendingOf(deps, source, id)
  } catch (err) {
    deps.logger.warn({ err, source, id: String(id) }, 'notice relay failed; the sweep will retry')
  }
}

/**
 * The reconciling sweep: relays events left in any registered aggregate (a crash after the state
 * change, or a failed immediate relay). `olderThanMs` leaves fresh events to the immediate relay.
 */
export async function sweepPendingEvents(deps: AppDeps, opts: RelayOptions & { olderThanMs?: number; batchSize?: number } = {}): Promise<number> {
  const cutoff = new Date(deps.clock.now().getTime() - (opts.olderThanMs ?? 0))
  const batchSize = opts.batchSize ?? 100
  let relayed = 0
  for (const source of Object.keys(deps.registry.noticeSources)) {
    const col = collectionOf(deps, source)
    let after: Id | null = null
    for (;;) {
      const filter: Record<string, unknown> = { pendingNotices: { $elemMatch: { occurredAt: { $lte: cutoff } } } }
      if (after !== null) filter._id = { $gt: after }
      const docs = await col.find(filter, { projection: { pendingNotices: 1 } }).sort({ _id: 1 }).limit(batchSize).toArray()
      if (docs.length === 0) break
      relayed += await relayDocs(deps, source, docs, opts)
      after = docs[docs.length - 1]!._id
      if (docs.length < batchSize) break
    }
  }
  return relayed
}

/** Indexes the sweep uses on every registered aggregate collection. */
export async function ensureNoticeSourceIndexes(deps: Pick<AppDeps, 'db' | 'registry'>): Promise<void> {
  const { db } = deps
  for (const { collection } of Object.values(deps.registry.noticeSources)) {
    await db.collection(collection).createIndex({ 'pendingNotices.occurredAt': 1 }, { sparse: true, name: 'pendingNotices_occurredAt' })
  }
}
