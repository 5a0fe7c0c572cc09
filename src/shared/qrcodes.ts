import * as z from './zod'
import { objectId, text } from './common'
import { defineLifecycle } from './lifecycle'
import type { BookingDTO } from './appointments'
import { SCAN_PAGE, SCENE_MAX_LENGTH, SCENE_PATTERN } from './scene'

export { SCAN_PAGE, SCENE_MAX_LENGTH, SCENE_PATTERN, isValidScene } from './scene'

/**
 * 码上办: QR codes posted in the hall, on windows, on guides, on door plates (智慧门牌) and on a
 * village's disclosure board. Every code carries a short random scene id that the server maps to its
 * target; the raw target id never appears on paper.
 *
 * Endpoints (all below /api; writes marked [idem] need an `Idempotency-Key` header):
 *
 * Anyone (signed in or not):
 * - POST   /qr/scans                      [idem] body ScanInput → QrResolveDTO (counts the scan)
 * - GET    /qr/targets/:scene             → QrResolveDTO (no count; 404 for an unknown scene)
 * Signed in:
 * - POST   /qr/checkIn                    [idem] body ScanCheckInInput → BookingDTO (scan the hall or window code on arrival)
 *
 * Staff (window and guide codes of their departments) and admin (every code):
 * - GET    /staff/qr/targets?kind&villageId&status&page&pageSize → Page<QrTargetDTO> (with 30-day scan counts)
 * - POST   /staff/qr/targets              [idem] body CreateTargetInput → QrTargetDTO (201)
 * - POST   /staff/qr/doorplates           [idem] body CreateDoorplatesInput → DoorplateBatchDTO (201, admin)
 * - POST   /staff/qr/targets/:id/retire   [idem] body RetireTargetInput → QrTargetDTO
 * - POST   /staff/qr/sheets               [idem] body SheetInput → SheetDTO (an A4 PDF to print, behind a signed link)
 * - GET    /staff/qr/scans?from&to        → ScanFiguresDTO (by target, day and village)
 */

/** What our scene ids are made of: letters and digits without look-alikes (0/O, 1/l/I), safe in any URL. */
export const SCENE_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789'
/** 56^8 ≈ 9.7 × 10^13 codes: guessing a live one is hopeless. */
export const SCENE_CODE_LENGTH = 8

/** The page a retired code leads to. */
export const RETIRED_PAGE = 'pages/scan/retired/index'
/** The disclosure board page of a village (政务公开, built alongside). */
export const DISCLOSURE_VILLAGE_PAGE = 'pages/disclosure/village/index'

/** A scene as WeChat hands it over: at most 32 of its allowed characters. */
export const sceneSchema = z.string({ error: '二维码内容不完整，请重新扫码' }).check(
  z.trim(),
  z.minLength(1, { error: '二维码内容不完整，请重新扫码' }),
  z.maxLength(SCENE_MAX_LENGTH, { error: '这不是乡里办的二维码（内容太长），请扫便民服务中心张贴的码' }),
  z.regex(SCENE_PATTERN, { error: '这不是乡里办的二维码（有不认识的字符），请扫便民服务中心张贴的码' })
)

/** The H5 address a plain (non-WeChat) QR code of a scene holds. */
export function h5ScanUrl(base: string, scene: string): string {
  return `${base.replace(/\/+$/, '')}/#/${SCAN_PAGE}?scene=${encodeURIComponent(scene)}`
}

