import { Types } from 'mongoose'
import type * as z from '../../../../../src/shared/zod'
import type { createGuideSchema, GuideForStaff } from '../../../../../src/shared/guides'
import { conflict } from '../../../lib/errors'
import type { AppDeps } from '../../../lib/deps'
import { isDuplicateKeyError } from '../../../lib/mongoErrors'
import type { AuthedUser } from '../../../lib/types'
import { recordAudit } from '../../audit/actions/recordAudit'
import { assertCanEditDepartment, assertDepartmentInTownship, assertOwnTownship } from '../access'
import { guideModel, toGuideForStaff, type GuideDoc } from '../model'

export type CreateGuideParsed = z.output<typeof createGuideSchema>

/**
 * Creates an unpublished guide whose draft is `content` (revision 0). The slug is unique per
 * township (409 when taken); the route is idempotent, so a retried request replays the first answer.
 */
export async function createGuide(deps: AppDeps, user: AuthedUser, input: CreateGuideParsed): Promise<GuideForStaff> {
  assertOwnTownship(user, input.townshipId)
  assertCanEditDepartment(user, input.content.departmentId)
  const townshipId = new Types.ObjectId(input.townshipId)
  await assertDepartmentInTownship(deps.db, townshipId, input.content.departmentId)
  const now = deps.clock.now()
  let doc: GuideDoc
  try {
    const created = await guideModel(deps.db).create({
      townshipId,
      slug: input.slug,
      draft: input.content,
      draftRevision: 0,
      draftUpdatedAt: now,
      draftUpdatedBy: user.id,
      published: null,
      version: 0,
      publishedAt: null,
      publishedBy: null,
      search: null,
      history: [{ action: 'create', by: user.id, at: now, revision: 0, version: 0 }],
      createdAt: now,
      createdBy: user.id
    })
    doc = created.toObject() as unknown as GuideDoc
  } catch (err) {
    if (isDuplicateKeyError(err)) throw conflict('SLUG_TAKEN', '事项代码已被使用，请换一个事项代码')
    throw err
  }
  await recordAudit(deps, user, { action: 'guide.created', targetType: 'guide', targetId: String(doc._id), detail: input.slug })
  return toGuideForStaff(doc)
}
