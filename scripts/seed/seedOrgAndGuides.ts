import type { Connection, Types } from 'mongoose'
import { guideContentSchema, type GuideContent } from '../../src/shared/guides'
import { contactModel, departmentModel, townshipModel, villageModel } from '../../cloud/src/modules/org/model'
import { guideModel, guideSearch, sameContent, type GuideDoc } from '../../cloud/src/modules/guides/model'
import { bumpGuidesIndexVersion } from '../../cloud/src/modules/guides/searchIndex'
import type { SeedData } from './data/types'

export interface SeededOrg {
  townshipId: string
  departmentIds: Record<string, string>
  villageIds: Record<string, string>
  guideIds: Record<string, string>
}

const PLACEHOLDER_ID = '000000000000000000000000'
const INSERT_BATCH = 500

/**
 * Writes a township with its villages, departments, contact table and guides. Idempotent: upserts
 * by township key, department key, village name, contact position and guide slug, so a second run
 * with the same data changes nothing. Guides arrive published (version 1) with the draft equal to
 * the published content; a guide whose seed content changed is republished as the next version.
 * Every guide is checked with `guideContentSchema` before anything is written; the first invalid
 * one throws an error naming its slug.
 */
export async function seedOrgAndGuides(
  db: Connection,
  data: Pick<SeedData, 'township' | 'villages' | 'departments' | 'guides' | 'contacts'>,
  opts: { now: Date }
): Promise<SeededOrg> {
  checkGuides(data)
  const Township = townshipModel(db)
  const Department = departmentModel(db)
  const Village = villageModel(db)
  const Contact = contactModel(db)
  const Guide = guideModel(db)
  await Promise.all([Township.init(), Department.init(), Village.init(), Contact.init(), Guide.init()])

  const { key, ...townshipFields } = data.township
  const township = await Township.findOneAndUpdate(
    { key },
    { $set: townshipFields, $setOnInsert: { key, guidesIndexVersion: 0 } },
    { upsert: true, new: true }
  ).lean()
  const townshipId = township._id

  const departmentIds: Record<string, string> = {}
  let departmentsChanged = false
  for (const d of data.departments) {
    const { key: deptKey, ...fields } = d
    const before = await Department.findOne({ townshipId, key: deptKey }, { name: 1, order: 1 }).lean()
    const doc = await Department.findOneAndUpdate(
      { townshipId, key: deptKey },
      { $set: fields, $setOnInsert: { townshipId, key: deptKey } },
      { upsert: true, new: true }
    ).lean()
    if (!before || before.name !== d.name || before.order !== d.order) departmentsChanged = true
    departmentIds[deptKey] = String(doc._id)
  }

  const villageIds: Record<string, string> = {}
  for (const v of data.villages) {
    const doc = await Village.findOneAndUpdate(
      { townshipId, name: v.name },
      { $set: { groups: v.groups }, $setOnInsert: { townshipId, name: v.name } },
      { upsert: true, new: true }
    ).lean()
    villageIds[v.key] = String(doc._id)
  }

  for (const [order, c] of data.contacts.entries()) {
    await Contact.updateOne({ townshipId, order }, { $set: c, $setOnInsert: { townshipId, order } }, { upsert: true })
  }
  await Contact.deleteMany({ townshipId, order: { $gte: data.contacts.length } })

  const guidesChanged = await seedGuides(db, townshipId, data.guides, departmentIds, opts.now)
  if (guidesChanged.changed || departmentsChanged) await bumpGuidesIndexVersion(db, townshipId)
  const guideIds = guidesChanged.guideIds
  return { townshipId: String(townshipId), departmentIds, villageIds, guideIds }
}

function checkGuides(data: Pick<SeedData, 'departments' | 'guides'>): void {
  const keys = new Set(data.departments.map((d) => d.key))
  const slugs = new Set<string>()
  for (const g of data.guides) {
    if (slugs.has(g.slug)) throw new Error(`seed guide "${g.slug}": the slug is used twice`)
    slugs.add(g.slug)
    if (!/^[a-z0-9-]{2,32}$/.test(g.slug)) throw new Error(`seed guide "${g.slug}": a slug is 2–32 of a-z, 0-9 and -`)
    if (!keys.has(g.departmentKey)) throw new Error(`seed guide "${g.slug}": unknown departmentKey "${g.departmentKey}"`)
    parseContent(g.slug, { ...g.content, departmentId: PLACEHOLDER_ID })
  }
}

function parseContent(slug: string, input: unknown): GuideContent {
  const result = guideContentSchema.safeParse(input)
  if (result.success) return result.data
  const problems = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')
  throw new Error(`seed guide "${slug}" is invalid — ${problems}`)
}

async function seedGuides(
  db: Connection,
  townshipId: Types.ObjectId,
  guides: SeedData['guides'],
  departmentIds: Record<string, string>,
  now: Date
): Promise<{ guideIds: Record<string, string>; changed: boolean }> {
  const Guide = guideModel(db)
  const existing = new Map(
    (
      await Guide.find({ townshipId }, { slug: 1, draft: 1, published: 1, version: 1, draftRevision: 1 }).lean<
        Pick<GuideDoc, '_id' | 'slug' | 'draft' | 'published' | 'version' | 'draftRevision'>[]
      >()
    ).map((g) => [g.slug, g])
  )
  const guideIds: Record<string, string> = {}
  const fresh: Omit<GuideDoc, '_id'>[] = []
  let changed = 0
  for (const g of guides) {
    const content = parseContent(g.slug, { ...g.content, departmentId: departmentIds[g.departmentKey] })
    const search = guideSearch(content)
    const old = existing.get(g.slug)
    if (!old) {
      fresh.push({
        townshipId,
        slug: g.slug,
        draft: content,
        draftRevision: 0,
        draftUpdatedAt: now,
        draftUpdatedBy: null,
        published: content,
        version: 1,
        publishedAt: now,
        publishedBy: null,
        search,
        history: [{ action: 'publish', by: null, at: now, revision: 0, version: 1 }],
        createdAt: now,
        createdBy: null
      })
      continue
    }
    guideIds[g.slug] = String(old._id)
    if (old.published && sameContent(old.published, content) && sameContent(old.draft, content)) continue
    const version = old.version + 1
    const revision = old.draftRevision + 1
    await Guide.updateOne(
      { _id: old._id },
      {
        $set: {
          draft: content,
          draftRevision: revision,
          draftUpdatedAt: now,
          draftUpdatedBy: null,
          published: content,
          version,
          publishedAt: now,
          publishedBy: null,
          search
        },
        $push: { history: { action: 'publish', by: null, at: now, revision, version } }
      }
    )
    changed++
  }
  for (let i = 0; i < fresh.length; i += INSERT_BATCH) {
    const inserted = await Guide.insertMany(fresh.slice(i, i + INSERT_BATCH))
    for (const doc of inserted) guideIds[doc.slug] = String(doc._id)
  }
  return { guideIds, changed: fresh.length > 0 || changed > 0 }
}
