import * as z from './zod'
import { objectId, paging, text } from './common'
import { defineLifecycle } from './lifecycle'

/**
 * 好差评 (reviews): a rating of every finished service (一事一评) or of a window visit (一次一评), and
 * for every 差评 a rectification owned by the department that served: verify (核实), act (整改) or
 * explain, call back (回访), and the resident's rating of the outcome. Departments may appeal
 * (申诉) a malicious or mistaken rating to the admin; an upheld appeal keeps the rating, marked, out
 * of the statistics.
 *
 * Endpoints (all below /api; writes marked [idem] need an `Idempotency-Key` header):
 *
 * Residents and assistants (assistants rate for someone with the `x-acting-for` header and that person's consent):
 * - GET    /reviews/services/:service/:serviceId → RateableDTO (what is rated, whether it can be, my rating)
 * - POST   /reviews                       [idem] body RateServiceInput → ReviewDTO (201)
 * - POST   /reviews/window                [idem] body RateWindowInput → ReviewDTO (201; one per person, window and day)
 * - GET    /reviews/mine?page&pageSize    → Page<ReviewDTO>
 * - GET    /reviews/:id                   → ReviewDTO
 * - POST   /reviews/:id/amend             [idem] body AmendReviewInput → ReviewDTO (within the lock days, before staff act)
 * - POST   /reviews/:id/rateRectification [idem] body RateRectificationInput → ReviewDTO
 *
 * Public:
 * - GET    /townships/:townshipId/reviewSummary → PublicSummaryDTO (per department, this year)
 *
 * Staff (department staff: their departments' ratings; admin: the township):
 * - GET    /staff/reviews?page&pageSize&queue&departmentId → Page<StaffReviewDTO> (rectifications: overdue first)
 * - GET    /staff/reviews/:id             → StaffReviewDTO (whole record)
 * - POST   /staff/reviews/:id/verify      [idem] body VerifyInput → StaffReviewDTO
 * - POST   /staff/reviews/:id/act         [idem] body ActInput → StaffReviewDTO
 * - POST   /staff/reviews/:id/callBack    [idem] body CallBackInput → StaffReviewDTO
 * - POST   /staff/reviews/:id/appeal      [idem] body AppealInput → StaffReviewDTO
 * - POST   /staff/reviews/:id/decideAppeal [idem] body DecideAppealInput → StaffReviewDTO (admin)
 * - POST   /staff/reviews/:id/reviewComment [idem] body ReviewCommentInput → StaffReviewDTO (clears a content hold)
 * - GET    /staff/reviewStats?from&to&departmentId → ReviewStatsDTO
 * - GET    /staff/reviewSettings          → ReviewSettingsDTO
 * - PUT    /staff/reviewSettings          [idem] body ReviewSettingsInput → ReviewSettingsDTO (admin)
 *
 * Illegal or stale moves answer 409 REVIEW_STATE_CONFLICT with a Chinese message.
 */

/** The five levels, best first. */
export const REVIEW_LEVELS = ['verySatisfied', 'satisfied', 'basic', 'dissatisfied', 'veryDissatisfied'] as const
export type ReviewLevel = (typeof REVIEW_LEVELS)[number]
export const REVIEW_LEVEL_LABELS: Record<ReviewLevel, string> = {
  verySatisfied: '非常满意',
  satisfied: '满意',
  basic: '基本满意',
  dissatisfied: '不满意',
  veryDissatisfied: '非常不满意'
}
/** 差评: the two levels that open a rectification. */
export const BAD_LEVELS: readonly ReviewLevel[] = ['dissatisfied', 'veryDissatisfied']
/** The levels the satisfaction rate counts as satisfied. */
export const SATISFIED_LEVELS: readonly ReviewLevel[] = ['verySatisfied', 'satisfied']

/** True for 不满意 and 非常不满意. */
export function isBadLevel(level: ReviewLevel): boolean {
  return BAD_LEVELS.includes(level)
}

/** What a rating rates beyond the overall level. */
export const REVIEW_DIMENSIONS = ['efficiency', 'guideAccuracy', 'convenience'] as const
export type ReviewDimension = (typeof REVIEW_DIMENSIONS)[number]
export const REVIEW_DIMENSION_LABELS: Record<ReviewDimension | 'overall', string> = {
  overall: '整体满意度',
  efficiency: '办事效率',
  guideAccuracy: '指南准确度',
  convenience: '办事便捷度'
}