/** Reads the scene back out of an address or a mini-program path that carries `scene=`; null otherwise. */
export function sceneFromLink(link: string): string | null {
  const m = /[?&]scene=([^&#]*)/.exec(link)
  if (!m) return null
  try {
    return decodeURIComponent(m[1]!)
  } catch {
    return null
  }
}

/** What a code is posted on. */
export const QR_TARGET_KINDS = ['hall', 'window', 'guide', 'doorplate', 'board'] as const
export type QrTargetKind = (typeof QR_TARGET_KINDS)[number]
export const QR_TARGET_KIND_LABELS: Record<QrTargetKind, string> = {
  hall: '服务大厅',
  window: '窗口',
  guide: '码上知道（办事指南）',
  doorplate: '智慧门牌',
  board: '村务公开栏'
}

export const QR_TARGET_STATUSES = ['active', 'retired'] as const
export type QrTargetStatus = (typeof QR_TARGET_STATUSES)[number]
export const QR_TARGET_ACTIONS = ['create', 'retire'] as const
export type QrTargetAction = (typeof QR_TARGET_ACTIONS)[number]

/** A code is made once and can be retired (its old prints then open a page saying where to go instead). */
export const QR_TARGET_LIFECYCLE = defineLifecycle<QrTargetStatus, QrTargetAction, 'staff'>({
  noun: '这个二维码',
  conflictCode: 'QR_TARGET_CHANGED',
  statusLabels: { active: '使用中', retired: '已停用' },
  actionLabels: { create: '生成', retire: '停用' },
  table: {
    create: { from: [], to: 'active', by: ['staff'] },
    retire: { from: ['active'], to: 'retired', by: ['staff'] }
  }
})

/** Longest texts a code's fields take (the forms use the same limits). */
export const QR_LIMITS = { title: 30, group: 10, number: 20, householder: 20, reason: 200, platesPerBatch: 300 } as const

/** One household of a village: its group (组), house number and how the plate names it. */
export const doorplateSchema = z.strictObject({
  group: z.optional(z.string().check(z.trim(), z.maxLength(QR_LIMITS.group, { error: `组名不能超过 ${QR_LIMITS.group} 个字` }))),
  number: text(QR_LIMITS.number, '门牌号'),
  householder: z.optional(
    z.string().check(z.trim(), z.maxLength(QR_LIMITS.householder, { error: `户主称呼不能超过 ${QR_LIMITS.householder} 个字` }))
  )
})
export type DoorplateInput = z.input<typeof doorplateSchema>

const title = z.optional(z.string().check(z.trim(), z.maxLength(QR_LIMITS.title, { error: `名称不能超过 ${QR_LIMITS.title} 个字` })))

export const createTargetSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('hall'), title }),
    z.strictObject({ kind: z.literal('window'), departmentId: objectId }),
    z.strictObject({ kind: z.literal('guide'), guideId: objectId }),
    z.strictObject({ kind: z.literal('board'), villageId: objectId }),
    z.strictObject({ kind: z.literal('doorplate'), villageId: objectId, ...doorplateSchema.shape })
  ],
  { error: '请选择二维码贴在哪里：大厅、窗口、办事指南、门牌或村务公开栏' }
)
export type CreateTargetInput = z.input<typeof createTargetSchema>

export const createDoorplatesSchema = z.strictObject({
  villageId: objectId,
  plates: z
    .array(doorplateSchema, { error: '请填写门牌' })
    .check(
      z.minLength(1, { error: '请至少填写一户' }),
      z.maxLength(QR_LIMITS.platesPerBatch, { error: `一次最多生成 ${QR_LIMITS.platesPerBatch} 户门牌` })
    )
})
export type CreateDoorplatesInput = z.input<typeof createDoorplatesSchema>

/**
 * Reads the lines staff paste for a batch of door plates: `组 门牌号 户主` per line, separated by
 * spaces, commas or tabs (the group and the householder may be left out: `12号` alone is a plate).
 */
export function parseDoorplateLines(raw: string): DoorplateInput[] {
  return raw
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const parts = line.split(/[\s,，、\t]+/).filter(Boolean)
      if (parts.length === 1) return { number: parts[0]! }
      if (parts.length === 2) return /组$/.test(parts[0]!) ? { group: parts[0]!, number: parts[1]! } : { number: parts[0]!, householder: parts[1]! }
      return { group: parts[0]!, number: parts[1]!, householder: parts.slice(2).join(' ') }
    })
}

export const retireTargetSchema = z.strictObject({
  reason: text(QR_LIMITS.reason, '停用原因'),
  /** Another live code of the township whose place this one's prints should point to; the hall when omitted. */
  insteadId: z.optional(objectId)
})
export type RetireTargetInput = z.input<typeof retireTargetSchema>

export const targetIdParamsSchema = z.strictObject({ id: objectId })
export const sceneParamsSchema = z.strictObject({ scene: sceneSchema })
export const scanSchema = z.strictObject({ scene: sceneSchema })
export type ScanInput = z.input<typeof scanSchema>
export const scanCheckInSchema = z.strictObject({ scene: sceneSchema, bookingId: objectId })
export type ScanCheckInInput = z.input<typeof scanCheckInSchema>

export const listTargetsQuerySchema = z.object({
  kind: z.optional(z.enum(QR_TARGET_KINDS)),
  villageId: z.optional(objectId),
  status: z._default(z.enum(QR_TARGET_STATUSES), 'active'),
  page: z._default(z.coerce.number().check(z.int(), z.minimum(1, { error: '页码从 1 开始' })), 1),
  pageSize: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100, { error: '每页最多 100 条' })), 50)
})

