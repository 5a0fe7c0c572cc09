import * as z from './zod'
import { objectId, phone, text } from './common'
import { defineLifecycle } from './lifecycle'
import { CASE_PHOTOS_MAX } from './cases'

/**
 * 上门服务: 群众点单、政府派单、志愿者送单. Volunteers and grid workers register for a village and an
 * admin approves them; a help request (case type `help`) is dispatched to one of them, who accepts
 * (saying when they will come) or declines with a reason; an offer nobody accepts in time goes back
 * to the queue; the volunteer records the visit (time, what was done, photos), which answers the
 * case; the resident (or the assistant who asked) confirms and rates it as any answered case.
 * Each step is a recorded update on the case, with its notice.
 *
 * Endpoints (all below /api; writes marked [idem] need an `Idempotency-Key` header):
 *
 * Residents and assistants:
 * - GET    /volunteers/me                        → MyVolunteerDTO (my registration, if any)
 * - POST   /volunteers                           [idem] body RegisterVolunteerInput → VolunteerDTO (201; again after a rejection)
 * - GET    /cases/:id/visit                      → CaseVisitAnswer (who is coming and when; my own case only)
 * - GET    /cases/:id/visit/photos/:photoId      → the image bytes of a visit photo (my own case only)
 * Approved volunteers (only their own orders; the address only while the order is theirs):
 * - GET    /volunteer/orders?scope=open|done      → VisitOrderDTO[]
 * - GET    /volunteer/orders/:id                  → VisitOrderDTO
 * - POST   /volunteer/orders/:id/accept           [idem] body AcceptDispatchInput → VisitOrderDTO
 * - POST   /volunteer/orders/:id/decline          [idem] body DeclineDispatchInput → VisitOrderDTO
 * - POST   /volunteer/orders/:id/visit            [idem] body RecordVisitInput → VisitOrderDTO
 * Staff (cases they may see) and admin:
 * - GET    /staff/visits/queue                    → DispatchQueueItemDTO[] (help requests waiting for a volunteer)
 * - GET    /staff/visits/cases/:id                → StaffDispatchDTO (the order and suggested volunteers)
 * - POST   /staff/visits/cases/:id/dispatch       [idem] body DispatchInput → StaffDispatchDTO
 * - GET    /staff/visits/figures?from&to          → VisitFiguresDTO
 * - GET    /staff/volunteers?status               → VolunteerDTO[] (admin)
 * - POST   /staff/volunteers/:id/approve          [idem] → VolunteerDTO (admin)
 * - POST   /staff/volunteers/:id/reject           [idem] body { reason } → VolunteerDTO (admin)
 * - POST   /staff/volunteers/:id/suspend          [idem] body { reason } → VolunteerDTO (admin)
 */

/** Who does home visits: volunteers (志愿者) and the village's grid workers (网格员). */
export const VOLUNTEER_KINDS = ['volunteer', 'gridWorker'] as const
export type VolunteerKind = (typeof VOLUNTEER_KINDS)[number]
export const VOLUNTEER_KIND_LABELS: Record<VolunteerKind, string> = { volunteer: '志愿者', gridWorker: '网格员' }

/** What a volunteer offers to help with. */
export const VOLUNTEER_SKILLS = [
  { id: 'errand', name: '代办跑腿' },
  { id: 'elderCare', name: '助老陪护' },
  { id: 'repair', name: '水电家电维修' },
  { id: 'health', name: '健康义诊' },
  { id: 'farming', name: '农技帮扶' },
  { id: 'policy', name: '政策讲解' },
  { id: 'legal', name: '法律咨询' },
  { id: 'counsel', name: '心理疏导' }
] as const
export type VolunteerSkillId = (typeof VOLUNTEER_SKILLS)[number]['id']
export const VOLUNTEER_SKILL_IDS = VOLUNTEER_SKILLS.map((s) => s.id) as [VolunteerSkillId, ...VolunteerSkillId[]]

/** Where a registration stands. */
export const VOLUNTEER_STATUSES = ['pending', 'approved', 'rejected', 'suspended'] as const
export type VolunteerStatus = (typeof VOLUNTEER_STATUSES)[number]
export const VOLUNTEER_STATUS_LABELS: Record<VolunteerStatus, string> = {
  pending: '待审核',
  approved: '已通过',
  rejected: '未通过',
  suspended: '已暂停'
}
export const VOLUNTEER_ACTIONS = ['register', 'approve', 'reject', 'reapply', 'suspend'] as const
export type VolunteerAction = (typeof VOLUNTEER_ACTIONS)[number]

