import type { GuideForStaff } from '../../../../../src/shared/guides'
import { conflict } from '../../../lib/errors'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { recordAudit } from '../../audit/actions/recordAudit'
import { assertCanEditDepartment, assertDepartmentInTownship, assertStaffMaySeeGuide } from '../access'
import { loadGuide } from '../load'
import { guideModel, guideSearch, hasUnpublishedChanges, HISTORY_LIMIT, toGuideForStaff, type GuideDoc } from '../model'
import { bumpGuidesIndexVersion } from '../searchIndex'

const ATTEMPTS = 3

/**
 * Publishes the current draft: copies it to `published`, bumps `version`, records who and when and
 * recomputes the search fields — one conditional update on the draft revision seen, retried if an
 * edit slipped in between. Publishing an unchanged, already published guide changes nothing.
 */
export async function publishGuide(deps: AppDeps, user: AuthedUser, id: string): Promise<GuideForStaff> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const current = await loadGuide(deps.db, id)
    assertStaffMaySeeGuide(user, current)
    assertCanEditDepartment(user, current.draft.departmentId)
    if (!hasUnpublishedChanges(current)) return toGuideForStaff(current)
    await assertDepartmentInTownship(deps.db, current.townshipId, current.draft.departmentId)
    const now = deps.clock.now()
    const version = current.version + 1
    const search = guideSearch(current.draft)
    const updated = await guideModel(deps.db)
      .findOneAndUpdate(
        { _id: current._id, draftRevision: current.draftRevision, version: current.version },
        {
          $set: { published: current.draft, version, publishedAt: now, publishedBy: user.id, search },
          $push: {
            history: {
              $each: [{ action: 'publish', by: user.id, at: now, revision: current.draftRevision, version }],
              $slice: -HISTORY_LIMIT
            }
          }
        },
        { new: true }
      )
      .lean<GuideDoc>()
    if (!updated) continue
    await bumpGuidesIndexVersion(deps.db, current.townshipId)
    await recordAudit(deps, user, { action: 'guide.published', targetType: 'guide', targetId: id, detail: `第 ${version} 版` })
    return toGuideForStaff(updated)
  }
  throw conflict('GUIDE_BUSY', '这个事项正在被别人修改，请刷新后再发布')
}
