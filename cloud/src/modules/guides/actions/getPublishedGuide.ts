import { Types, type Connection } from 'mongoose'
import type { GuideContent, GuideDetail } from '../../../../../src/shared/guides'
import { notFound } from '../../../lib/errors'
import { requireTownship } from '../../org/lookup'
import { departmentModel, type DepartmentDoc } from '../../org/model'
import { guideModel, toGuideDetail, type GuideDoc } from '../model'

const NOT_PUBLISHED = '这个事项还没有发布或已下线'

type PublishedGuideDoc = GuideDoc & { published: GuideContent; publishedAt: Date }

/** The published version of a guide, by id; drafts are never shown (404). */
export async function getPublishedGuide(db: Connection, id: string): Promise<GuideDetail> {
  const doc = await guideModel(db)
    .findOne({ _id: new Types.ObjectId(id), published: { $ne: null } }, { history: 0, draft: 0, search: 0 })
    .lean<PublishedGuideDoc>()
  if (!doc) throw notFound(NOT_PUBLISHED)
  return withDepartment(db, doc)
}

/** The published version of a guide by its township and slug (QR 码上知道 entries carry slugs). */
export async function getGuideBySlug(db: Connection, townshipId: string, slug: string): Promise<GuideDetail> {
  const township = await requireTownship(db, townshipId)
  const doc = await guideModel(db)
    .findOne({ townshipId: township._id, slug, published: { $ne: null } }, { history: 0, draft: 0, search: 0 })
    .lean<PublishedGuideDoc>()
  if (!doc) throw notFound(NOT_PUBLISHED)
  return withDepartment(db, doc)
}

async function withDepartment(db: Connection, doc: PublishedGuideDoc): Promise<GuideDetail> {
  const dept = Types.ObjectId.isValid(doc.published.departmentId)
    ? await departmentModel(db).findOne({ _id: doc.published.departmentId, townshipId: doc.townshipId }).lean<DepartmentDoc>()
    : null
  return toGuideDetail(doc, dept ?? undefined)
}
