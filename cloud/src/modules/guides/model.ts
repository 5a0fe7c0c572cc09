import { Schema, type Connection, type Model, type Types } from 'mongoose'
import type { LifeEventId } from '../../../../src/shared/enums'
import type { GuideContent, GuideDetail, GuideForStaff, GuideSummary, StaffGuideRow } from '../../../../src/shared/guides'
import type { DepartmentDoc } from '../org/model'
import { deriveSearchFields, type SearchFields } from '../../lib/textSearch'

/** What happened to a guide, by whom and when; appended in the same write as the change. */
export interface GuideEvent {
  action: 'create' | 'saveDraft' | 'publish' | 'unpublish'
  by: string | null
  at: Date
  revision: number
  version: number
}

/** Search fields plus the published filters, derived from the published snapshot only. */
export interface StoredGuideSearch extends SearchFields {
  departmentId: string
  lifeEvents: LifeEventId[]
}

/** The stored search of a guide's content: title and keywords, summary and eligibility as text, its filters. */
export function guideSearch(content: GuideContent): StoredGuideSearch {
  return {
    ...deriveSearchFields({ title: content.title, keywords: content.keywords, text: [content.summary, ...content.eligibility] }),
    departmentId: content.departmentId,
    lifeEvents: content.lifeEvents
  }
}

/** A guide as stored: the draft staff edit and the snapshot residents read. */
export interface GuideDoc {
  _id: Types.ObjectId
  townshipId: Types.ObjectId
  slug: string
  draft: GuideContent
  draftRevision: number
  draftUpdatedAt: Date
  draftUpdatedBy: string | null
  published: GuideContent | null
  /** Number of the last publication; kept when unpublished so the next one counts on. */
  version: number
  publishedAt: Date | null
  publishedBy: string | null
  search: StoredGuideSearch | null
  history: GuideEvent[]
  createdAt: Date
  createdBy: string | null
}

const guideSchema = new Schema(
  {
    townshipId: { type: Schema.Types.ObjectId, required: true },
    slug: { type: String, required: true },
    draft: { type: Schema.Types.Mixed, required: true },
    draftRevision: { type: Number, required: true, default: 0 },
    draftUpdatedAt: { type: Date, required: true },
    draftUpdatedBy: { type: String, default: null },
    published: { type: Schema.Types.Mixed, default: null },
    version: { type: Number, required: true, default: 0 },
    publishedAt: { type: Date, default: null },
    publishedBy: { type: String, default: null },
    search: { type: Schema.Types.Mixed, default: null },
    history: { type: [Schema.Types.Mixed], default: [] },
    createdAt: { type: Date, required: true },
    createdBy: { type: String, default: null }
  },
  { collection: 'guides', versionKey: false, minimize: false }
)
guideSchema.index({ townshipId: 1, slug: 1 }, { unique: true })
guideSchema.index({ townshipId: 1, 'search.departmentId': 1 })
guideSchema.index({ townshipId: 1, 'search.lifeEvents': 1 })
guideSchema.index({ townshipId: 1, 'draft.departmentId': 1, draftUpdatedAt: -1 })
guideSchema.index({ townshipId: 1, draftUpdatedAt: -1 })

/** Guides (办事指南), one model per connection. */
export function guideModel(db: Connection) {
  return (db.models.Guide as Model<GuideDoc> | undefined) ?? db.model<GuideDoc>('Guide', guideSchema)
}

/** Keeps the last events on a guide; older ones are dropped in the same update. */
export const HISTORY_LIMIT = 100

/** The department as a guide page shows it. */
export type GuideDepartment = GuideDetail['department']

/** Department fields a guide page shows; blank when the department is gone. */
export function toGuideDepartment(dept: DepartmentDoc | undefined, departmentId: string): GuideDepartment {
  return {
    id: departmentId,
    name: dept?.name ?? '',
    windowName: dept?.windowName ?? '',
    place: dept?.place ?? '',
    phone: dept?.phone ?? ''
  }
}

