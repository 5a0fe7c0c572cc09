import * as z from './zod'
import { cursorPaging, objectId, phone, text, tidy } from './common'
import { defineLifecycle } from './lifecycle'

/**
 * Cases (诉求): consultations, complaints, suggestions and help requests, from submission to a
 * closed loop. Every change is an update appended to the case in the same write as the status change.
 *
 * Endpoints (all below /api; writes marked [idem] need an `Idempotency-Key` header):
 *
 * Residents and assistants (assistants act for someone with the `x-acting-for` header):
 * - POST   /uploads/photos                 [idem] body UploadPhotoInput → UploadDTO (201)
 * - POST   /cases                          [idem] body SubmitCaseInput → CaseDTO (201)
 * - GET    /cases/mine?cursor&limit&status → CursorPage<CaseSummary>
 * - GET    /cases/similar?category&villageId&text → SimilarCaseDTO[] (at most 3, before filing)
 * - GET    /cases/:id                      → CaseDTO (404 for someone else's case)
 * - POST   /cases/:id/follow               [idem] → FollowDTO ("这是我的问题": follow a similar case instead of filing)
 * - POST   /cases/:id/supplyInfo           [idem] body SupplyInfoInput → CaseDTO
 * - POST   /cases/:id/followUp             [idem] body FollowUpInput → CaseDTO (群众追问 on an open case)
 * - POST   /cases/:id/reopen               [idem] body ReopenCaseInput → CaseDTO ("没有解决": back to the department)
 * - POST   /cases/:id/confirm              [idem] body ConfirmCaseInput → CaseDTO
 * - POST   /cases/:id/rate                 [idem] body RateCaseInput → CaseDTO
 * - GET    /uploads/photos/:id             → the image bytes (owner, or staff of the case's township)
 *
 * Staff (department staff see their departments' cases; admin sees the whole township):
 * - GET    /staff/cases?cursor&limit&status&type&departmentId&due&flag&q → CursorPage<CaseSummary> (overdue, then due soon, first)
 * - GET    /staff/cases/:id                → StaffCaseDTO (whole history incl. internal notes)
 * - POST   /staff/cases/:id/accept         [idem] body AcceptCaseInput → StaffCaseDTO
 * - POST   /staff/cases/:id/reject         [idem] body RejectCaseInput → StaffCaseDTO
 * - POST   /staff/cases/:id/assign         [idem] body AssignCaseInput → StaffCaseDTO
 * - POST   /staff/cases/:id/return         [idem] body ReturnCaseInput → StaffCaseDTO
 * - POST   /staff/cases/:id/requestInfo    [idem] body RequestInfoInput → StaffCaseDTO
 * - POST   /staff/cases/:id/reply          [idem] body ReplyCaseInput → StaffCaseDTO
 * - POST   /staff/cases/:id/note           [idem] body InternalNoteInput → StaffCaseDTO
 * - POST   /staff/cases/:id/merge          [idem] body MergeCaseInput → StaffCaseDTO
 * - POST   /staff/cases/:id/review         [idem] body ReviewContentInput → StaffCaseDTO (clears a content hold)
 * - POST   /staff/cases/:id/transfer       [idem] body TransferCaseInput → StaffCaseDTO (转办 to the county)
 * - POST   /staff/cases/:id/publish        [idem] body PublishHotInput → HotResponseDTO (201)
 * - GET    /staff/case-reply-templates?departmentId → ReplyTemplateDTO[] (the built-in ones, then the department's)
 * - POST   /staff/case-reply-templates     [idem] body SaveReplyTemplateInput → ReplyTemplateDTO (201)
 *
 * Public:
 * - GET    /townships/:townshipId/hotResponses?cursor&limit → CursorPage<HotResponseDTO>
 * - GET    /hotResponses/:id               → HotResponseDTO
 *
 * Illegal or stale transitions answer 409 CASE_STATE_CONFLICT with a Chinese message.
 */

