import type { InfoRequestSettingsDTO } from '../../../../../src/shared/infoRequests'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { loadSettings } from '../core'

/** The township's request settings (the defaults until an admin saves them). */
export async function getSettings(deps: AppDeps, user: AuthedUser): Promise<InfoRequestSettingsDTO> {
  const { updatedAt, ...settings } = await loadSettings(deps.db, user.townshipId)
  return { ...settings, townshipId: user.townshipId, updatedAt: updatedAt?.toISOString() ?? null }
}