/** The finished services a person rates once each (一事一评); `window` is a visit through a window's QR code (一次一评). */
export const REVIEW_SERVICES = ['appointment', 'case', 'window'] as const
export type ReviewService = (typeof REVIEW_SERVICES)[number]
export const RATEABLE_SERVICES = ['appointment', 'case'] as const
export type RateableService = (typeof RATEABLE_SERVICES)[number]
export const REVIEW_SERVICE_LABELS: Record<ReviewService, string> = {
  appointment: '预约办事',
  case: '诉求办理',
  window: '窗口服务'
}

/** How the resident rates the outcome of a rectification. */
export const RECTIFICATION_LEVELS = ['satisfied', 'basic', 'dissatisfied'] as const
export type RectificationLevel = (typeof RECTIFICATION_LEVELS)[number]
export const RECTIFICATION_LEVEL_LABELS: Record<RectificationLevel, string> = { satisfied: '满意', basic: '基本满意', dissatisfied: '不满意' }

/** What the department found it should do about a 差评. */
export const RECTIFICATION_OUTCOMES = ['rectified', 'noActionDue'] as const
export type RectificationOutcome = (typeof RECTIFICATION_OUTCOMES)[number]
export const RECTIFICATION_OUTCOME_LABELS: Record<RectificationOutcome, string> = { rectified: '已整改', noActionDue: '经核实无需整改' }

export const CALL_BACK_METHODS = ['phone', 'visit', 'message'] as const
export type CallBackMethod = (typeof CALL_BACK_METHODS)[number]
export const CALL_BACK_METHOD_LABELS: Record<CallBackMethod, string> = { phone: '电话回访', visit: '上门回访', message: '短信/微信回访' }

/**
 * Where a rating stands.
 * - rated: a counted rating that needs nothing more (好评, or a closed rectification is `closed`)
 * - verifying: a 差评 whose department checks what happened (核实)
 * - acting: verified; the department acts or explains why no action is due (整改)
 * - callingBack: acted; the department calls the resident back with the outcome (回访)
 * - awaitingResident: the resident was told the outcome and rates it
 * - closed: the rectification is finished
 * - appealed: the department appealed the rating to the admin (申诉)
 * - excluded: the admin upheld the appeal; the rating is kept, marked, outside the statistics
 */
export const REVIEW_STATUSES = ['rated', 'verifying', 'acting', 'callingBack', 'awaitingResident', 'closed', 'appealed', 'excluded'] as const
export type ReviewStatus = (typeof REVIEW_STATUSES)[number]
export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = {
  rated: '已评价',
  verifying: '待核实',
  acting: '整改中',
  callingBack: '待回访',
  awaitingResident: '待群众评价整改',
  closed: '整改完成',
  appealed: '申诉中',
  excluded: '申诉成立（不计入统计）'
}
/** Statuses of an open rectification (the staff queue). */
export const OPEN_RECTIFICATION: readonly ReviewStatus[] = ['verifying', 'acting', 'callingBack']

export const REVIEW_ACTIONS = [
  'rate',
  'rateBad',
  'rateDefault',
  'amend',
  'amendToBad',
  'amendToGood',
  'verify',
  'act',
  'actAnonymous',
  'callBack',
  'accept',
  'reopen',
  'closeUnsatisfied',
  'appeal',
  'upholdAppeal',
  'rejectAppeal',
  'escalate',
  'reviewComment'
] as const
export type ReviewAction = (typeof REVIEW_ACTIONS)[number]
export type ReviewActor = 'resident' | 'staff' | 'admin' | 'system'

export const REVIEW_ACTION_LABELS: Record<ReviewAction, string> = {
  rate: '评价',
  rateBad: '差评',
  rateDefault: '默认评价',
  amend: '修改评价',
  amendToBad: '改为差评',
  amendToGood: '改为好评',
  verify: '核实',
  act: '整改',
  actAnonymous: '整改（匿名评价，无需回访）',
  callBack: '回访',
  accept: '认可整改',
  reopen: '不满意整改，重新整改',
  closeUnsatisfied: '不满意整改（已重新整改过一次）',
  appeal: '申诉',
  upholdAppeal: '申诉成立',
  rejectAppeal: '申诉不成立',
  escalate: '超期督办',
  reviewComment: '留言审核'
}