/** What a person raises. */
export const CASE_TYPES = ['consult', 'complaint', 'suggestion', 'help'] as const
export type CaseType = (typeof CASE_TYPES)[number]
export const CASE_TYPE_LABELS: Record<CaseType, string> = {
  consult: '咨询',
  complaint: '投诉',
  suggestion: '建议',
  help: '求助·上门服务'
}

/**
 * Where a case stands.
 * - submitted: waiting to be accepted (受理)
 * - accepted: accepted, waiting to be assigned to a department (or answered by the centre)
 * - assigned: a department handles it (派单)
 * - info_requested: waiting for the resident to supply more information (clock paused)
 * - replied: answered; the resident confirms, or it closes on its own after some working days
 * - closed: finished (办结); the resident may rate it
 * - rejected: not accepted (不予受理), with a reason
 * - merged: a duplicate of another case
 * - transferred: not the township's to handle, sent on to a county body (转办); no deadline runs
 */
export const CASE_STATUSES = ['submitted', 'accepted', 'assigned', 'info_requested', 'replied', 'closed', 'rejected', 'merged', 'transferred'] as const
export type CaseStatus = (typeof CASE_STATUSES)[number]
export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  submitted: '待受理',
  accepted: '已受理',
  assigned: '办理中',
  info_requested: '待补充',
  replied: '已答复',
  closed: '已办结',
  rejected: '不予受理',
  merged: '已合并',
  transferred: '已转办'
}
/** Statuses in which a case still waits for the township. */
export const OPEN_CASE_STATUSES = ['submitted', 'accepted', 'assigned', 'info_requested'] as const

/** Everything that can happen to a case; each is one update on its timeline. */
export const CASE_ACTIONS = [
  'submit',
  'accept',
  'reject',
  'assign',
  'return',
  'requestInfo',
  'supplyInfo',
  'reply',
  'note',
  'merge',
  'confirm',
  'autoClose',
  'rate',
  'publish',
  'review',
  'escalate',
  'moveDeadline',
  'dispatch',
  'acceptDispatch',
  'declineDispatch',
  'expireDispatch',
  'recordVisit',
  'reopen',
  'followUp',
  'transfer'
] as const
export type CaseAction = (typeof CASE_ACTIONS)[number]
export const CASE_ACTION_LABELS: Record<CaseAction, string> = {
  submit: '提交诉求',
  accept: '受理',
  reject: '不予受理',
  assign: '派单',
  return: '退回重派',
  requestInfo: '请补充材料',
  supplyInfo: '补充材料',
  reply: '答复',
  note: '内部备注',
  merge: '合并为重复件',
  confirm: '确认办结',
  autoClose: '自动办结',
  rate: '评价',
  publish: '发布为热点回应',
  review: '内容审核',
  escalate: '超期督办',
  moveDeadline: '期限调整',
  dispatch: '派志愿者上门',
  acceptDispatch: '志愿者接单',
  declineDispatch: '志愿者不能接单',
  expireDispatch: '派单超时退回',
  recordVisit: '上门服务',
  reopen: '没有解决，重新办理',
  followUp: '群众追问',
  transfer: '转办'
}

/**
 * Who takes an action: the resident (or their assistant), township staff, the volunteer a help
 * request is dispatched to (上门服务), or the system (jobs).
 */
export type CaseActor = 'resident' | 'staff' | 'volunteer' | 'system'

const ANY_CASE_STATUS: readonly CaseStatus[] = CASE_STATUSES
/** A help request can be sent to a volunteer (上门服务) once accepted; the recorded visit answers it. */
export const DISPATCHABLE_STATUSES = ['accepted', 'assigned'] as const

