import type { InboxEntryDTO } from '../../../../../src/shared/notices'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { notFound } from '../../../lib/errors'
import { inboxEntryModel, toInboxEntryDTO, type InboxEntry } from '../model'

/** Marks one of the caller's inbox entries read (reading it again keeps the first time); 404 for anyone else's. */
export async function markInboxRead(deps: AppDeps, user: AuthedUser, entryId: string): Promise<InboxEntryDTO> {
  const Inbox = inboxEntryModel(deps.db)
  await Inbox.updateOne({ _id: entryId, userId: user.id, readAt: null }, { $set: { readAt: deps.clock.now() } })
  const doc = await Inbox.findOne({ _id: entryId, userId: user.id }).lean<InboxEntry>()
  if (!doc) throw notFound('没有找到这条消息，可能已经被清理了')
  return toInboxEntryDTO(doc)
}