/** The published version a resident reads. Callers make sure `published` is set. */
export function toGuideDetail(doc: GuideDoc & { published: GuideContent; publishedAt: Date }, dept: DepartmentDoc | undefined): GuideDetail {
  const content = copyContent(doc.published)
  return {
    ...content,
    id: String(doc._id),
    slug: doc.slug,
    townshipId: String(doc.townshipId),
    version: doc.version,
    publishedAt: doc.publishedAt.toISOString(),
    department: toGuideDepartment(dept, content.departmentId)
  }
}

/** A list row of a published guide. */
export function toGuideSummary(
  id: string,
  slug: string,
  content: Pick<GuideContent, 'title' | 'summary' | 'departmentId' | 'lifeEvents' | 'promisedTimeLimitDays' | 'maxOneTrip' | 'appointmentAvailable'>,
  departmentName: string
): GuideSummary {
  return {
    id,
    slug,
    title: content.title,
    summary: content.summary,
    departmentId: content.departmentId,
    departmentName,
    lifeEvents: [...content.lifeEvents],
    promisedTimeLimitDays: content.promisedTimeLimitDays,
    maxOneTrip: content.maxOneTrip,
    appointmentAvailable: content.appointmentAvailable
  }
}

/** The editor's view: draft next to what is published. */
export function toGuideForStaff(doc: GuideDoc): GuideForStaff {
  return {
    id: String(doc._id),
    slug: doc.slug,
    townshipId: String(doc.townshipId),
    draft: copyContent(doc.draft),
    draftRevision: doc.draftRevision,
    draftUpdatedAt: doc.draftUpdatedAt.toISOString(),
    draftUpdatedBy: doc.draftUpdatedBy,
    published: doc.published ? copyContent(doc.published) : null,
    version: doc.version,
    publishedAt: doc.publishedAt ? doc.publishedAt.toISOString() : null,
    hasUnpublishedChanges: hasUnpublishedChanges(doc)
  }
}

/** Serialises a guide for the staff list. */
export function toStaffGuideRow(doc: GuideDoc, departmentName: string): StaffGuideRow {
  return {
    id: String(doc._id),
    slug: doc.slug,
    title: doc.draft.title,
    departmentId: doc.draft.departmentId,
    departmentName,
    draftRevision: doc.draftRevision,
    draftUpdatedAt: doc.draftUpdatedAt.toISOString(),
    draftUpdatedBy: doc.draftUpdatedBy,
    version: doc.version,
    isPublished: doc.published !== null,
    publishedAt: doc.publishedAt ? doc.publishedAt.toISOString() : null,
    hasUnpublishedChanges: hasUnpublishedChanges(doc)
  }
}

/** True when the draft differs from the published version (or nothing is published). */
export function hasUnpublishedChanges(doc: Pick<GuideDoc, 'draft' | 'published'>): boolean {
  return doc.published === null || !sameContent(doc.draft, doc.published)
}

/** True when two guide contents are equal field by field, whatever their key order. */
export function sameContent(a: GuideContent, b: GuideContent): boolean {
  return canonical(a) === canonical(b)
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v
  )
}

/** Copies stored content key by key so nothing else stored on the document leaks out. */
function copyContent(c: GuideContent): GuideContent {
  const out: GuideContent = {
    title: c.title,
    keywords: [...c.keywords],
    summary: c.summary,
    departmentId: c.departmentId,
    lifeEvents: [...c.lifeEvents],
    eligibility: [...c.eligibility],
    materials: c.materials.map((m) => ({ ...m })),
    steps: c.steps.map((s) => ({ ...s })),
    legalTimeLimitDays: c.legalTimeLimitDays,
    promisedTimeLimitDays: c.promisedTimeLimitDays,
    fee: { ...c.fee },
    place: c.place,
    hours: c.hours,
    contactPhone: c.contactPhone,
    legalBasis: [...c.legalBasis],
    faq: c.faq.map((f) => ({ q: f.q, a: f.a })),
    appointmentAvailable: c.appointmentAvailable,
    maxOneTrip: c.maxOneTrip,
    proxyAllowed: c.proxyAllowed
  }
  if (c.timeLimitNote !== undefined) out.timeLimitNote = c.timeLimitNote
  if (c.contactName !== undefined) out.contactName = c.contactName
  return out
}
