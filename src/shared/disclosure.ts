import * as z from './zod'
import { contactPhone, objectId, paging, text } from './common'
import { localDateSchema, type LocalDate } from './calendar'
import { defineLifecycle } from './lifecycle'
import type { ContactDTO } from './org'

/**
 * 政务公开: what the township and its villages publish. Items are filed by the 五公开 category
 * (township) or the 三务 kind (village), and by domain of the standard catalogue (18 areas, which
 * the admin can extend). Staff draft, a second person reviews (审核) and publishes; a published
 * item never changes — a correction is a new version that supersedes it (已修订, linked both ways).
 *
 * Endpoints (all below /api; writes marked [idem] need an `Idempotency-Key` header):
 *
 * Public:
 * - GET    /townships/:townshipId/disclosure/catalog   → DisclosureCatalogDTO
 * - GET    /townships/:townshipId/disclosure/items?q&category&villageAffair&domainKey&villageId&scope&kind&page&pageSize
 *                                                       → Page<DisclosureItemSummary> (newest first; ranked when q is given)
 * - GET    /disclosure/items/:id                       → DisclosureItemDTO (published, withdrawn or revised items only)
 * - GET    /disclosure/villages/:villageId/board       → VillageBoardDTO (the village's 三务公开; what a board QR opens)
 * - GET    /townships/:townshipId/powers?q             → PowerDTO[] (权责清单, joined with the 多对一 contact table)
 * - GET    /townships/:townshipId/servicePoints?q&villageId → ServicePointDTO[] (便民地图)
 *
 * Signed in:
 * - GET    /disclosure/subscriptions                   → SubscriptionDTO[]
 * - PUT    /disclosure/subscriptions              [idem] body SubscribeInput → SubscriptionDTO
 * - DELETE /disclosure/subscriptions/:target/:key      → { removed: boolean }
 *
 * Staff (department staff: their departments' items; admin: the township's):
 * - GET    /staff/disclosure/items?status&scope&q&page → Page<StaffDisclosureRow>
 * - POST   /staff/disclosure/items                [idem] body DisclosureContentInput → StaffDisclosureDTO (201)
 * - GET    /staff/disclosure/items/:id                 → StaffDisclosureDTO
 * - POST   /staff/disclosure/items/:id/edit       [idem] body DisclosureContentInput → StaffDisclosureDTO
 * - POST   /staff/disclosure/items/:id/submitForReview [idem] → StaffDisclosureDTO (content security runs here)
 * - POST   /staff/disclosure/items/:id/returnToDraft   [idem] body ReturnItemInput → StaffDisclosureDTO
 * - POST   /staff/disclosure/items/:id/publish    [idem] body PublishItemInput → StaffDisclosureDTO (not by its submitter)
 * - POST   /staff/disclosure/items/:id/withdraw   [idem] body WithdrawItemInput → StaffDisclosureDTO
 * - POST   /staff/disclosure/items/:id/revise     [idem] → StaffDisclosureDTO (201, a new draft version)
 * - POST   /staff/disclosure/files                [idem] body UploadFileInput → DisclosureFileDTO (201; PDF, JPG, PNG)
 *
 * Admin:
 * - POST   /admin/disclosure/domains              [idem] body AddDomainInput → DomainDTO (201)
 * - POST   /admin/disclosure/powers               [idem] body PowerInput → PowerDTO (201)
 * - POST   /admin/disclosure/powers/:id           [idem] body PowerInput → PowerDTO
 * - DELETE /admin/disclosure/powers/:id                → { removed: boolean }
 * - POST   /admin/disclosure/servicePoints        [idem] body ServicePointInput → ServicePointDTO (201)
 * - POST   /admin/disclosure/servicePoints/:id    [idem] body ServicePointInput → ServicePointDTO
 * - DELETE /admin/disclosure/servicePoints/:id         → { removed: boolean }
 *
 * Illegal or stale moves answer 409 DISCLOSURE_STATE_CONFLICT with a Chinese message.
 */

