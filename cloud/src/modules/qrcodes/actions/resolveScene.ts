import type { QrResolveDTO } from '../../../../../src/shared/qrcodes'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { loadByScene, resolveTarget } from '../resolve'

/** What a scene leads to, without counting a scan (a page reloading, the retired page). 404 for an unknown scene. */
export async function resolveScene(deps: AppDeps, user: AuthedUser | undefined, input: { scene: string }): Promise<QrResolveDTO> {
  return resolveTarget(deps, user, await loadByScene(deps, input.scene))
}
