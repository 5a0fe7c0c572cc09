import type { GuideForStaff } from '../../../../../src/shared/guides'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { recordAudit } from '../../audit/actions/recordAudit'
import { assertCanEditDepartment, assertStaffMaySeeGuide } from '../access'
import { loadGuide } from '../load'
import { guideModel, HISTORY_LIMIT, toGuideForStaff, type GuideDoc } from '../model'
import { bumpGuidesIndexVersion } from '../searchIndex'

/**
 * Takes a guide offline: residents no longer find or open it; the draft and the version count stay,
 * so publishing again continues the numbering. Unpublishing an offline guide changes nothing.
 */
export async function unpublishGuide(deps: AppDeps, user: AuthedUser, id: string): Promise<GuideForStaff> {
  const current = await loadGuide(deps.db, id)
  assertStaffMaySeeGuide(user, current)
  assertCanEditDepartment(user, current.draft.departmentId)
  if (current.published === null) return toGuideForStaff(current)
  const now = deps.clock.now()
  const updated = await guideModel(deps.db)
    .findOneAndUpdate(
      { _id: current._id, published: { $ne: null } },
      {
        $set: { published: null, publishedAt: null, publishedBy: null, search: null },
        $push: {
          history: {
            $each: [{ action: 'unpublish', by: user.id, at: now, revision: current.draftRevision, version: current.version }],
            $slice: -HISTORY_LIMIT
          }
        }
      },
      { new: true }
    )
    .lean<GuideDoc>()
  if (!updated) return toGuideForStaff(await loadGuide(deps.db, id))
  await bumpGuidesIndexVersion(deps.db, current.townshipId)
  await recordAudit(deps, user, { action: 'guide.unpublished', targetType: 'guide', targetId: id, detail: `第 ${current.version} 版下线` })
  return toGuideForStaff(updated)
}