/** The case lifecycle: which action may happen in which status, by whom, and where it leads. */
export const CASE_LIFECYCLE = defineLifecycle<CaseStatus, CaseAction, CaseActor>({
  noun: '这件诉求',
  conflictCode: 'CASE_STATE_CONFLICT',
  statusLabels: CASE_STATUS_LABELS,
  actionLabels: CASE_ACTION_LABELS,
  resumeDefault: 'accepted',
  table: {
    submit: { from: [], to: 'submitted', by: ['resident'] },
    accept: { from: ['submitted'], to: 'accepted', by: ['staff'] },
    reject: { from: ['submitted'], to: 'rejected', by: ['staff'] },
    assign: { from: ['accepted'], to: 'assigned', by: ['staff'] },
    return: { from: ['assigned'], to: 'accepted', by: ['staff'] },
    requestInfo: { from: ['submitted', 'accepted', 'assigned'], to: 'info_requested', by: ['staff'] },
    supplyInfo: { from: ['info_requested'], to: 'resume', by: ['resident'] },
    reply: { from: ['accepted', 'assigned'], to: 'replied', by: ['staff'] },
    note: { from: ANY_CASE_STATUS, to: 'same', by: ['staff'] },
    merge: { from: OPEN_CASE_STATUSES, to: 'merged', by: ['staff'] },
    confirm: { from: ['replied'], to: 'closed', by: ['resident'] },
    autoClose: { from: ['replied'], to: 'closed', by: ['system'] },
    rate: { from: ['closed'], to: 'same', by: ['resident'] },
    publish: { from: ['replied', 'closed'], to: 'same', by: ['staff'] },
    review: { from: ANY_CASE_STATUS, to: 'same', by: ['staff'] },
    escalate: { from: OPEN_CASE_STATUSES, to: 'same', by: ['system'] },
    moveDeadline: { from: ['submitted', 'accepted', 'assigned'], to: 'same', by: ['system'] },
    dispatch: { from: DISPATCHABLE_STATUSES, to: 'same', by: ['staff'] },
    acceptDispatch: { from: DISPATCHABLE_STATUSES, to: 'same', by: ['volunteer'] },
    declineDispatch: { from: DISPATCHABLE_STATUSES, to: 'same', by: ['volunteer'] },
    expireDispatch: { from: ANY_CASE_STATUS, to: 'same', by: ['system'] },
    recordVisit: { from: DISPATCHABLE_STATUSES, to: 'replied', by: ['volunteer'] },
    reopen: { from: ['replied'], to: 'resume', by: ['resident'] },
    followUp: { from: ['submitted', 'accepted', 'assigned'], to: 'same', by: ['resident'] },
    transfer: { from: ['accepted', 'assigned'], to: 'transferred', by: ['staff'] }
  }
})

/**
 * What a case is about, and where it usually goes: the first department of the township whose name
 * contains one of `departmentWords`, in that order (站所 are named differently from place to place).
 */
export const CASE_CATEGORIES = [
  { id: 'social', name: '社会救助与保障', departmentWords: ['民政', '社会事务'] },
  { id: 'medical', name: '医疗与医保', departmentWords: ['医保', '卫生', '社保', '社会事务'] },
  { id: 'elderly', name: '养老与助残', departmentWords: ['民政', '社会事务', '残联'] },
  { id: 'veteran', name: '退役军人', departmentWords: ['退役军人'] },
  { id: 'land', name: '建房与土地', departmentWords: ['自然资源', '国土', '规划'] },
  { id: 'farming', name: '农业生产', departmentWords: ['农业', '农技', '农综'] },
  { id: 'environment', name: '环境卫生', departmentWords: ['生态', '环境', '环卫'] },
  { id: 'roads', name: '道路水电', departmentWords: ['村镇建设', '建设', '水利'] },
  { id: 'safety', name: '安全与矛盾纠纷', departmentWords: ['综治', '司法', '应急'] },
  { id: 'certificate', name: '证明与户籍', departmentWords: ['党政', '党群', '综合'] },
  { id: 'other', name: '其他', departmentWords: [] }
] as const
export type CaseCategoryId = (typeof CASE_CATEGORIES)[number]['id']
export const CASE_CATEGORY_IDS = CASE_CATEGORIES.map((c) => c.id) as [CaseCategoryId, ...CaseCategoryId[]]

/** The department a category goes to among a township's departments (in hall order), if any fits. */
export function departmentForCategory<D extends { name: string }>(category: CaseCategoryId, departments: readonly D[]): D | null {
  const words = CASE_CATEGORIES.find((c) => c.id === category)?.departmentWords ?? []
  for (const w of words) {
    const d = departments.find((x) => x.name.includes(w))
    if (d) return d
  }
  return null
}

