import { Types, type Connection } from 'mongoose'
import type { GuideContent, GuideDetail } from '../../../../../src/shared/guides'
import { notFound } from '../../../lib/errors'
import { requireTownship } from '../../org/lookup'
import { departmentModel, type DepartmentDoc } from '../../org/model'
import { cachedGuideDetail } from '../detailCache'
import { guideModel, toGuideDetail, type GuideDoc } from '../model'

const NOT_PUBLISHED = '这个事项还没有发布或已下线'

type PublishedGuideDoc = GuideDoc & { published: GuideContent; publishedAt: Date }

const PUBLISHED_PROJECTION = { history: 0, draft: 0, search: 0 }

/** The published version of a guide, by id (from memory while nothing was published; see detailCache); drafts are never shown (404). */
export async function getPublishedGuide(db: Connection, id: string): Promise<GuideDetail> {
  const _id = new Types.ObjectId(id)
  const detail = await cachedGuideDetail(
    db,
    `id:${id}`,
    async () => {
      const g = await guideModel(db).findOne({ _id, published: { $ne: null } }, { townshipId: 1 }).lean<{ townshipId: Types.ObjectId }>()
      return g ? String(g.townshipId) : null
    },
    async () => {
      const doc = await guideModel(db).findOne({ _id, published: { $ne: null } }, PUBLISHED_PROJECTION).lean<PublishedGuideDoc>()
      return doc ? withDepartment(db, doc) : null
    }
  )
  if (!detail) throw notFound(NOT_PUBLISHED)
  return detail
}

/** The published version of a guide by its township and slug (QR 码上知道 entries carry slugs). */
export async function getGuideBySlug(db: Connection, townshipId: string, slug: string): Promise<GuideDetail> {
  const detail = await cachedGuideDetail(
    db,
    `slug:${townshipId}:${slug}`,
    async () => String((await requireTownship(db, townshipId))._id),
    async () => {
      const doc = await guideModel(db)
        .findOne({ townshipId: new Types.ObjectId(townshipId), slug, published: { $ne: null } }, PUBLISHED_PROJECTION)
        .lean<PublishedGuideDoc>()
      return doc ? withDepartment(db, doc) : null
    }
  )
  if (!detail) throw notFound(NOT_PUBLISHED)
  return detail
}

async function withDepartment(db: Connection, doc: PublishedGuideDoc): Promise<GuideDetail> {
  const dept = Types.ObjectId.isValid(doc.published.departmentId)
    ? await departmentModel(db).findOne({ _id: doc.published.departmentId, townshipId: doc.townshipId }).lean<DepartmentDoc>()
    : null
  return toGuideDetail(doc, dept ?? undefined)
}
