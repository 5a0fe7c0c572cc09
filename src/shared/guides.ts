import * as z from './zod'
import { LIFE_EVENT_IDS, STEP_ACTORS } from './enums'
import { contactPhone, objectId, paging, text, tidy } from './common'

/** The longest text (and largest count) each guide field takes: the schemas and the staff editor use these. */
export const GUIDE_LIMITS = {
  slug: 32,
  title: 60,
  keyword: 20,
  keywords: 20,
  summary: 200,
  eligibility: 300,
  timeLimitNote: 200,
  feeDescription: 200,
  place: 100,
  hours: 200,
  contactName: 20,
  contactPhone: 20,
  legalBasis: 200,
  materialName: 80,
  materialCopies: 20,
  exemptReason: 80,
  materialNote: 200,
  stepTitle: 40,
  stepDetail: 300,
  days: 365,
  faqQuestion: 100,
  faqAnswer: 500
} as const

/** How many characters a number field needs for the largest count it takes. */
export const digitsOf = (max: number) => String(max).length

/** One item on the 一次性告知 materials list. */
export const materialSchema = z.strictObject({
  name: text(GUIDE_LIMITS.materialName, '材料名称'),
  originals: z.number().check(z.int(), z.minimum(0), z.maximum(GUIDE_LIMITS.materialCopies)),
  copies: z.number().check(z.int(), z.minimum(0), z.maximum(GUIDE_LIMITS.materialCopies)),
  required: z.boolean(),
  /** Why this may be left at home: data sharing or an e-licence covers it. */
  exemptReason: z.optional(z.string().check(tidy(), z.maxLength(GUIDE_LIMITS.exemptReason))),
  note: z.optional(z.string().check(tidy(), z.maxLength(GUIDE_LIMITS.materialNote)))
})
export type Material = z.infer<typeof materialSchema>

export const stepSchema = z.strictObject({
  title: text(GUIDE_LIMITS.stepTitle, '步骤名称'),
  detail: z.string().check(tidy(), z.maxLength(GUIDE_LIMITS.stepDetail)),
  actor: z.enum(STEP_ACTORS),
  /** Working days this step takes, when known. */
  days: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(GUIDE_LIMITS.days)))
})
export type Step = z.infer<typeof stepSchema>

export const faqSchema = z.strictObject({
  q: text(GUIDE_LIMITS.faqQuestion, '问题'),
  a: text(GUIDE_LIMITS.faqAnswer, '回答')
})
export type Faq = z.infer<typeof faqSchema>

/** What staff edit: everything a resident needs to come once (一次性告知). */
export const guideContentSchema = z.strictObject({
  title: text(GUIDE_LIMITS.title, '事项名称'),
  /** Other names and abbreviations people search by (低保 for 最低生活保障). */
  keywords: z._default(z.array(z.string().check(tidy(), z.minLength(1), z.maxLength(GUIDE_LIMITS.keyword))).check(z.maxLength(GUIDE_LIMITS.keywords)), []),
  summary: text(GUIDE_LIMITS.summary, '事项简介'),
  departmentId: objectId,
  lifeEvents: z._default(z.array(z.enum(LIFE_EVENT_IDS)).check(z.maxLength(6)), []),
  eligibility: z
    .array(z.string().check(tidy(), z.minLength(1), z.maxLength(GUIDE_LIMITS.eligibility)))
    .check(z.minLength(1, { error: '请至少写一条办理条件' }), z.maxLength(20)),
  materials: z.array(materialSchema).check(z.maxLength(40)),
  steps: z.array(stepSchema).check(z.minLength(1, { error: '请至少写一个办理步骤' }), z.maxLength(20)),
  /** 法定办结时限, working days; null when the law sets none. */
  legalTimeLimitDays: z.nullable(z.number().check(z.int(), z.minimum(0), z.maximum(GUIDE_LIMITS.days))),
  /** 承诺办结时限, working days; 0 means 即办. */
  promisedTimeLimitDays: z.number().check(z.int(), z.minimum(0), z.maximum(GUIDE_LIMITS.days)),
  timeLimitNote: z.optional(z.string().check(tidy(), z.maxLength(GUIDE_LIMITS.timeLimitNote))),
  fee: z.strictObject({ free: z.boolean(), description: z.optional(z.string().check(tidy(), z.maxLength(GUIDE_LIMITS.feeDescription))) }),
  place: text(GUIDE_LIMITS.place, '办理地点'),
  hours: text(GUIDE_LIMITS.hours, '办理时间'),
  contactName: z.optional(z.string().check(tidy(), z.maxLength(GUIDE_LIMITS.contactName))),
  contactPhone,
  legalBasis: z.array(z.string().check(tidy(), z.minLength(1), z.maxLength(GUIDE_LIMITS.legalBasis))).check(z.maxLength(20)),
  faq: z.array(faqSchema).check(z.maxLength(30)),
  appointmentAvailable: z.boolean(),
  maxOneTrip: z.boolean(),
  /** Can a 帮办代办员 carry the materials for the applicant. */
  proxyAllowed: z.boolean()
})
export type GuideContent = z.infer<typeof guideContentSchema>
export type GuideContentInput = z.input<typeof guideContentSchema>

export const guideSearchQuerySchema = z.extend(paging, {
  townshipId: objectId,
  q: z.optional(z.string().check(z.trim(), z.maxLength(40, { error: '搜索词不能超过 40 个字' }))),
  departmentId: z.optional(objectId),
  lifeEvent: z.optional(z.enum(LIFE_EVENT_IDS))
})
export type GuideSearchQuery = z.infer<typeof guideSearchQuerySchema>

/** A row in a list of published guides. */
export interface GuideSummary {
  id: string
  slug: string
  title: string
  summary: string
  departmentId: string
  departmentName: string
  lifeEvents: string[]
  promisedTimeLimitDays: number
  maxOneTrip: boolean
  appointmentAvailable: boolean
}

/** The published version a resident reads. */
export interface GuideDetail extends GuideContent {
  id: string
  slug: string
  townshipId: string
  version: number
  publishedAt: string
  department: { id: string; name: string; windowName: string; place: string; phone: string }
}

/** What staff see in the editor: the draft next to what is published. */
export interface GuideForStaff {
  id: string
  slug: string
  townshipId: string
  draft: GuideContent
  draftRevision: number
  draftUpdatedAt: string
  draftUpdatedBy: string | null
  published: GuideContent | null
  version: number
  publishedAt: string | null
  /** True when the draft differs from the published version. */
  hasUnpublishedChanges: boolean
}

/** A row of the staff guide list: where each guide stands between draft and published. */
export interface StaffGuideRow {
  id: string
  slug: string
  title: string
  departmentId: string
  departmentName: string
  draftRevision: number
  draftUpdatedAt: string
  draftUpdatedBy: string | null
  version: number
  isPublished: boolean
  publishedAt: string | null
  hasUnpublishedChanges: boolean
}

export const createGuideSchema = z.strictObject({
  townshipId: objectId,
  slug: z.string().check(z.trim(), z.regex(/^[a-z0-9-]{2,32}$/, { error: '事项代码只能用 2–32 个小写字母、数字或短横线' })),
  content: guideContentSchema
})
export type CreateGuideInput = z.input<typeof createGuideSchema>

export const saveGuideDraftSchema = z.strictObject({
  content: guideContentSchema,
  /** The draft revision the editor started from; a stale one gets 409. */
  baseRevision: z.number().check(z.int(), z.minimum(0))
})
export type SaveGuideDraftInput = z.input<typeof saveGuideDraftSchema>