/** How the resident would like to be contacted. */
export const CONTACT_PREFERENCES = ['phone', 'wechat', 'visit', 'none'] as const
export type ContactPreference = (typeof CONTACT_PREFERENCES)[number]
export const CONTACT_PREFERENCE_LABELS: Record<ContactPreference, string> = {
  phone: '电话联系',
  wechat: '小程序消息',
  visit: '上门面谈',
  none: '无需联系'
}

/** Content security state of a case's text and photos. */
export const MODERATION_STATES = ['passed', 'checking', 'held'] as const
export type ModerationState = (typeof MODERATION_STATES)[number]
export const MODERATION_LABELS: Record<ModerationState, string> = {
  passed: '已通过',
  checking: '检测中',
  held: '待人工审核'
}

/** Deadline standing shown to staff. */
export const DUE_STATES = ['overdue', 'dueSoon', 'onTime', 'paused', 'none'] as const
export type DueState = (typeof DUE_STATES)[number]
export const DUE_STATE_LABELS: Record<DueState, string> = {
  overdue: '已超期',
  dueSoon: '即将到期',
  onTime: '正常',
  paused: '暂停计时',
  none: '—'
}

/** Default working-day deadlines: accept within 1; answer per type. */
export const DEFAULT_CASE_DEADLINES = {
  acceptDays: 1,
  answerDays: { consult: 3, complaint: 13, suggestion: 10, help: 5 } satisfies Record<CaseType, number>,
  /** A replied case closes on its own this many working days later unless the resident objects. */
  autoCloseDays: 5,
  /** "Due soon" when the due date is at most this many working days away. */
  dueSoonDays: 1,
  /** A case answered "没有解决" is answered again within this many working days. */
  reopenDays: 5
}

/** The reopen that escalates a case to the township admin (the second "没有解决"). */
export const REOPEN_ESCALATES_AT = 2
/** How many similar cases the form shows before filing, and the shortest text it looks for them with. */
export const SIMILAR_CASES_MAX = 3
export const SIMILAR_TEXT_MIN = 4

export const CASE_TEXT_MAX = 2000
/** The longest text each other case field takes: the schemas and the forms use these. */
export const CASE_LIMITS = {
  title: 40,
  location: 100,
  reason: 500,
  note: 500,
  internalNote: 1000,
  hotTitle: 60,
  comment: 500,
  caseNumber: 40,
  followUp: 1000,
  transferTo: 60,
  templateTitle: 30
} as const
export const CASE_PHOTOS_MAX = 9
export const PHOTO_MAX_BYTES = 1024 * 1024
export const PHOTO_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const
export type PhotoMimeType = (typeof PHOTO_MIME_TYPES)[number]

const reason = (label: string) => text(CASE_LIMITS.reason, label)

/** A photo as base64 (a data URL prefix is accepted); type is checked from its bytes. */
export const uploadPhotoSchema = z.strictObject({
  fileName: z.optional(z.string().check(tidy(), z.maxLength(100, { error: '文件名不能超过 100 个字' }))),
  dataBase64: z
    .string({ error: '请选择要上传的照片' })
    .check(
      z.minLength(1, { error: '请选择要上传的照片' }),
      z.maxLength(Math.ceil((PHOTO_MAX_BYTES * 4) / 3) + 100, { error: '照片不能超过 1 MB，请压缩后再上传' })
    )
})
export type UploadPhotoInput = z.input<typeof uploadPhotoSchema>

