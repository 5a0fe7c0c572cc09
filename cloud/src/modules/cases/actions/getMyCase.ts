import type { CaseDTO } from '../../../../../src/shared/cases'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { loadOwnCase } from '../core'
import { residentView } from '../views'

/** A case of mine (or submitted by me for someone); 404 for anyone else's. */
export async function getMyCase(deps: AppDeps, user: AuthedUser, input: { id: string }): Promise<CaseDTO> {
  return residentView(deps, await loadOwnCase(deps.db, user, input.id))
}
