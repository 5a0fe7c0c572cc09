import type { AnyBulkWriteOperation } from 'mongoose'
import { Types } from 'mongoose'
import type { NoticeLink } from '../../../../../src/shared/notices'
import { isDuplicateKeyError } from '../../../lib/mongoErrors'
import type { AppDeps } from '../../../lib/deps'
import { inboxEntryModel, inboxKey, type InboxEntry, type NoticeRecord } from '../model'
import type { DeliveryOutcome, NoticeChannel } from './types'

interface InboxPayload {
  key: string
  title: string
  body: string
  link: NoticeLink
  onBehalfOfName: string | null
  occurredAt: string
}

function entryOf(notice: NoticeRecord): Omit<InboxEntry, '_id' | 'readAt'> {
  const p = notice.payload as InboxPayload
  return {
    key: p.key,
    userId: notice.userId,
    eventId: notice.eventId,
    type: notice.type,
    subjectType: notice.subjectType,
    subjectId: notice.subjectId,
    audience: notice.audience,
    title: p.title,
    body: p.body,
    link: p.link,
    onBehalfOfName: p.onBehalfOfName,
    createdAt: new Date(p.occurredAt)
  }
}

async function writeEntries(deps: AppDeps, notices: NoticeRecord[]): Promise<DeliveryOutcome[]> {
  if (notices.length === 0) return []
  const ops: AnyBulkWriteOperation<InboxEntry>[] = notices.map((n) => {
    const entry = entryOf(n)
    return {
      updateOne: {
        filter: { _id: new Types.ObjectId((n.payload as { entryId: string }).entryId) },
        update: { $setOnInsert: { ...entry, readAt: null } },
        upsert: true
      }
    }
  })
  try {
    await inboxEntryModel(deps.db).bulkWrite(ops, { ordered: false })
  } catch (err) {
    if (!isDuplicateKeyError(err) && !allDuplicates(err)) throw err
  }
  return notices.map(() => ({ outcome: 'sent' }))
}

/** A bulk error made only of duplicate keys: a concurrent writer inserted the same entries first. */
function allDuplicates(err: unknown): boolean {
  const writeErrors = (err as { writeErrors?: unknown[] }).writeErrors
  return Array.isArray(writeErrors) && writeErrors.length > 0 && writeErrors.every(isDuplicateKeyError)
}

/**
 * The in-app inbox: always used. Delivery is an upsert keyed by `<eventId>:<userId>`, so it is
 * written by the relay itself and writing it again changes nothing.
 */
export const inboxChannel: NoticeChannel = {
  name: 'inbox',
  delivery: 'relay',
  idempotent: true,
  prepare(_ctx, draft) {
    const payload: InboxPayload & { entryId: string } = {
      key: inboxKey(draft.event.eventId, draft.recipient.userId),
      entryId: draft.inboxEntryId,
      title: draft.text.title,
      body: draft.text.body,
      link: draft.text.link,
      onBehalfOfName: draft.recipient.as === 'assistant' ? draft.event.onBehalfOfName : null,
      occurredAt: draft.event.occurredAt.toISOString()
    }
    return { payload: { ...payload } }
  },
  async deliver(deps, notice) {
    const [outcome] = await writeEntries(deps, [notice])
    return outcome!
  },
  deliverMany: writeEntries
}
