import type * as z from '../../../../../src/shared/zod'
import type { GuideForStaff, saveGuideDraftSchema } from '../../../../../src/shared/guides'
import { conflict } from '../../../lib/errors'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { recordAudit } from '../../audit/actions/recordAudit'
import { assertCanEditDepartment, assertDepartmentInTownship, assertStaffMaySeeGuide } from '../access'
import { loadGuide } from '../load'
import { guideModel, HISTORY_LIMIT, sameContent, toGuideForStaff, type GuideDoc } from '../model'

export type SaveGuideDraftParsed = z.output<typeof saveGuideDraftSchema>

const STALE = '草稿已被别人修改，请刷新后再改'

/**
 * Replaces a guide's draft. Optimistic concurrency: the write only lands if the draft is still at
 * `baseRevision` (one conditional update), otherwise 409 — except when the draft one revision on is
 * exactly this content saved by this person, i.e. a network retry of a save that already landed.
 * Residents keep seeing the published version.
 */
export async function saveGuideDraft(deps: AppDeps, user: AuthedUser, id: string, input: SaveGuideDraftParsed): Promise<GuideForStaff> {
  const current = await loadGuide(deps.db, id)
  assertStaffMaySeeGuide(user, current)
  assertCanEditDepartment(user, current.draft.departmentId)
  if (current.draftRevision !== input.baseRevision) {
    if (isOwnRetry(current, user, input)) return toGuideForStaff(current)
    throw conflict('STALE_DRAFT', STALE)
  }
  assertCanEditDepartment(user, input.content.departmentId)
  await assertDepartmentInTownship(deps.db, current.townshipId, input.content.departmentId)
  const now = deps.clock.now()
  const revision = input.baseRevision + 1
  const updated = await guideModel(deps.db)
    .findOneAndUpdate(
      { _id: current._id, draftRevision: input.baseRevision },
      {
        $set: { draft: input.content, draftRevision: revision, draftUpdatedAt: now, draftUpdatedBy: user.id },
        $push: {
          history: {
            $each: [{ action: 'saveDraft', by: user.id, at: now, revision, version: current.version }],
            $slice: -HISTORY_LIMIT
          }
        }
      },
      { new: true }
    )
    .lean<GuideDoc>()
  if (!updated) {
    const latest = await loadGuide(deps.db, id)
    if (isOwnRetry(latest, user, input)) return toGuideForStaff(latest)
    throw conflict('STALE_DRAFT', STALE)
  }
  await recordAudit(deps, user, { action: 'guide.draftSaved', targetType: 'guide', targetId: id, detail: `草稿第 ${revision} 版` })
  return toGuideForStaff(updated)
}

function isOwnRetry(doc: GuideDoc, user: AuthedUser, input: SaveGuideDraftParsed): boolean {
  return (
    doc.draftRevision === input.baseRevision + 1 &&
    doc.draftUpdatedBy === user.id &&
    sameContent(doc.draft, input.content)
  )
}
