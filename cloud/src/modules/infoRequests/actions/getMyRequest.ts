import type { InfoRequestDTO } from '../../../../../src/shared/infoRequests'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { loadOwnRequest } from '../core'
import { applicantView } from '../views'

/** One of my requests with its public steps and the reply (appeal rights included); someone else's answers 404. */
export async function getMyRequest(deps: AppDeps, user: AuthedUser, input: { id: string }): Promise<InfoRequestDTO> {
  return applicantView(deps, await loadOwnRequest(deps.db, user, input.id))
}