/** A registration: the person registers (again after a rejection or a suspension), an admin approves, rejects or suspends it. */
export const VOLUNTEER_LIFECYCLE = defineLifecycle<VolunteerStatus, VolunteerAction, 'self' | 'admin'>({
  noun: '这份志愿者登记',
  conflictCode: 'VOLUNTEER_CHANGED',
  statusLabels: VOLUNTEER_STATUS_LABELS,
  actionLabels: { register: '登记', approve: '审核通过', reject: '审核不通过', reapply: '重新提交', suspend: '暂停服务' },
  table: {
    register: { from: [], to: 'pending', by: ['self'] },
    approve: { from: ['pending'], to: 'approved', by: ['admin'] },
    reject: { from: ['pending'], to: 'rejected', by: ['admin'] },
    reapply: { from: ['rejected', 'suspended'], to: 'pending', by: ['self'] },
    suspend: { from: ['approved'], to: 'suspended', by: ['admin'] }
  }
})

/**
 * Where the order of a help request stands.
 * - offered: sent to a volunteer, waiting for them to accept before `expiresAt`
 * - accepted: the volunteer said when they will come; the address is theirs to see
 * - declined: the volunteer said no (with a reason); back in the queue
 * - expired: nobody accepted in time; back in the queue
 * - visited: the visit is recorded; the case is answered
 */
export const DISPATCH_STATUSES = ['offered', 'accepted', 'declined', 'expired', 'visited'] as const
export type DispatchStatus = (typeof DISPATCH_STATUSES)[number]
export const DISPATCH_STATUS_LABELS: Record<DispatchStatus, string> = {
  offered: '待志愿者接单',
  accepted: '志愿者已接单',
  declined: '志愿者已拒单',
  expired: '超时未接单',
  visited: '已上门服务'
}
/** Orders that still belong to their volunteer. */
export const LIVE_DISPATCH_STATUSES = ['offered', 'accepted'] as const
/** Orders whose case waits for (another) volunteer. */
export const REQUEUED_DISPATCH_STATUSES = ['declined', 'expired'] as const

/** How long a volunteer has to accept, unless the dispatcher says otherwise. */
export const DISPATCH_ACCEPT_HOURS = { default: 4, min: 1, max: 72 } as const
/** How far ahead a volunteer may plan the visit. */
export const VISIT_PLAN_MAX_DAYS = 14
export const VISIT_LIMITS = { intro: 200, reason: 200, note: 200, visitText: 1000, realName: 20 } as const

export const registerVolunteerSchema = z.strictObject({
  kind: z.enum(VOLUNTEER_KINDS, { error: '请选择登记为志愿者还是网格员' }),
  villageId: objectId,
  realName: text(VISIT_LIMITS.realName, '真实姓名'),
  phone,
  skills: z
    .array(z.enum(VOLUNTEER_SKILL_IDS, { error: '请从列表里选择能提供的服务' }), { error: '请选择能提供的服务' })
    .check(z.minLength(1, { error: '请至少选一项能提供的服务' }), z.maxLength(VOLUNTEER_SKILLS.length)),
  intro: z.optional(z.string().check(z.trim(), z.maxLength(VISIT_LIMITS.intro, { error: `自我介绍不能超过 ${VISIT_LIMITS.intro} 个字` }))),
  /** Grid workers may show their phone on the village's door plates. */
  phoneOnDoorplates: z._default(z.boolean({ error: '“门牌上显示电话”只能是是或否' }), false)
})
export type RegisterVolunteerInput = z.input<typeof registerVolunteerSchema>

export const volunteerReasonSchema = z.strictObject({ reason: text(VISIT_LIMITS.reason, '原因') })
export type VolunteerReasonInput = z.input<typeof volunteerReasonSchema>
export const volunteerListQuerySchema = z.object({ status: z._default(z.enum(VOLUNTEER_STATUSES), 'pending') })

export const dispatchSchema = z.strictObject({
  volunteerId: objectId,
  acceptWithinHours: z._default(
    z.coerce
      .number({ error: '请填写接单时限（小时）' })
      .check(
        z.int({ error: '接单时限要是整小时' }),
        z.minimum(DISPATCH_ACCEPT_HOURS.min, { error: `接单时限至少 ${DISPATCH_ACCEPT_HOURS.min} 小时` }),
        z.maximum(DISPATCH_ACCEPT_HOURS.max, { error: `接单时限最多 ${DISPATCH_ACCEPT_HOURS.max} 小时` })
      ),
    DISPATCH_ACCEPT_HOURS.default
  ),
  note: z.optional(z.string().check(z.trim(), z.maxLength(VISIT_LIMITS.note, { error: `给志愿者的话不能超过 ${VISIT_LIMITS.note} 个字` })))
})
export type DispatchInput = z.input<typeof dispatchSchema>

export const acceptDispatchSchema = z.strictObject({
  plannedAt: z.iso.datetime({ offset: true, error: '请选择上门的日期和时间' })
})
export type AcceptDispatchInput = z.input<typeof acceptDispatchSchema>
export const declineDispatchSchema = z.strictObject({ reason: text(VISIT_LIMITS.reason, '不能接单的原因') })
export type DeclineDispatchInput = z.input<typeof declineDispatchSchema>
export const recordVisitSchema = z.strictObject({
  visitedAt: z.iso.datetime({ offset: true, error: '请填写上门的时间' }),
  text: text(VISIT_LIMITS.visitText, '服务内容'),
  photoIds: z._default(z.array(objectId).check(z.maxLength(CASE_PHOTOS_MAX, { error: `照片最多 ${CASE_PHOTOS_MAX} 张` })), [])
})
export type RecordVisitInput = z.input<typeof recordVisitSchema>

