import type { Page } from '../../../../../src/shared/common'
import { inboxListQuerySchema, type InboxEntryDTO } from '../../../../../src/shared/notices'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { inboxEntryModel, toInboxEntryDTO, type InboxEntry } from '../model'

export const listInboxQuery = inboxListQuerySchema
export type ListInboxQuery = z.output<typeof listInboxQuery>

/** The caller's inbox, newest first, a page at a time (only unread ones when asked), with the unread count. */
export async function listInbox(deps: AppDeps, user: AuthedUser, query: ListInboxQuery): Promise<Page<InboxEntryDTO> & { unread: number }> {
  const Inbox = inboxEntryModel(deps.db)
  const filter = query.unread ? { userId: user.id, readAt: null } : { userId: user.id }
  const [docs, total, unread] = await Promise.all([
    Inbox.find(filter)
      .sort({ createdAt: -1, _id: -1 })
      .skip((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .lean<InboxEntry[]>(),
    Inbox.countDocuments(filter),
    Inbox.countDocuments({ userId: user.id, readAt: null })
  ])
  return { items: docs.map(toInboxEntryDTO), total, page: query.page, pageSize: query.pageSize, unread }
}