const STAFF: readonly ReviewActor[] = ['staff', 'admin']

/** The rating's lifecycle: one table the pages and the server's one writer share. */
export const REVIEW_LIFECYCLE = defineLifecycle<ReviewStatus, ReviewAction, ReviewActor>({
  noun: '这条评价',
  conflictCode: 'REVIEW_STATE_CONFLICT',
  statusLabels: REVIEW_STATUS_LABELS,
  actionLabels: REVIEW_ACTION_LABELS,
  resumeDefault: 'verifying',
  table: {
    rate: { from: [], to: 'rated', by: ['resident'] },
    rateBad: { from: [], to: 'verifying', by: ['resident'] },
    rateDefault: { from: [], to: 'rated', by: ['system'] },
    amend: { from: ['rated', 'verifying'], to: 'same', by: ['resident'] },
    amendToBad: { from: ['rated'], to: 'verifying', by: ['resident'] },
    amendToGood: { from: ['verifying'], to: 'rated', by: ['resident'] },
    verify: { from: ['verifying'], to: 'acting', by: STAFF },
    act: { from: ['acting'], to: 'callingBack', by: STAFF },
    actAnonymous: { from: ['acting'], to: 'closed', by: STAFF },
    callBack: { from: ['callingBack'], to: 'awaitingResident', by: STAFF },
    accept: { from: ['awaitingResident'], to: 'closed', by: ['resident'] },
    reopen: { from: ['awaitingResident'], to: 'acting', by: ['resident'] },
    closeUnsatisfied: { from: ['awaitingResident'], to: 'closed', by: ['resident'] },
    appeal: { from: ['verifying', 'acting', 'callingBack'], to: 'appealed', by: STAFF },
    upholdAppeal: { from: ['appealed'], to: 'excluded', by: ['admin'] },
    rejectAppeal: { from: ['appealed'], to: 'resume', by: ['admin'] },
    escalate: { from: ['verifying', 'acting', 'callingBack'], to: 'same', by: ['system'] },
    reviewComment: { from: [...REVIEW_STATUSES], to: 'same', by: STAFF }
  }
})

/** Limits of what people type (the forms use the same numbers). */
export const REVIEW_LIMITS = { comment: 300, staffText: 500, appeal: 500 } as const

/** Per-township rules, with the defaults a township starts with. */
export const REVIEW_SETTING_DEFAULTS = {
  /** Calendar days after a service during which a rating is accepted. */
  acceptDays: 30,
  /** Calendar days after rating during which the resident may change it. */
  lockDays: 7,
  /** Working days a department has to finish a rectification (local rules: 5 to 15). */
  rectifyDays: 5,
  /** Count an unrated service as 基本满意 after `defaultAfterDays` (off unless the township says so). */
  defaultRating: false,
  defaultAfterDays: 7
} as const
export interface ReviewSettings {
  acceptDays: number
  lockDays: number
  rectifyDays: number
  defaultRating: boolean
  defaultAfterDays: number
}

/** A rectification due within this many hours is flagged due soon. */
export const DUE_SOON_HOURS = 48

const levelSchema = z.enum(REVIEW_LEVELS, { error: '请选择满意程度：非常满意、满意、基本满意、不满意或非常不满意' })
const dimensionsSchema = z.strictObject({
  efficiency: z.optional(z.enum(REVIEW_LEVELS, { error: '办事效率请选五个等级之一' })),
  guideAccuracy: z.optional(z.enum(REVIEW_LEVELS, { error: '指南准确度请选五个等级之一' })),
  convenience: z.optional(z.enum(REVIEW_LEVELS, { error: '办事便捷度请选五个等级之一' }))
})
const comment = z.optional(
  z.string({ error: '留言请填文字' }).check(z.trim(), z.maxLength(REVIEW_LIMITS.comment, { error: `留言不能超过 ${REVIEW_LIMITS.comment} 个字` }))
)

const ratingFields = {
  level: levelSchema,
  dimensions: z._default(dimensionsSchema, {}),
  comment
}