export const orderIdParamsSchema = z.strictObject({ id: objectId })
export const visitPhotoParamsSchema = z.strictObject({ id: objectId, photoId: objectId })
export const ordersQuerySchema = z.object({ scope: z._default(z.enum(['open', 'done']), 'open') })
export const visitFiguresQuerySchema = z.object({
  from: z.optional(z.iso.date({ error: '开始日期格式应为 2025-03-01' })),
  to: z.optional(z.iso.date({ error: '结束日期格式应为 2025-03-31' }))
})

/** A registration as its owner and admins see it (phone masked). */
export interface VolunteerDTO {
  id: string
  userId: string
  kind: VolunteerKind
  kindLabel: string
  villageId: string
  villageName: string
  realName: string
  phoneMasked: string
  skills: VolunteerSkillId[]
  skillLabels: string[]
  intro: string | null
  phoneOnDoorplates: boolean
  status: VolunteerStatus
  statusLabel: string
  /** Why it was rejected or suspended. */
  reason: string | null
  registeredAt: string
}

/** A volunteer a dispatcher may choose, with the load that orders the list. */
export interface VolunteerSuggestionDTO {
  id: string
  name: string
  kind: VolunteerKind
  kindLabel: string
  villageName: string
  sameVillage: boolean
  skillLabels: string[]
  /** Orders offered to or accepted by them now. */
  openOrders: number
  /** Visits they recorded. */
  visits: number
  /** They already declined this case, or let its offer expire. */
  declinedThis: boolean
}

/** The current order of a help request. */
export interface DispatchDTO {
  round: number
  status: DispatchStatus
  statusLabel: string
  volunteerName: string
  volunteerKindLabel: string
  offeredAt: string
  expiresAt: string
  acceptedAt: string | null
  plannedAt: string | null
  reason: string | null
  visit: { visitedAt: string; text: string; photoIds: string[] } | null
}

/** A help request as the dispatcher sees it: the case in short, its order, and whom to send. */
export interface StaffDispatchDTO {
  caseId: string
  number: string
  title: string
  text: string
  status: string
  statusLabel: string
  villageId: string | null
  villageName: string | null
  location: string | null
  dispatch: DispatchDTO | null
  /** False with `why` when the case cannot be dispatched now. */
  canDispatch: boolean
  why: string | null
  suggestions: VolunteerSuggestionDTO[]
}

/** A help request waiting for a volunteer. */
export interface DispatchQueueItemDTO {
  caseId: string
  number: string
  title: string
  villageName: string | null
  statusLabel: string
  /** Null when never dispatched; else why it came back (declined, expired). */
  dispatch: { status: DispatchStatus; statusLabel: string; volunteerName: string; reason: string | null } | null
  submittedAt: string
}

/**
 * An order as its volunteer sees it. The exact address, the applicant's name and the contact phone
 * are there only while the order is theirs (accepted, not yet visited); an offer shows the village.
 */
export interface VisitOrderDTO {
  caseId: string
  number: string
  title: string
  text: string
  villageName: string | null
  status: DispatchStatus
  statusLabel: string
  offeredAt: string
  expiresAt: string
  plannedAt: string | null
  dispatcherNote: string | null
  /** Set only while the order is theirs. */
  address: string | null
  applicantName: string | null
  contactPhone: string | null
  visit: { visitedAt: string; text: string; photoCount: number } | null
  canAccept: boolean
  canDecline: boolean
  canRecordVisit: boolean
}

/** Who is coming and when, as the resident (or the assistant who asked) sees it. */
export interface CaseVisitDTO {
  status: DispatchStatus
  statusLabel: string
  volunteerName: string
  volunteerKindLabel: string
  plannedAt: string | null
  /** What the volunteer recorded of the visit, once they have. */
  record: { visitedAt: string; text: string; photoUrls: string[] } | null
}

/** My registration, null when I have none. */
export interface MyVolunteerDTO {
  volunteer: VolunteerDTO | null
}

/** The visit of my help request, null while nobody is on the way. */
export interface CaseVisitAnswer {
  visit: CaseVisitDTO | null
}

/** Figures for the dashboard. */
export interface VisitFiguresDTO {
  from: string
  to: string
  /** Help requests submitted in the period. */
  orders: number
  /** Of those, dispatched to a volunteer at least once. */
  dispatched: number
  /** Of those, visited. */
  completed: number
  /** Hours from submission to the recorded visit, on average over the completed ones; null when none. */
  averageHoursToVisit: number | null
  /** Visits the resident rated 满意 or 非常满意. */
  thanks: number
}
