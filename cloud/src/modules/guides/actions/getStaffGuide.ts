import type { GuideForStaff } from '../../../../../src/shared/guides'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { assertStaffMaySeeGuide } from '../access'
import { loadGuide } from '../load'
import { toGuideForStaff } from '../model'

/** The editor's view of one guide (draft and published side by side), for staff of its township. */
export async function getStaffGuide(deps: Pick<AppDeps, 'db'>, user: AuthedUser, id: string): Promise<GuideForStaff> {
  const doc = await loadGuide(deps.db, id)
  assertStaffMaySeeGuide(user, doc)
  return toGuideForStaff(doc)
}