/** 五公开: the five stages of government work a township item belongs to. */
export const DISCLOSURE_CATEGORIES = ['decision', 'execution', 'management', 'service', 'result'] as const
export type DisclosureCategory = (typeof DISCLOSURE_CATEGORIES)[number]
export const DISCLOSURE_CATEGORY_LABELS: Record<DisclosureCategory, string> = {
  decision: '决策公开',
  execution: '执行公开',
  management: '管理公开',
  service: '服务公开',
  result: '结果公开'
}

/** 三务公开: what a village publishes. */
export const VILLAGE_AFFAIRS = ['party', 'village', 'finance'] as const
export type VillageAffair = (typeof VILLAGE_AFFAIRS)[number]
export const VILLAGE_AFFAIR_LABELS: Record<VillageAffair, string> = {
  party: '党务公开',
  village: '村务公开',
  finance: '财务公开'
}

/** What an item is: a notice, a policy document, an interpretation of one, or an account of income and spending. */
export const DISCLOSURE_KINDS = ['notice', 'policy', 'interpretation', 'accounts'] as const
export type DisclosureKind = (typeof DISCLOSURE_KINDS)[number]
export const DISCLOSURE_KIND_LABELS: Record<DisclosureKind, string> = {
  notice: '公告公示',
  policy: '政策文件',
  interpretation: '政策解读',
  accounts: '收支明细'
}

/** Whether an item belongs to the township or to one village. */
export const DISCLOSURE_SCOPES = ['township', 'village'] as const
export type DisclosureScope = (typeof DISCLOSURE_SCOPES)[number]

/**
 * The standard catalogue of 基层政务公开 (the 18 areas a township publishes by); an admin adds a
 * township's own areas next to these. Keys are stable: items store them.
 */
export const STANDARD_DOMAINS = [
  { key: 'employment', name: '就业创业' },
  { key: 'social-assistance', name: '社会救助' },
  { key: 'social-insurance', name: '社会保险' },
  { key: 'household', name: '户籍管理' },
  { key: 'health', name: '医疗卫生' },
  { key: 'farm-subsidy', name: '涉农补贴' },
  { key: 'law-enforcement', name: '城市综合执法' },
  { key: 'elderly-care', name: '养老服务' },
  { key: 'budget', name: '财政预决算' },
  { key: 'construction', name: '重大建设项目' },
  { key: 'culture', name: '公共文化服务' },
  { key: 'legal-service', name: '公共法律服务' },
  { key: 'work-safety', name: '安全生产' },
  { key: 'disaster-relief', name: '救灾' },
  { key: 'environment', name: '生态环境' },
  { key: 'education', name: '义务教育' },
  { key: 'rural-housing', name: '农村危房改造' },
  { key: 'rural-revitalisation', name: '乡村振兴' }
] as const

/**
 * Where an item stands.
 * - draft: being written; only staff see it
 * - inReview: waiting for a second person to review (审核)
 * - published: public
 * - withdrawn: taken down with a reason; the record stays
 * - revised: replaced by a newer version (已修订), which it links to
 */
export const DISCLOSURE_STATUSES = ['draft', 'inReview', 'published', 'withdrawn', 'revised'] as const
export type DisclosureStatus = (typeof DISCLOSURE_STATUSES)[number]
export const DISCLOSURE_STATUS_LABELS: Record<DisclosureStatus, string> = {
  draft: '草稿',
  inReview: '待审核',
  published: '已发布',
  withdrawn: '已撤回',
  revised: '已修订'
}

export const DISCLOSURE_ACTIONS = ['create', 'edit', 'submitForReview', 'returnToDraft', 'publish', 'withdraw', 'supersede'] as const
export type DisclosureAction = (typeof DISCLOSURE_ACTIONS)[number]
export const DISCLOSURE_ACTION_LABELS: Record<DisclosureAction, string> = {
  create: '新建',
  edit: '修改草稿',
  submitForReview: '提交审核',
  returnToDraft: '退回修改',
  publish: '审核发布',
  withdraw: '撤回',
  supersede: '由新版本替代'
}

/** Who moves an item: township staff, or the system (a newer version supersedes it). */
export type DisclosureActor = 'staff' | 'system'