/** Which code goes on paper: a WeChat mini-program code, or a plain QR code of the H5 address. */
export const QR_CODE_FORMS = ['miniprogram', 'web'] as const
export type QrCodeForm = (typeof QR_CODE_FORMS)[number]
export const QR_CODE_FORM_LABELS: Record<QrCodeForm, string> = { miniprogram: '小程序码（微信扫）', web: '网页二维码（手机相机扫）' }

/** What a printed sheet holds: a village's door plates, the hall's windows, or one code (a guide poster, the hall, a board). */
export const SHEET_BATCHES = ['doorplates', 'windows', 'target'] as const
export type SheetBatch = (typeof SHEET_BATCHES)[number]

export const sheetSchema = z
  .strictObject({
    batch: z.enum(SHEET_BATCHES, { error: '请选择要打印的内容：门牌、窗口或单个二维码' }),
    villageId: z.optional(objectId),
    targetId: z.optional(objectId),
    code: z.optional(z.enum(QR_CODE_FORMS, { error: '码的样式只能是 miniprogram 或 web' }))
  })
  .check(
    z.refine((q) => q.batch !== 'doorplates' || !!q.villageId, { path: ['villageId'], error: '打印门牌要先选村（社区）' }),
    z.refine((q) => q.batch !== 'target' || !!q.targetId, { path: ['targetId'], error: '请选择要打印的二维码' })
  )
export type SheetInput = z.input<typeof sheetSchema>

/** A printable sheet, stored and handed out by a signed link that expires (large batches exceed an API answer). */
export interface SheetDTO {
  url: string
  fileName: string
  pages: number
  codes: number
  bytes: number
  form: QrCodeForm
  expiresAt: string
}

export const scanFiguresQuerySchema = z.object({
  from: z.optional(z.iso.date({ error: '开始日期格式应为 2025-03-01' })),
  to: z.optional(z.iso.date({ error: '结束日期格式应为 2025-03-31' }))
})

/** A household on its door plate. */
export interface DoorplateDTO {
  villageId: string
  villageName: string
  group: string | null
  number: string
  householder: string | null
  /** The address cases and home visits are prefilled with. */
  address: string
}

/** A code as staff manage it. */
export interface QrTargetDTO {
  id: string
  scene: string
  kind: QrTargetKind
  kindLabel: string
  title: string
  status: QrTargetStatus
  departmentId: string | null
  guideId: string | null
  villageId: string | null
  doorplate: DoorplateDTO | null
  retiredReason: string | null
  insteadTitle: string | null
  /** Scans in the last 30 days. */
  scans30d: number
  createdAt: string
}

/** A batch of door plates: the codes made now, and households that already had one (their code is kept). */
export interface DoorplateBatchDTO {
  created: QrTargetDTO[]
  kept: QrTargetDTO[]
}

/** Where the scan page sends the person, as a mini-program page and its query. */
export interface QrLink {
  page: string
  query: Record<string, string>
}

/** Somebody the door plate names (grid workers may choose to show their phone). */
export interface DoorplateContact {
  name: string
  phone: string | null
}

/** What a scanned code leads to: the target, where to go, and for a signed-in person today's bookings to check in. */
export interface QrResolveDTO {
  scene: string
  kind: QrTargetKind
  kindLabel: string
  title: string
  status: QrTargetStatus
  township: { id: string; name: string; phone: string; address: string }
  /** Where to go next; null when the scan page itself is the destination (window, door plate). */
  link: QrLink | null
  /** A window: today's services at it and what a "rate this window" page needs. */
  window: {
    departmentId: string
    name: string
    windowName: string
    place: string
    phone: string
    services: { guideId: string; title: string; appointmentAvailable: boolean }[]
    /** The id a review of this window refers to. */
    rateTargetId: string
  } | null
  guide: { id: string; title: string } | null
  doorplate: (DoorplateDTO & { gridWorkers: DoorplateContact[]; assistants: DoorplateContact[] }) | null
  board: { villageId: string; villageName: string } | null
  /** Set when the code was retired: why, and where to go instead. */
  retired: { at: string; reason: string; instead: { title: string; scene: string | null; link: QrLink } } | null
  /** The signed-in person's bookings today that this code can check in (hall: any window; window: that window). */
  checkIns: BookingDTO[]
}

/** Scan counts for the dashboard. */
export interface ScanFiguresDTO {
  from: string
  to: string
  total: number
  /** Scans by signed-in people (the rest were anonymous). */
  signedIn: number
  byDay: { day: string; count: number }[]
  byTarget: { targetId: string; title: string; kind: QrTargetKind; count: number }[]
  byVillage: { villageId: string; villageName: string; count: number }[]
}