export const submitCaseSchema = z
  .strictObject({
    type: z.enum(CASE_TYPES, { error: '请选择诉求类型：咨询、投诉、建议或求助' }),
    category: z.enum(CASE_CATEGORY_IDS, { error: '请选择诉求分类' }),
    title: z.optional(text(CASE_LIMITS.title, '标题')),
    text: text(CASE_TEXT_MAX, '诉求内容'),
    photoIds: z._default(z.array(objectId).check(z.maxLength(CASE_PHOTOS_MAX, { error: `照片最多 ${CASE_PHOTOS_MAX} 张` })), []),
    villageId: z.optional(objectId),
    location: z.optional(z.string().check(tidy(), z.maxLength(CASE_LIMITS.location, { error: `地点不能超过 ${CASE_LIMITS.location} 个字` }))),
    contactPreference: z._default(z.enum(CONTACT_PREFERENCES, { error: '请选择联系方式' }), 'wechat'),
    contactPhone: z.optional(phone),
    hideName: z._default(z.boolean({ error: '“对外隐藏姓名”只能是是或否' }), true)
  })
  .check(
    z.refine((c) => c?.contactPreference !== 'phone' || !!c.contactPhone, {
      path: ['contactPhone'],
      error: '选了电话联系，请留一个手机号码',
      // Also while other fields are wrong, so the form names every problem at once.
      when: (payload) => typeof payload.value === 'object' && payload.value !== null
    })
  )
export type SubmitCaseInput = z.input<typeof submitCaseSchema>

export const caseIdParamsSchema = z.strictObject({ id: objectId })
export const acceptCaseSchema = z.strictObject({ note: z.optional(z.string().check(tidy(), z.maxLength(CASE_LIMITS.note))) })
export type AcceptCaseInput = z.input<typeof acceptCaseSchema>
export const rejectCaseSchema = z.strictObject({ reason: reason('不予受理的原因') })
export type RejectCaseInput = z.input<typeof rejectCaseSchema>
export const assignCaseSchema = z.strictObject({
  departmentId: objectId,
  note: z.optional(z.string().check(tidy(), z.maxLength(CASE_LIMITS.note)))
})
export type AssignCaseInput = z.input<typeof assignCaseSchema>
export const returnCaseSchema = z.strictObject({ reason: reason('退回原因') })
export type ReturnCaseInput = z.input<typeof returnCaseSchema>
export const requestInfoSchema = z.strictObject({ question: reason('需要补充的内容') })
export type RequestInfoInput = z.input<typeof requestInfoSchema>
export const supplyInfoSchema = z.strictObject({
  text: text(CASE_TEXT_MAX, '补充内容'),
  photoIds: z._default(z.array(objectId).check(z.maxLength(CASE_PHOTOS_MAX, { error: `照片最多 ${CASE_PHOTOS_MAX} 张` })), [])
})
export type SupplyInfoInput = z.input<typeof supplyInfoSchema>
export const followUpSchema = z.strictObject({
  text: text(CASE_LIMITS.followUp, '追问内容'),
  photoIds: z._default(z.array(objectId).check(z.maxLength(CASE_PHOTOS_MAX, { error: `照片最多 ${CASE_PHOTOS_MAX} 张` })), [])
})
export type FollowUpInput = z.input<typeof followUpSchema>
export const reopenCaseSchema = z.strictObject({ reason: reason('没有解决的原因') })
export type ReopenCaseInput = z.input<typeof reopenCaseSchema>
export const transferCaseSchema = z.strictObject({
  to: text(CASE_LIMITS.transferTo, '转办到的单位'),
  reason: reason('转办原因')
})
export type TransferCaseInput = z.input<typeof transferCaseSchema>
export const saveReplyTemplateSchema = z.strictObject({
  departmentId: objectId,
  title: text(CASE_LIMITS.templateTitle, '模板名称'),
  text: text(CASE_TEXT_MAX, '模板内容')
})
export type SaveReplyTemplateInput = z.input<typeof saveReplyTemplateSchema>
export const replyTemplatesQuerySchema = z.strictObject({ departmentId: z.optional(objectId) })
export const similarCasesQuerySchema = z.strictObject({
  category: z.enum(CASE_CATEGORY_IDS, { error: '请选择诉求分类' }),
  villageId: z.optional(objectId),
  text: z.string({ error: '请填写诉求内容' }).check(tidy(), z.maxLength(CASE_TEXT_MAX, { error: `诉求内容不能超过 ${CASE_TEXT_MAX} 个字` }))
})
export type SimilarCasesQuery = z.input<typeof similarCasesQuerySchema>
export const replyCaseSchema = z.strictObject({
  text: text(CASE_TEXT_MAX, '答复内容'),
  internalNote: z.optional(z.string().check(tidy(), z.maxLength(CASE_LIMITS.internalNote)))
})
export type ReplyCaseInput = z.input<typeof replyCaseSchema>
export const internalNoteSchema = z.strictObject({ text: text(CASE_LIMITS.internalNote, '备注内容') })
export type InternalNoteInput = z.input<typeof internalNoteSchema>
export const mergeCaseSchema = z.strictObject({ intoCaseId: objectId, note: z.optional(z.string().check(tidy(), z.maxLength(CASE_LIMITS.note))) })
export type MergeCaseInput = z.input<typeof mergeCaseSchema>
export const reviewContentSchema = z.strictObject({
  decision: z.enum(['pass', 'keepHidden'], { error: '请选择审核结果' }),
  note: z.optional(z.string().check(tidy(), z.maxLength(CASE_LIMITS.note)))
})
export type ReviewContentInput = z.input<typeof reviewContentSchema>
export const confirmCaseSchema = z.strictObject({ note: z.optional(z.string().check(tidy(), z.maxLength(CASE_LIMITS.note))) })
export type ConfirmCaseInput = z.input<typeof confirmCaseSchema>
/** Rating placeholder until 好差评 (capability 4) takes over: five levels, 1 = 非常不满意 … 5 = 非常满意. */
export const rateCaseSchema = z.strictObject({
  level: z.number({ error: '请选择满意程度' }).check(z.int(), z.minimum(1, { error: '请选择满意程度' }), z.maximum(5, { error: '请选择满意程度' })),
  comment: z.optional(z.string().check(tidy(), z.maxLength(CASE_LIMITS.comment, { error: `评价不能超过 ${CASE_LIMITS.comment} 个字` })))
})
export type RateCaseInput = z.input<typeof rateCaseSchema>
export const publishHotSchema = z.strictObject({
  title: text(CASE_LIMITS.hotTitle, '热点标题'),
  question: z.optional(text(CASE_TEXT_MAX, '问题')),
  answer: z.optional(text(CASE_TEXT_MAX, '回应'))
})
export type PublishHotInput = z.input<typeof publishHotSchema>