/** The item lifecycle: draft → inReview → published → withdrawn / revised. */
export const DISCLOSURE_LIFECYCLE = defineLifecycle<DisclosureStatus, DisclosureAction, DisclosureActor>({
  noun: '这条公开信息',
  conflictCode: 'DISCLOSURE_STATE_CONFLICT',
  statusLabels: DISCLOSURE_STATUS_LABELS,
  actionLabels: DISCLOSURE_ACTION_LABELS,
  table: {
    create: { from: [], to: 'draft', by: ['staff'] },
    edit: { from: ['draft'], to: 'same', by: ['staff'] },
    submitForReview: { from: ['draft'], to: 'inReview', by: ['staff'] },
    returnToDraft: { from: ['inReview'], to: 'draft', by: ['staff'] },
    publish: { from: ['inReview'], to: 'published', by: ['staff'] },
    withdraw: { from: ['published'], to: 'withdrawn', by: ['staff'] },
    supersede: { from: ['published'], to: 'revised', by: ['system'] }
  }
})

/** Whether what a published item says still holds. */
export const VALIDITY_STATES = ['valid', 'expired', 'revised', 'withdrawn'] as const
export type Validity = (typeof VALIDITY_STATES)[number]
export const VALIDITY_LABELS: Record<Validity, string> = {
  valid: '有效',
  expired: '失效',
  revised: '已修订',
  withdrawn: '已撤回'
}

/** The validity of an item on a day (pure): revised and withdrawn say so; past `validUntil` it has expired. */
export function validityOf(status: DisclosureStatus, validUntil: LocalDate | null, today: LocalDate): Validity {
  if (status === 'revised') return 'revised'
  if (status === 'withdrawn') return 'withdrawn'
  return validUntil !== null && validUntil < today ? 'expired' : 'valid'
}

/** The longest text each field takes: the schemas and the staff editor use these. */
export const DISCLOSURE_LIMITS = {
  title: 80,
  body: 20000,
  source: 60,
  documentNumber: 40,
  keyword: 20,
  keywords: 10,
  attachments: 10,
  lineItem: 40,
  lineNote: 100,
  lines: 100,
  reason: 500,
  domainName: 20,
  /** 700 KB keeps the base64 request under the 1 MB JSON limit. */
  fileBytes: 700 * 1024,
  fileName: 80
} as const

/** The most a single amount may be: ¥100 亿, in fen. */
export const MAX_AMOUNT_FEN = 1_000_000_000_000

const fen = (label: string, min: { value: number; error: string } = { value: -MAX_AMOUNT_FEN, error: `${label}太大了，请核对` }) =>
  z
    .number({ error: `请填写${label}` })
    .check(z.int({ error: `${label}以分为单位，应是整数` }), z.minimum(min.value, { error: min.error }), z.maximum(MAX_AMOUNT_FEN, { error: `${label}太大了，请核对` }))

/** Optional typed text: trimmed, bounded. */
const longText = (max: number, label: string) => z.string().check(z.trim(), z.maxLength(max, { error: `${label}不能超过 ${max} 个字` }))

/** One line of a village's accounts: income or spending, what for, how much (in fen). */
export const accountLineSchema = z.strictObject({
  direction: z.enum(['income', 'spending'], { error: '请选择收入还是支出' }),
  item: text(DISCLOSURE_LIMITS.lineItem, '收支项目'),
  amountFen: fen('金额', { value: 0, error: '金额不能是负数' }),
  note: z.optional(longText(DISCLOSURE_LIMITS.lineNote, '备注'))
})
export type AccountLine = z.infer<typeof accountLineSchema>

/** A quarter's accounts (财务收支公开): the balance carried in, then every line. */
export const accountsSchema = z.strictObject({
  year: z.number({ error: '请填写年份' }).check(z.int(), z.minimum(2000, { error: '年份应在 2000 到 2100 之间' }), z.maximum(2100, { error: '年份应在 2000 到 2100 之间' })),
  quarter: z.number({ error: '请选择季度' }).check(z.int(), z.minimum(1, { error: '季度是 1 到 4' }), z.maximum(4, { error: '季度是 1 到 4' })),
  openingBalanceFen: fen('上期结余'),
  lines: z.array(accountLineSchema).check(z.minLength(1, { error: '请至少填一行收支' }), z.maxLength(DISCLOSURE_LIMITS.lines, { error: `收支最多 ${DISCLOSURE_LIMITS.lines} 行` }))
})
export type Accounts = z.infer<typeof accountsSchema>