export const rateServiceSchema = z.strictObject({
  service: z.enum(RATEABLE_SERVICES, { error: '请说明评价的是预约办事还是诉求办理' }),
  serviceId: objectId,
  ...ratingFields
})
export type RateServiceInput = z.input<typeof rateServiceSchema>

export const rateWindowSchema = z.strictObject({
  departmentId: objectId,
  /** Staff see no name and nobody calls back; the rating still counts and a 差评 still gets a rectification. */
  anonymous: z._default(z.boolean({ error: '匿名请选是或否' }), false),
  ...ratingFields
})
export type RateWindowInput = z.input<typeof rateWindowSchema>

export const amendReviewSchema = z.strictObject(ratingFields)
export type AmendReviewInput = z.input<typeof amendReviewSchema>

export const rateRectificationSchema = z.strictObject({
  level: z.enum(RECTIFICATION_LEVELS, { error: '请选择对整改结果是否满意' }),
  comment
})
export type RateRectificationInput = z.input<typeof rateRectificationSchema>

export const verifySchema = z.strictObject({ finding: text(REVIEW_LIMITS.staffText, '核实情况') })
export type VerifyInput = z.input<typeof verifySchema>
export const actSchema = z.strictObject({
  outcome: z.enum(RECTIFICATION_OUTCOMES, { error: '请选择已整改，或经核实无需整改' }),
  text: text(REVIEW_LIMITS.staffText, '整改措施或无需整改的理由')
})
export type ActInput = z.input<typeof actSchema>
export const callBackSchema = z.strictObject({
  method: z.enum(CALL_BACK_METHODS, { error: '请选择回访方式' }),
  text: text(REVIEW_LIMITS.staffText, '回访情况')
})
export type CallBackInput = z.input<typeof callBackSchema>
export const appealSchema = z.strictObject({
  reason: text(REVIEW_LIMITS.appeal, '申诉理由'),
  evidence: z.optional(z.string().check(z.trim(), z.maxLength(REVIEW_LIMITS.appeal, { error: `证据说明不能超过 ${REVIEW_LIMITS.appeal} 个字` })))
})
export type AppealInput = z.input<typeof appealSchema>
export const decideAppealSchema = z.strictObject({
  decision: z.enum(['upheld', 'rejected'], { error: '请选择申诉成立或不成立' }),
  note: text(REVIEW_LIMITS.appeal, '决定理由')
})
export type DecideAppealInput = z.input<typeof decideAppealSchema>
export const reviewCommentSchema = z.strictObject({ decision: z.enum(['pass', 'keepHidden'], { error: '请选择审核结果' }) })
export type ReviewCommentInput = z.input<typeof reviewCommentSchema>

const whole = (label: string, min: number, max: number) =>
  z.number({ error: `请填写${label}` }).check(z.int({ error: `${label}请填整数` }), z.minimum(min, { error: `${label}最少 ${min}` }), z.maximum(max, { error: `${label}最多 ${max}` }))

export const reviewSettingsSchema = z.strictObject({
  acceptDays: whole('可评价天数', 1, 90),
  lockDays: whole('可修改评价天数', 0, 30),
  rectifyDays: whole('整改时限（工作日）', 5, 15),
  defaultRating: z.boolean({ error: '默认评价请选开或关' }),
  defaultAfterDays: whole('默认评价前等待天数', 1, 30)
})
export type ReviewSettingsInput = z.input<typeof reviewSettingsSchema>

export const reviewIdParamsSchema = z.strictObject({ id: objectId })
export const serviceParamsSchema = z.strictObject({ service: z.enum(RATEABLE_SERVICES, { error: '没有这种可评价的服务' }), serviceId: objectId })
export const summaryParamsSchema = z.strictObject({ townshipId: objectId })

export const STAFF_REVIEW_QUEUES = ['rectifications', 'appeals', 'held', 'all'] as const
export type StaffReviewQueue = (typeof STAFF_REVIEW_QUEUES)[number]
export const staffReviewsQuerySchema = z.extend(paging, {
  queue: z._default(z.enum(STAFF_REVIEW_QUEUES, { error: '没有这个列表' }), 'rectifications'),
  departmentId: z.optional(objectId)
})