export const myCasesQuerySchema = z.extend(cursorPaging, { status: z.optional(z.enum(CASE_STATUSES)) })
/** Queue flags: reopened after "没有解决", or waiting with a resident's follow-up (群众追问). */
export const CASE_FLAGS = ['reopened', 'followUp'] as const
export type CaseFlag = (typeof CASE_FLAGS)[number]
export const CASE_FLAG_LABELS: Record<CaseFlag, string> = { reopened: '重新办理', followUp: '群众追问' }
export const staffCasesQuerySchema = z.extend(cursorPaging, {
  status: z.optional(z.enum([...CASE_STATUSES, 'open'] as const)),
  type: z.optional(z.enum(CASE_TYPES)),
  departmentId: z.optional(objectId),
  due: z.optional(z.enum(['overdue', 'dueSoon'])),
  flag: z.optional(z.enum(CASE_FLAGS)),
  q: z.optional(z.string().check(z.trim(), z.maxLength(40)))
})
export const hotListParamsSchema = z.strictObject({ townshipId: objectId })
export const hotListQuerySchema = cursorPaging

export interface UploadDTO {
  id: string
  mimeType: PhotoMimeType
  size: number
  /** Path of the bytes below /api (needs the same sign-in). */
  url: string
}

export interface PhotoDTO {
  id: string
  url: string
  moderation: ModerationState
}

/** One update of the public timeline, as the resident sees it. */
export interface CaseTimelineEntry {
  action: CaseAction
  actionLabel: string
  /** 群众 / 帮办代办员 / the department name / 乡镇便民服务中心. */
  by: string
  from: CaseStatus | null
  to: CaseStatus
  text: string | null
  at: string
}

/** One update with everything recorded, as staff see it. */
export interface StaffCaseUpdate extends CaseTimelineEntry {
  authorId: string | null
  authorName: string
  authorRole: string
  internalNote: string | null
  public: boolean
}

