import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { inboxEntryModel } from '../model'

/** Marks every unread inbox entry of the caller read. */
export async function markAllInboxRead(deps: AppDeps, user: AuthedUser): Promise<{ updated: number; unread: 0 }> {
  const result = await inboxEntryModel(deps.db).updateMany({ userId: user.id, readAt: null }, { $set: { readAt: deps.clock.now() } })
  return { updated: result.modifiedCount, unread: 0 }
}