const month = (label: string) => z.optional(z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: `${label}格式应为 2026-03` })))
export const reviewStatsQuerySchema = z.object({ from: month('开始月份'), to: month('结束月份'), departmentId: z.optional(objectId) })

/** A month `YYYY-MM` of China time. */
export type Month = string

/** One dimension's levels as given. */
export type ReviewDimensions = Partial<Record<ReviewDimension, ReviewLevel>>

/** The rectification of a 差评 as the resident sees it. */
export interface RectificationDTO {
  dueDate: string
  dueBy: string
  overdue: boolean
  dueSoon: boolean
  outcome: RectificationOutcome | null
  outcomeLabel: string | null
  /** What was done, or why no action is due: what the resident is told. */
  outcomeText: string | null
  calledBackAt: string | null
  reopened: boolean
  residentLevel: RectificationLevel | null
  residentComment: string | null
}

/** One entry of a rating's record as the resident sees it. */
export interface ReviewStepDTO {
  action: ReviewAction
  label: string
  at: string
  by: string
  text: string | null
}

export interface ReviewDTO {
  id: string
  service: ReviewService
  serviceLabel: string
  /** What was served: the service title, the case, or the window. */
  title: string
  departmentName: string
  level: ReviewLevel
  levelLabel: string
  dimensions: ReviewDimensions
  comment: string | null
  /** The comment awaits content review (others do not see it yet); the rating counts anyway. */
  commentHeld: boolean
  anonymous: boolean
  onBehalf: boolean
  applicantName: string
  submitterName: string
  defaulted: boolean
  status: ReviewStatus
  statusLabel: string
  bad: boolean
  excluded: boolean
  ratedAt: string
  /** Until when the resident may still change it (null when it may not). */
  amendableUntil: string | null
  canRateRectification: boolean
  rectification: RectificationDTO | null
  steps: ReviewStepDTO[]
}

/** What the staff see of a rectification on top of the resident's view. */
export interface StaffReviewDTO extends Omit<ReviewDTO, 'applicantName' | 'submitterName'> {
  /** Hidden for an anonymous rating. */
  applicantName: string | null
  submitterName: string | null
  departmentId: string
  staffName: string | null
  finding: string | null
  callBackMethod: CallBackMethod | null
  callBackText: string | null
  escalated: boolean
  appeal: { reason: string; evidence: string | null; by: string; at: string; decision: 'upheld' | 'rejected' | null; note: string | null } | null
  moderationNote: string | null
  allowedActions: ReviewAction[]
  history: (ReviewStepDTO & { internal: string | null; role: string })[]
}

/** Whether a service can be rated now, and the rating already given. */
export interface RateableDTO {
  service: ReviewService
  serviceId: string
  title: string
  departmentName: string
  windowName: string
  finishedAt: string | null
  /** Null when it can be rated; else why not. */
  blocked: string | null
  review: ReviewDTO | null
}

/** Counts of one group of ratings. */
export interface ReviewFigures {
  counted: number
  byLevel: Record<ReviewLevel, number>
  /** Share of 非常满意 + 满意 among counted ratings, 0..1 (null without ratings). */
  satisfactionRate: number | null
  bad: number
  defaulted: number
  excluded: number
}

export interface ReviewStatsDTO {
  from: Month
  to: Month
  total: ReviewFigures
  byMonth: (ReviewFigures & { month: Month })[]
  byDepartment: (ReviewFigures & { departmentId: string; name: string; windowName: string })[]
  byService: (ReviewFigures & { service: ReviewService; title: string })[]
  byStaff: (ReviewFigures & { staffId: string; name: string })[]
  rectification: {
    opened: number
    finished: number
    onTime: number
    /** Finished on time among finished, 0..1 (null when none finished). */
    onTimeRate: number | null
    /** Named 差评 called back among named 差评, 0..1. */
    calledBackRate: number | null
    overdueOpen: number
  }
}

export interface PublicSummaryDTO {
  year: number
  departments: { departmentId: string; name: string; counted: number; satisfactionRate: number | null }[]
}

export interface ReviewSettingsDTO extends ReviewSettings {
  townshipId: string
}

/** A share as a percentage for people (`96.5%`), or a dash when there is nothing to count. */
export function percent(rate: number | null): string {
  return rate === null ? '—' : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`
}