export interface CaseDeadlineDTO {
  kind: 'accept' | 'answer'
  dueDate: string
  dueBy: string
  workingDays: number
  state: DueState
  /** Set when the deadline reaches into a year whose official holiday schedule is not entered yet: what to show beside it. */
  provisionalNote: string | null
}

/** A case as its resident (or the assistant who submitted it) sees it: public timeline only. */
export interface CaseDTO {
  id: string
  number: string
  type: CaseType
  typeLabel: string
  category: CaseCategoryId
  categoryLabel: string
  title: string
  text: string
  photos: PhotoDTO[]
  villageId: string | null
  location: string | null
  contactPreference: ContactPreference
  hideName: boolean
  status: CaseStatus
  statusLabel: string
  applicantName: string
  onBehalf: boolean
  departmentName: string | null
  /** Open question when status is info_requested. */
  pendingQuestion: string | null
  reply: string | null
  mergedIntoNumber: string | null
  rating: { level: number; comment: string | null } | null
  /** How often the resident answered "没有解决". */
  reopenCount: number
  /** The county body a transferred case went to. */
  transferredTo: string | null
  canConfirm: boolean
  canRate: boolean
  canSupplyInfo: boolean
  /** "没有解决" is offered with the confirmation. */
  canReopen: boolean
  canFollowUp: boolean
  timeline: CaseTimelineEntry[]
  submittedAt: string
  updatedAt: string
}

/** A case in staff lists and the resident's "my cases". */
export interface CaseSummary {
  id: string
  number: string
  type: CaseType
  typeLabel: string
  category: CaseCategoryId
  title: string
  status: CaseStatus
  statusLabel: string
  departmentName: string | null
  villageId: string | null
  moderation: ModerationState
  deadline: CaseDeadlineDTO | null
  escalated: boolean
  /** Queue flags: reopened, a follow-up not answered yet. */
  flags: CaseFlag[]
  reopenCount: number
  /** Residents who follow the case as theirs too ("这是我的问题"). */
  followerCount: number
  submittedAt: string
  updatedAt: string
}

/** The full call-back phone of a case, for the staff handling it (every read is audited). */
export interface CaseContactPhoneDTO {
  phone: string
}

/** A case as staff see it: the whole history, internal notes, the contact and allowed actions. */
export interface StaffCaseDTO extends Omit<CaseDTO, 'timeline'> {
  townshipId: string
  departmentId: string | null
  moderation: ModerationState
  moderationNote: string | null
  /** The phone to call back on, masked (138****8000); the full number is one audited request away. */
  contactPhoneMasked: string | null
  deadline: CaseDeadlineDTO | null
  escalated: boolean
  mergedIntoId: string | null
  hotResponseId: string | null
  flags: CaseFlag[]
  followerCount: number
  /** Actions the viewer may take now. */
  allowedActions: CaseAction[]
  history: StaffCaseUpdate[]
}

/** An answered case published as an anonymised public Q&A. */
export interface HotResponseDTO {
  id: string
  townshipId: string
  type: CaseType
  typeLabel: string
  category: CaseCategoryId
  categoryLabel: string
  title: string
  question: string
  answer: string
  departmentName: string | null
  publishedAt: string
}

export interface ReplyTemplateDTO {
  id: string
  title: string
  text: string
  /** The department that saved it; null for the built-in templates. */
  departmentId: string | null
}

/**
 * A public case that looks like the complaint being typed: a 热点回应 or an anonymised open or
 * answered case of the same village and category. `caseId` is what "这是我的问题" follows.
 */
export interface SimilarCaseDTO {
  caseId: string
  kind: 'hot' | 'case'
  title: string
  /** The question, anonymised and cut short. */
  excerpt: string
  /** The public answer, when there is one. */
  answer: string | null
  statusLabel: string
  categoryLabel: string
  followerCount: number
  following: boolean
}

/** Following a case as one's own too: counts as support, and its public answers reach the follower. */
export interface FollowDTO {
  caseId: string
  following: true
  followerCount: number
}