/** Totals of an account (pure): income, spending and the balance carried out. */
export function accountTotals(a: Pick<Accounts, 'openingBalanceFen' | 'lines'>): { incomeFen: number; spendingFen: number; closingBalanceFen: number } {
  let incomeFen = 0
  let spendingFen = 0
  for (const l of a.lines) {
    if (l.direction === 'income') incomeFen += l.amountFen
    else spendingFen += l.amountFen
  }
  return { incomeFen, spendingFen, closingBalanceFen: a.openingBalanceFen + incomeFen - spendingFen }
}

/** 1234567 → "12,345.67" (fen to yuan with thousands separators; a minus sign when negative). */
export function formatYuan(amountFen: number): string {
  const sign = amountFen < 0 ? '-' : ''
  const abs = Math.abs(amountFen)
  const yuan = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${sign}${yuan}.${String(abs % 100).padStart(2, '0')}`
}

/** "12,345.6" or "12345.67" → fen; null when it is not an amount of yuan with at most two decimals. */
export function parseYuan(raw: string): number | null {
  const m = /^(-)?(\d{1,11})(?:\.(\d{1,2}))?$/.exec(raw.trim().replace(/[,，\s]/g, '').replace(/元$/, ''))
  if (!m) return null
  const value = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'))
  return m[1] ? -value : value
}

const domainKey = z.string().check(z.regex(/^[a-z0-9-]{2,40}$/, { error: '请从目录里选择领域' }))

/** A field that may be left out or null: null then. */
const orNull = <T extends z.ZodMiniType>(schema: T) => z._default(z.nullable(schema), null)

/** Other words people search an entry by. */
const keywordsSchema = z._default(
  z.array(text(DISCLOSURE_LIMITS.keyword, '关键词')).check(z.maxLength(DISCLOSURE_LIMITS.keywords, { error: `关键词最多 ${DISCLOSURE_LIMITS.keywords} 个` })),
  []
)

/** What staff write for an item; the rules between fields are checked together so the form names every problem. */
export const disclosureContentSchema = z
  .strictObject({
    kind: z.enum(DISCLOSURE_KINDS, { error: '请选择信息类型' }),
    scope: z.enum(DISCLOSURE_SCOPES, { error: '请选择是乡镇公开还是村务公开' }),
    villageId: orNull(objectId),
    category: orNull(z.enum(DISCLOSURE_CATEGORIES, { error: '请选择五公开类别' })),
    villageAffair: orNull(z.enum(VILLAGE_AFFAIRS, { error: '请选择党务、村务或财务' })),
    domainKey: orNull(domainKey),
    departmentId: objectId,
    title: text(DISCLOSURE_LIMITS.title, '标题'),
    body: z._default(longText(DISCLOSURE_LIMITS.body, '正文'), ''),
    source: text(DISCLOSURE_LIMITS.source, '发布机构'),
    documentNumber: orNull(longText(DISCLOSURE_LIMITS.documentNumber, '文号')),
    validUntil: orNull(localDateSchema),
    interpretsId: orNull(objectId),
    accounts: orNull(accountsSchema),
    attachmentIds: z._default(z.array(objectId).check(z.maxLength(DISCLOSURE_LIMITS.attachments, { error: `附件最多 ${DISCLOSURE_LIMITS.attachments} 个` })), []),
    keywords: keywordsSchema
  })
  .check(z.superRefine((c, ctx) => {
    const need = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message })
    if (c.scope === 'township' && !c.category) need('category', '乡镇公开的信息请选择五公开类别（决策、执行、管理、服务、结果）')
    if (c.scope === 'village' && !c.villageId) need('villageId', '村务公开请选择是哪个村（社区）')
    if (c.scope === 'village' && !c.villageAffair) need('villageAffair', '村务公开请选择党务、村务或财务')
    if (c.scope === 'township' && c.villageId) need('villageId', '乡镇公开的信息不属于某个村，请去掉所选的村')
    if (c.kind === 'interpretation' && !c.interpretsId) need('interpretsId', '政策解读请选择它解读的政策文件')
    if (c.kind !== 'interpretation' && c.interpretsId) need('interpretsId', '只有政策解读才关联所解读的政策')
    if (c.kind === 'accounts' && !c.accounts) need('accounts', '收支明细请填写收支表')
    if (c.kind !== 'accounts' && c.accounts) need('accounts', '只有“收支明细”类信息才带收支表')
    if (c.kind !== 'accounts' && !c.body) need('body', '请填写正文')
  }))
export type DisclosureContentInput = z.input<typeof disclosureContentSchema>
export type DisclosureContent = z.output<typeof disclosureContentSchema>

export const itemIdParamsSchema = z.strictObject({ id: objectId })
export const returnItemSchema = z.strictObject({ reason: text(DISCLOSURE_LIMITS.reason, '退回原因') })
export type ReturnItemInput = z.input<typeof returnItemSchema>
export const withdrawItemSchema = z.strictObject({ reason: text(DISCLOSURE_LIMITS.reason, '撤回原因') })
export type WithdrawItemInput = z.input<typeof withdrawItemSchema>
export const publishItemSchema = z.strictObject({
  note: z.optional(longText(DISCLOSURE_LIMITS.reason, '审核意见')),
  /** The reviewer read text that content security held and clears it for publication. */
  contentCleared: z._default(z.boolean({ error: '“人工审核通过”只能是是或否' }), false)
})
export type PublishItemInput = z.input<typeof publishItemSchema>

/** Types an attachment may be. */
export const DISCLOSURE_FILE_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const
export type DisclosureFileType = (typeof DISCLOSURE_FILE_TYPES)[number]

/** A file as base64 (a data URL prefix is accepted); its type is checked from its bytes. */
export const uploadFileSchema = z.strictObject({
  fileName: text(DISCLOSURE_LIMITS.fileName, '文件名'),
  dataBase64: z
    .string({ error: '请选择要上传的文件' })
    .check(
      z.minLength(1, { error: '请选择要上传的文件' }),
      z.maxLength(Math.ceil((DISCLOSURE_LIMITS.fileBytes * 4) / 3) + 100, { error: '附件不能超过 700 KB，请压缩或拆分后再上传' })
    )
})
export type UploadFileInput = z.input<typeof uploadFileSchema>

/** A search box's words. */
const searchWords = z.optional(longText(40, '搜索词'))

export const publicItemsQuerySchema = z.extend(paging, {
  q: searchWords,
  category: z.optional(z.enum(DISCLOSURE_CATEGORIES, { error: '没有这个五公开类别' })),
  villageAffair: z.optional(z.enum(VILLAGE_AFFAIRS, { error: '没有这个三务类别' })),
  domainKey: z.optional(domainKey),
  villageId: z.optional(objectId),
  scope: z.optional(z.enum(DISCLOSURE_SCOPES)),
  kind: z.optional(z.enum(DISCLOSURE_KINDS))
})
export type PublicItemsQuery = z.input<typeof publicItemsQuerySchema>

export const staffItemsQuerySchema = z.extend(paging, {
  status: z.optional(z.enum(DISCLOSURE_STATUSES, { error: '没有这个状态' })),
  scope: z.optional(z.enum(DISCLOSURE_SCOPES)),
  q: searchWords
})
export type StaffItemsQuery = z.input<typeof staffItemsQuerySchema>

export const townshipParamsSchema = z.strictObject({ townshipId: objectId })
export const villageParamsSchema = z.strictObject({ villageId: objectId })

/** What residents subscribe to: a village's 三务公开, or a domain of the catalogue. */
export const SUBSCRIPTION_TARGETS = ['village', 'domain'] as const
export type SubscriptionTarget = (typeof SUBSCRIPTION_TARGETS)[number]
export const subscribeSchema = z.strictObject({
  target: z.enum(SUBSCRIPTION_TARGETS, { error: '只能订阅某个村或某个领域' }),
  key: z.string().check(z.regex(/^([0-9a-f]{24}|[a-z0-9-]{2,40})$/, { error: '请重新选择要订阅的村或领域' }))
})
export type SubscribeInput = z.input<typeof subscribeSchema>
export const subscriptionParamsSchema = subscribeSchema

export const addDomainSchema = z.strictObject({ name: text(DISCLOSURE_LIMITS.domainName, '领域名称') })
export type AddDomainInput = z.input<typeof addDomainSchema>

/** Where an entry stands in its list. */
const orderSchema = z._default(z.number().check(z.int(), z.minimum(0), z.maximum(9999)), 0)

/** Kinds of power in a 权责清单. */
export const POWER_TYPES = ['permit', 'penalty', 'enforcement', 'levy', 'benefit', 'inspection', 'confirmation', 'award', 'ruling', 'other', 'publicService'] as const
export type PowerType = (typeof POWER_TYPES)[number]
export const POWER_TYPE_LABELS: Record<PowerType, string> = {
  permit: '行政许可',
  penalty: '行政处罚',
  enforcement: '行政强制',
  levy: '行政征收',
  benefit: '行政给付',
  inspection: '行政检查',
  confirmation: '行政确认',
  award: '行政奖励',
  ruling: '行政裁决',
  other: '其他行政权力',
  publicService: '公共服务'
}

export const powerSchema = z.strictObject({
  code: z._default(longText(40, '编码'), ''),
  name: text(80, '事项名称'),
  type: z.enum(POWER_TYPES, { error: '请选择权力类型' }),
  basis: text(1000, '设定依据'),
  responsiblePost: text(40, '责任岗位'),
  /** Other names people search it by (低保 for 最低生活保障). */
  keywords: keywordsSchema,
  order: orderSchema
})
export type PowerInput = z.input<typeof powerSchema>

/** Kinds of 便民服务点. */
export const SERVICE_POINT_KINDS = ['hall', 'villageStation', 'other'] as const
export type ServicePointKind = (typeof SERVICE_POINT_KINDS)[number]
export const SERVICE_POINT_KIND_LABELS: Record<ServicePointKind, string> = {
  hall: '便民服务中心',
  villageStation: '村（社区）便民服务站',
  other: '其他服务点'
}

export const servicePointSchema = z.strictObject({
  name: text(60, '服务点名称'),
  kind: z.enum(SERVICE_POINT_KINDS, { error: '请选择服务点类型' }),
  villageId: orNull(objectId),
  address: text(120, '地址'),
  hours: text(120, '办公时间'),
  phone: contactPhone,
  latitude: z.number({ error: '请填写纬度' }).check(z.minimum(-90, { error: '纬度在 -90 到 90 之间' }), z.maximum(90, { error: '纬度在 -90 到 90 之间' })),
  longitude: z.number({ error: '请填写经度' }).check(z.minimum(-180, { error: '经度在 -180 到 180 之间' }), z.maximum(180, { error: '经度在 -180 到 180 之间' })),
  services: z._default(z.array(text(30, '服务项目')).check(z.maxLength(20, { error: '服务项目最多 20 项' })), []),
  order: orderSchema
})
export type ServicePointInput = z.input<typeof servicePointSchema>

export const directoryQuerySchema = z.object({
  q: searchWords,
  villageId: z.optional(objectId)
})
export const entryIdParamsSchema = z.strictObject({ id: objectId })

/** A domain of the catalogue: a standard one, or one the township added. */
export interface DomainDTO {
  key: string
  name: string
  standard: boolean
}

export interface DisclosureCatalogDTO {
  township: { id: string; name: string }
  categories: { key: DisclosureCategory; label: string }[]
  villageAffairs: { key: VillageAffair; label: string }[]
  kinds: { key: DisclosureKind; label: string }[]
  domains: (DomainDTO & { published: number })[]
  villages: { id: string; name: string; published: number }[]
}

/** An attachment with a link that works without a session for an hour. */
export interface DisclosureFileDTO {
  id: string
  name: string
  mimeType: DisclosureFileType
  size: number
  url: string
}

/** A link to another item (a version, the policy an interpretation explains). */
export interface ItemLinkDTO {
  id: string
  title: string
  version: number
  status: DisclosureStatus
  publishedAt: string | null
}

export interface AccountsDTO extends Accounts {
  incomeFen: number
  spendingFen: number
  closingBalanceFen: number
}

/** An item in public lists. */
export interface DisclosureItemSummary {
  id: string
  kind: DisclosureKind
  kindLabel: string
  scope: DisclosureScope
  title: string
  /** 五公开 category, or the 三务 kind for a village item. */
  categoryLabel: string
  domainName: string | null
  villageName: string | null
  indexNumber: string | null
  documentNumber: string | null
  source: string
  publishedAt: string | null
  validity: Validity
  validityLabel: string
}

/** A published (or withdrawn, or revised) item as the public sees it. */
export interface DisclosureItemDTO extends DisclosureItemSummary {
  category: DisclosureCategory | null
  villageAffair: VillageAffair | null
  domainKey: string | null
  villageId: string | null
  body: string
  validUntil: LocalDate | null
  version: number
  accounts: AccountsDTO | null
  attachments: DisclosureFileDTO[]
  /** The policy this interpretation explains. */
  interprets: ItemLinkDTO | null
  /** Published interpretations of this policy (any of its versions). */
  interpretations: ItemLinkDTO[]
  supersedes: ItemLinkDTO | null
  supersededBy: ItemLinkDTO | null
  /** Every public version of the item, oldest first. */
  versions: ItemLinkDTO[]
  withdrawReason: string | null
  withdrawnAt: string | null
}

/** A village's 三务公开 board (what a board QR opens). */
export interface VillageBoardDTO {
  township: { id: string; name: string }
  village: { id: string; name: string }
  affairs: { affair: VillageAffair; label: string; items: DisclosureItemSummary[] }[]
  /** The latest published accounts of the village, newest first, with their tables. */
  accounts: DisclosureItemDTO[]
}

export interface SubscriptionDTO {
  target: SubscriptionTarget
  key: string
  name: string
  createdAt: string
}

export interface PowerDTO {
  id: string
  code: string
  name: string
  type: PowerType
  typeLabel: string
  basis: string
  responsiblePost: string
  keywords: string[]
  /** The 多对一 contact table rows of the responsible post: who to call, and the county counterpart. */
  contacts: ContactDTO[]
  order: number
}

export interface ServicePointDTO {
  id: string
  name: string
  kind: ServicePointKind
  kindLabel: string
  villageId: string | null
  villageName: string | null
  address: string
  hours: string
  phone: string
  latitude: number
  longitude: number
  services: string[]
  order: number
}

/** One entry of an item's history as staff see it. */
export interface DisclosureUpdateDTO {
  action: DisclosureAction
  actionLabel: string
  from: DisclosureStatus | null
  to: DisclosureStatus
  authorName: string
  at: string
  publicText: string | null
  internalNote: string | null
}

/** A row of the staff list. */
export interface StaffDisclosureRow {
  id: string
  title: string
  kindLabel: string
  scope: DisclosureScope
  categoryLabel: string
  villageName: string | null
  departmentName: string
  status: DisclosureStatus
  statusLabel: string
  version: number
  moderation: DisclosureModeration
  updatedAt: string
}

/** Content security of an item's text: not checked yet (a draft), passed, or held for the reviewer. */
export const DISCLOSURE_MODERATION = ['unchecked', 'passed', 'held'] as const
export type DisclosureModeration = (typeof DISCLOSURE_MODERATION)[number]

/** An item as staff see it: the content, where it stands, what the viewer may do, and its history. */
export interface StaffDisclosureDTO {
  id: string
  townshipId: string
  status: DisclosureStatus
  statusLabel: string
  content: DisclosureContent
  departmentName: string
  villageName: string | null
  indexNumber: string | null
  version: number
  seriesId: string
  moderation: DisclosureModeration
  moderationNote: string | null
  submittedByName: string | null
  publishedAt: string | null
  withdrawReason: string | null
  attachments: DisclosureFileDTO[]
  accounts: AccountsDTO | null
  supersedes: ItemLinkDTO | null
  supersededBy: ItemLinkDTO | null
  /** Actions the viewer may take now (publishing is not offered to the item's submitter). */
  allowedActions: DisclosureAction[]
  /** Why publishing is not offered, when it is not (the viewer submitted it). */
  reviewNote: string | null
  /** A published item can get a new version (a draft that supersedes it once published). */
  canRevise: boolean
  history: DisclosureUpdateDTO[]
  updatedAt: string
}
