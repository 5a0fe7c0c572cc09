import type { UnreadCountDTO } from '../../../../../src/shared/notices'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { inboxEntryModel } from '../model'

/** How many inbox entries the caller has not read (the tab bar badge). */
export async function countUnread(deps: AppDeps, user: AuthedUser): Promise<UnreadCountDTO> {
  return { unread: await inboxEntryModel(deps.db).countDocuments({ userId: user.id, readAt: null }) }
}
