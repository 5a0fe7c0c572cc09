import * as z from './zod'
import { contactPhone, objectId, paging, text } from './common'
import { idNumber } from './auth'
import type { LocalDate } from './calendar'
import { defineLifecycle } from './lifecycle'
import type { DisclosureFileDTO } from './disclosure'

/**
 * 依申请公开: requests for government information under 《中华人民共和国政府信息公开条例》 (2019).
 * The township answers within 20 working days of receipt (Art. 33), once extended by up to 20 with
 * the office head's approval; an unclear request gets one correction notice within 7 working days
 * and the clock restarts when the correction arrives (Art. 30); consulting a third party (Art. 32)
 * or another agency (Art. 34) does not count. The reply is one of the Art. 36 kinds and always
 * states the appeal rights. Free of charge unless the township sets the fee rule for volume.
 *
 * Endpoints (all below /api; writes marked [idem] need an `Idempotency-Key` header):
 *
 * Residents and assistants (assistants act for someone with the `x-acting-for` header):
 * - POST   /infoRequests                      [idem] body SubmitInfoRequestInput → InfoRequestDTO (201)
 * - GET    /infoRequests/mine?page&pageSize         → Page<InfoRequestSummary>
 * - GET    /infoRequests/:id                        → InfoRequestDTO (404 for someone else's)
 * - POST   /infoRequests/:id/correct          [idem] body CorrectRequestInput → InfoRequestDTO
 * - POST   /infoRequests/:id/withdraw         [idem] body WithdrawRequestInput → InfoRequestDTO
 * - GET    /townships/:townshipId/infoRequests/guide → InfoRequestGuideDTO (who handles, fees, appeal bodies)
 *
 * Staff (the township's admins, and staff of the department set as the 政府信息公开工作机构):
 * - GET    /staff/infoRequests?status&due&q&page    → Page<InfoRequestSummary> (overdue and due soon first)
 * - GET    /staff/infoRequests/:id                  → StaffInfoRequestDTO
 * - GET    /staff/infoRequests/:id/identity         → InfoRequestIdentityDTO (audited)
 * - POST   /staff/infoRequests/:id/receive    [idem] body ReceiveRequestInput → StaffInfoRequestDTO
 * - POST   /staff/infoRequests/:id/requestCorrection [idem] body RequestCorrectionInput → StaffInfoRequestDTO
 * - POST   /staff/infoRequests/:id/extend     [idem] body ExtendRequestInput → StaffInfoRequestDTO (admin: the office head)
 * - POST   /staff/infoRequests/:id/consult    [idem] body ConsultInput → StaffInfoRequestDTO
 * - POST   /staff/infoRequests/:id/endConsultation [idem] body EndConsultationInput → StaffInfoRequestDTO
 * - POST   /staff/infoRequests/:id/reply      [idem] body ReplyRequestInput → StaffInfoRequestDTO
 * - POST   /staff/infoRequests/:id/note       [idem] body RequestNoteInput → StaffInfoRequestDTO
 * - GET    /staff/infoRequests/report?year          → AnnualReportDTO
 * - GET    /staff/infoRequests/report.csv?year      → text/csv (UTF-8 with BOM)
 * - PUT    /staff/infoRequests/report/:year/appeals [idem] body AppealCountsInput → AnnualReportDTO (admin)
 * - GET    /staff/infoRequests/settings             → InfoRequestSettingsDTO
 * - PUT    /staff/infoRequests/settings       [idem] body InfoRequestSettingsInput → InfoRequestSettingsDTO (admin)
 *
 * Illegal or stale moves answer 409 INFO_REQUEST_STATE_CONFLICT with a Chinese message.
 */

/** Working days to answer from receipt (Art. 33). */
export const ANSWER_DAYS = 20
/** The most working days an extension may add, once (Art. 33). */
export const MAX_EXTENSION_DAYS = 20
/** Working days from receipt within which the one correction notice must go out (Art. 30). */
export const CORRECTION_NOTICE_DAYS = 7
/** Working days a consulted third party (Art. 32) or agency (Art. 34) has to answer. */
export const CONSULTATION_DAYS = 15
/** Working days the applicant is given to correct, unless staff say otherwise. */
export const DEFAULT_CORRECTION_PERIOD = 10
/** The township's own target for confirming receipt of an online request (not a legal limit). */
export const RECEIPT_TARGET_DAYS = 1
/** "Due soon" when at most this many working days are left. */
export const DUE_SOON_DAYS = 3

/** Who applies: a natural person, or a legal person or other organisation. */
export const APPLICANT_TYPES = ['person', 'organisation'] as const
export type ApplicantType = (typeof APPLICANT_TYPES)[number]
export const APPLICANT_TYPE_LABELS: Record<ApplicantType, string> = { person: '自然人', organisation: '法人或其他组织' }

/** Kinds of organisation, as the annual report counts them. */
export const ORG_TYPES = ['business', 'research', 'publicInterest', 'legalService', 'other'] as const
export type OrgType = (typeof ORG_TYPES)[number]
export const ORG_TYPE_LABELS: Record<OrgType, string> = {
  business: '商业企业',
  research: '科研机构',
  publicInterest: '社会公益组织',
  legalService: '法律服务机构',
  other: '其他'
}

/** The form the information is wanted in. */
export const INFO_FORMS = ['paper', 'electronic', 'onsite'] as const
export type InfoForm = (typeof INFO_FORMS)[number]
export const INFO_FORM_LABELS: Record<InfoForm, string> = { paper: '纸质文本', electronic: '电子文件', onsite: '当场阅读、抄录' }

/** How the reply reaches the applicant. */
export const DELIVERY_METHODS = ['mail', 'pickup', 'email', 'online'] as const
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number]
export const DELIVERY_LABELS: Record<DeliveryMethod, string> = { mail: '邮寄', pickup: '到便民服务中心自取', email: '电子邮件', online: '在小程序里查看' }

/**
 * Where a request stands.
 * - submitted: sent online, waiting for the township to confirm receipt (the clock has not started)
 * - received: received on `receivedOn`; 20 working days run
 * - correctionRequested: the applicant was asked to correct it (the clock waits for the correction)
 * - corrected: the correction arrived; 20 working days run again from that day
 * - extended: the office head extended the time once
 * - consulting: a third party or another agency is consulted; that time does not count
 * - replied: answered (one of the Art. 36 kinds)
 * - withdrawn: withdrawn by the applicant, or closed because no correction came in time
 */
export const INFO_REQUEST_STATUSES = ['submitted', 'received', 'correctionRequested', 'corrected', 'extended', 'consulting', 'replied', 'withdrawn'] as const
export type InfoRequestStatus = (typeof INFO_REQUEST_STATUSES)[number]
export const INFO_REQUEST_STATUS_LABELS: Record<InfoRequestStatus, string> = {
  submitted: '待确认收到',
  received: '办理中',
  correctionRequested: '待补正',
  corrected: '已补正，办理中',
  extended: '已延期，办理中',
  consulting: '征求意见中',
  replied: '已答复',
  withdrawn: '已终止'
}
/** Statuses in which the township still owes an answer. */
export const OPEN_INFO_REQUEST_STATUSES = ['submitted', 'received', 'correctionRequested', 'corrected', 'extended', 'consulting'] as const
/** Statuses in which the answer clock runs. */
export const RUNNING_INFO_REQUEST_STATUSES = ['received', 'corrected', 'extended'] as const

export const INFO_REQUEST_ACTIONS = [
  'submit',
  'receive',
  'requestCorrection',
  'correct',
  'lapseCorrection',
  'extend',
  'consult',
  'endConsultation',
  'reply',
  'withdraw',
  'note',
  'moveDeadline'
] as const
export type InfoRequestAction = (typeof INFO_REQUEST_ACTIONS)[number]
export const INFO_REQUEST_ACTION_LABELS: Record<InfoRequestAction, string> = {
  submit: '提交申请',
  receive: '确认收到申请',
  requestCorrection: '补正告知',
  correct: '提交补正',
  lapseCorrection: '逾期未补正',
  extend: '延期答复',
  consult: '征求意见',
  endConsultation: '征求意见结束',
  reply: '答复',
  withdraw: '撤回申请',
  note: '内部备注',
  moveDeadline: '期限调整'
}

/** Who acts: the applicant (or their assistant), staff, the office head (admin), or the system. */
export type InfoRequestActor = 'applicant' | 'staff' | 'head' | 'system'

const ANSWERABLE = RUNNING_INFO_REQUEST_STATUSES

/** The request lifecycle: submitted → received → (correction) → (extended) → (consulting) → replied / withdrawn. */
export const INFO_REQUEST_LIFECYCLE = defineLifecycle<InfoRequestStatus, InfoRequestAction, InfoRequestActor>({
  noun: '这件信息公开申请',
  conflictCode: 'INFO_REQUEST_STATE_CONFLICT',
  statusLabels: INFO_REQUEST_STATUS_LABELS,
  actionLabels: INFO_REQUEST_ACTION_LABELS,
  resumeDefault: 'received',
  table: {
    submit: { from: [], to: 'submitted', by: ['applicant'] },
    receive: { from: ['submitted'], to: 'received', by: ['staff', 'head'] },
    requestCorrection: { from: ['received'], to: 'correctionRequested', by: ['staff', 'head'] },
    correct: { from: ['correctionRequested'], to: 'corrected', by: ['applicant'] },
    lapseCorrection: { from: ['correctionRequested'], to: 'withdrawn', by: ['system'] },
    extend: { from: ['received', 'corrected'], to: 'extended', by: ['head'] },
    consult: { from: ANSWERABLE, to: 'consulting', by: ['staff', 'head'] },
    endConsultation: { from: ['consulting'], to: 'resume', by: ['staff', 'head', 'system'] },
    reply: { from: ANSWERABLE, to: 'replied', by: ['staff', 'head'] },
    withdraw: { from: OPEN_INFO_REQUEST_STATUSES, to: 'withdrawn', by: ['applicant'] },
    note: { from: INFO_REQUEST_STATUSES, to: 'same', by: ['staff', 'head'] },
    moveDeadline: { from: ANSWERABLE, to: 'same', by: ['system'] }
  }
})

/** The Art. 36 reply kinds (and partial disclosure, Art. 37). */
export const REPLY_KINDS = ['alreadyPublic', 'disclosed', 'partlyDisclosed', 'withheld', 'notExist', 'notThisAgency', 'repeat', 'otherLaw'] as const
export type ReplyKind = (typeof REPLY_KINDS)[number]
export const REPLY_KIND_LABELS: Record<ReplyKind, string> = {
  alreadyPublic: '已主动公开（告知获取方式）',
  disclosed: '予以公开',
  partlyDisclosed: '部分公开',
  withheld: '不予公开',
  notExist: '无法提供',
  notThisAgency: '不属于本机关负责公开',
  repeat: '重复申请，不予重复处理',
  otherLaw: '依照其他法律、行政法规办理'
}
/** The article of the 条例 each reply kind rests on. */
export const REPLY_KIND_ARTICLES: Record<ReplyKind, string> = {
  alreadyPublic: '第三十六条第（一）项',
  disclosed: '第三十六条第（二）项',
  partlyDisclosed: '第三十七条',
  withheld: '第三十六条第（三）项',
  notExist: '第三十六条第（四）项',
  notThisAgency: '第三十六条第（五）项',
  repeat: '第三十六条第（六）项',
  otherLaw: '第三十六条第（七）项'
}

/** Why information is withheld (the annual report's 不予公开 rows), with the article it rests on. */
export const WITHHELD_REASONS = ['stateSecret', 'lawForbids', 'safety', 'thirdParty', 'internalAffairs', 'process', 'enforcement', 'query'] as const
export type WithheldReason = (typeof WITHHELD_REASONS)[number]
export const WITHHELD_REASON_LABELS: Record<WithheldReason, string> = {
  stateSecret: '属于国家秘密（第十四条）',
  lawForbids: '其他法律行政法规禁止公开（第十四条）',
  safety: '危及“三安全一稳定”（第十四条）',
  thirdParty: '保护第三方合法权益（第十五条）',
  internalAffairs: '属于三类内部事务信息（第十六条第一款）',
  process: '属于四类过程性信息（第十六条第二款）',
  enforcement: '属于行政执法案卷（第十六条第二款）',
  query: '属于行政查询事项'
}

/** Why information cannot be provided (the annual report's 无法提供 rows). */
export const CANNOT_PROVIDE_REASONS = ['notHeld', 'needsCreation', 'stillUnclear'] as const
export type CannotProvideReason = (typeof CANNOT_PROVIDE_REASONS)[number]
export const CANNOT_PROVIDE_LABELS: Record<CannotProvideReason, string> = {
  notHeld: '本机关不掌握相关政府信息',
  needsCreation: '没有现成信息需要另行制作（第三十八条）',
  stillUnclear: '补正后申请内容仍不明确'
}

/** Who is consulted: a third party whose rights are touched (Art. 32), or another agency (Art. 34). */
export const CONSULTED_PARTIES = ['thirdParty', 'agency'] as const
export type ConsultedParty = (typeof CONSULTED_PARTIES)[number]
export const CONSULTED_PARTY_LABELS: Record<ConsultedParty, string> = { thirdParty: '第三方（第三十二条）', agency: '其他机关（第三十四条）' }

/** How a consultation ended. */
export const CONSULTATION_OUTCOMES = ['agreed', 'objected', 'noReply'] as const
export type ConsultationOutcome = (typeof CONSULTATION_OUTCOMES)[number]
export const CONSULTATION_OUTCOME_LABELS: Record<ConsultationOutcome, string> = { agreed: '同意公开', objected: '不同意公开', noReply: '逾期未提出意见' }

/** What silence means at the end of the 15 working days. */
export const SILENCE_MEANS: Record<ConsultedParty, string> = {
  thirdParty: '第三方逾期未提出意见，由本机关依照条例规定决定是否公开',
  agency: '被征求意见机关逾期未提出意见，视为同意公开'
}

/** How the township charges for information (国办函〔2020〕109号): free, or by count or by volume when a township chooses to. */
export const FEE_METHODS = ['free', 'byCount', 'byPages'] as const
export type FeeMethod = (typeof FEE_METHODS)[number]
export const FEE_METHOD_LABELS: Record<FeeMethod, string> = {
  free: '不收费',
  byCount: '按件计收（同一申请人一个自然月内超过 10 件的部分）',
  byPages: '按量计收（一件申请超过 30 页的部分）'
}

/**
 * The 信息处理费 of one request (pure), in yuan, under 《政府信息公开信息处理费管理办法》:
 * - byCount: the n-th request of the same applicant in a natural month — up to 10 free, the 11th to
 *   30th 100 yuan each, then 100 yuan more per band of 10 (31st–40th 200, 41st–50th 300 …);
 * - byPages: of one request's pages, up to 30 free, 31–100 at 10 yuan a page, 101–200 at 20, beyond at 40.
 */
export function processingFee(method: FeeMethod, input: { requestsThisMonth: number; pages: number }): { yuan: number; basis: string } {
  if (method === 'byCount') {
    const n = input.requestsThisMonth
    const yuan = n <= 10 ? 0 : n <= 30 ? 100 : 100 + 100 * Math.ceil((n - 30) / 10)
    return { yuan, basis: `同一申请人本月第 ${n} 件申请${yuan ? `，按件计收 ${yuan} 元` : '，不收费'}` }
  }
  if (method === 'byPages') {
    const p = Math.max(0, input.pages)
    const band = (from: number, to: number, price: number) => Math.max(0, Math.min(p, to) - from) * price
    const yuan = band(30, 100, 10) + band(100, 200, 20) + band(200, Infinity, 40)
    return { yuan, basis: `本件 ${p} 页${yuan ? `，按量计收 ${yuan} 元` : '，不超过 30 页，不收费'}` }
  }
  return { yuan: 0, basis: '依申请公开政府信息不收费' }
}

/**
 * The statement of appeal rights every reply carries (行政复议法 Art. 20: 60 days; 行政诉讼法 Art. 46:
 * six months), naming the township's review body and court.
 */
export function appealRightsText(settings: { reviewBody: string; court: string }): string {
  return `如对本答复不服，可以自收到本答复之日起六十日内向${settings.reviewBody}申请行政复议，或者在六个月内向${settings.court}提起行政诉讼。`
}

const CREDIT_CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

/** True for an 18-character 统一社会信用代码 whose check character is right (GB 32100-2015). */
export function isValidCreditCode(code: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code)) return false
  let sum = 0
  for (let i = 0; i < 17; i++) sum += CREDIT_CODE_CHARS.indexOf(code[i]!) * CREDIT_CODE_WEIGHTS[i]!
  const check = (31 - (sum % 31)) % 31
  return CREDIT_CODE_CHARS[check] === code[17]
}

/** The limits of each field: the schemas and the forms use these. */
export const INFO_REQUEST_LIMITS = {
  name: 60,
  contactPerson: 20,
  address: 120,
  email: 60,
  description: 2000,
  purpose: 500,
  correctionItem: 200,
  correctionItems: 10,
  reason: 500,
  replyText: 3000,
  whereToFind: 300,
  agencyName: 60,
  agencyContact: 100,
  otherLaw: 200,
  note: 1000,
  partyName: 60
} as const

const optionalText = (max: number, label: string) =>
  z._default(
    z.nullable(
      z.pipe(
        z.string().check(z.trim(), z.maxLength(max, { error: `${label}不能超过 ${max} 个字` })),
        z.transform((v: string) => v || null)
      )
    ),
    null
  )

/** An application (Art. 29: who applies and how to reach them, what information, in which form). */
export const submitInfoRequestSchema = z
  .strictObject({
    applicantType: z.enum(APPLICANT_TYPES, { error: '请选择申请人是个人还是单位' }),
    name: text(INFO_REQUEST_LIMITS.name, '申请人姓名或单位名称'),
    idNumber: z
      .string({ error: '请填写身份证号或统一社会信用代码' })
      .check(z.trim(), z.toUpperCase(), z.minLength(1, { error: '请填写身份证号或统一社会信用代码' }), z.maxLength(18, { error: '证件号码是 18 位' })),
    orgType: z._default(z.nullable(z.enum(ORG_TYPES, { error: '请选择单位类型' })), null),
    contactPerson: optionalText(INFO_REQUEST_LIMITS.contactPerson, '联系人'),
    phone: contactPhone,
    address: optionalText(INFO_REQUEST_LIMITS.address, '通信地址'),
    email: z._default(
      z.nullable(
        z.pipe(
          z
            .string()
            .check(
              z.trim(),
              z.maxLength(INFO_REQUEST_LIMITS.email, { error: `电子邮箱不能超过 ${INFO_REQUEST_LIMITS.email} 个字` }),
              z.regex(/^$|^[^\s@]+@[^\s@]+\.[^\s@]+$/, { error: '电子邮箱格式不对，应像 name@example.com 这样' })
            ),
          z.transform((v: string) => v || null)
        )
      ),
      null
    ),
    description: text(INFO_REQUEST_LIMITS.description, '所需政府信息的名称、文号或其他特征描述'),
    purpose: optionalText(INFO_REQUEST_LIMITS.purpose, '用途'),
    form: z.enum(INFO_FORMS, { error: '请选择信息的提供形式' }),
    delivery: z.enum(DELIVERY_METHODS, { error: '请选择获取方式' })
  })
  .check(z.superRefine((c, ctx) => {
    const need = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message })
    if (c.applicantType === 'person' && !idNumber.safeParse(c.idNumber).success) need('idNumber', '身份证号不对：应为 18 位（最后一位可以是 X），请核对校验位')
    if (c.applicantType === 'organisation' && !isValidCreditCode(c.idNumber)) need('idNumber', '统一社会信用代码不对：应为 18 位数字或大写字母，请对照营业执照核对')
    if (c.applicantType === 'organisation' && !c.orgType) need('orgType', '请选择单位类型')
    if (c.applicantType === 'person' && c.orgType) need('orgType', '个人申请不用选单位类型')
    if (c.delivery === 'mail' && !c.address) need('address', '选了邮寄，请填写通信地址')
    if (c.delivery === 'email' && !c.email) need('email', '选了电子邮件，请填写电子邮箱')
    if (c.form === 'onsite' && c.delivery !== 'pickup') need('delivery', '当场阅读、抄录请选“到便民服务中心自取”')
  }))
export type SubmitInfoRequestInput = z.input<typeof submitInfoRequestSchema>

export const requestIdParamsSchema = z.strictObject({ id: objectId })
export const correctRequestSchema = z.strictObject({ description: text(INFO_REQUEST_LIMITS.description, '补正后的信息描述') })
export type CorrectRequestInput = z.input<typeof correctRequestSchema>
export const withdrawRequestSchema = z.strictObject({ reason: optionalText(INFO_REQUEST_LIMITS.reason, '撤回原因') })
export type WithdrawRequestInput = z.input<typeof withdrawRequestSchema>
export const receiveRequestSchema = z.strictObject({ note: optionalText(INFO_REQUEST_LIMITS.note, '备注') })
export type ReceiveRequestInput = z.input<typeof receiveRequestSchema>
export const requestCorrectionSchema = z.strictObject({
  items: z
    .array(text(INFO_REQUEST_LIMITS.correctionItem, '需要补正的内容'), { error: '请列出需要补正的内容' })
    .check(
      z.minLength(1, { error: '请列出需要补正的内容，一次告知全部' }),
      z.maxLength(INFO_REQUEST_LIMITS.correctionItems, { error: `需要补正的内容最多 ${INFO_REQUEST_LIMITS.correctionItems} 条` })
    ),
  periodDays: z._default(
    z.number({ error: '请填写补正期限' }).check(z.int(), z.minimum(1, { error: '补正期限至少 1 个工作日' }), z.maximum(30, { error: '补正期限最多 30 个工作日' })),
    DEFAULT_CORRECTION_PERIOD
  )
})
export type RequestCorrectionInput = z.input<typeof requestCorrectionSchema>
export const extendRequestSchema = z.strictObject({
  days: z
    .number({ error: '请填写延长的工作日数' })
    .check(z.int(), z.minimum(1, { error: '至少延长 1 个工作日' }), z.maximum(MAX_EXTENSION_DAYS, { error: `延长期限最长不超过 ${MAX_EXTENSION_DAYS} 个工作日` })),
  reason: text(INFO_REQUEST_LIMITS.reason, '延期理由')
})
export type ExtendRequestInput = z.input<typeof extendRequestSchema>
export const consultSchema = z.strictObject({
  party: z.enum(CONSULTED_PARTIES, { error: '请选择征求谁的意见' }),
  name: text(INFO_REQUEST_LIMITS.partyName, '被征求意见的单位或个人'),
  note: optionalText(INFO_REQUEST_LIMITS.note, '说明')
})
export type ConsultInput = z.input<typeof consultSchema>
export const endConsultationSchema = z.strictObject({
  outcome: z.enum(CONSULTATION_OUTCOMES, { error: '请选择征求意见的结果' }),
  note: optionalText(INFO_REQUEST_LIMITS.note, '说明')
})
export type EndConsultationInput = z.input<typeof endConsultationSchema>
export const requestNoteSchema = z.strictObject({ text: text(INFO_REQUEST_LIMITS.note, '备注内容') })
export type RequestNoteInput = z.input<typeof requestNoteSchema>

export const replyRequestSchema = z
  .strictObject({
    kind: z.enum(REPLY_KINDS, { error: '请选择答复类型' }),
    text: text(INFO_REQUEST_LIMITS.replyText, '答复正文'),
    withheldReason: z._default(z.nullable(z.enum(WITHHELD_REASONS, { error: '请选择不予公开的法定理由' })), null),
    cannotProvideReason: z._default(z.nullable(z.enum(CANNOT_PROVIDE_REASONS, { error: '请选择无法提供的原因' })), null),
    whereToFind: optionalText(INFO_REQUEST_LIMITS.whereToFind, '获取方式'),
    disclosureItemId: z._default(z.nullable(objectId), null),
    otherAgency: z._default(
      z.nullable(z.strictObject({ name: text(INFO_REQUEST_LIMITS.agencyName, '负责公开的机关'), contact: text(INFO_REQUEST_LIMITS.agencyContact, '该机关的联系方式') })),
      null
    ),
    otherLaw: optionalText(INFO_REQUEST_LIMITS.otherLaw, '应依照的法律、行政法规'),
    attachmentIds: z._default(z.array(objectId).check(z.maxLength(10, { error: '附件最多 10 个' })), []),
    pages: z._default(z.number().check(z.int(), z.minimum(0), z.maximum(100000)), 0)
  })
  .check(z.superRefine((r, ctx) => {
    const need = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message })
    if ((r.kind === 'withheld' || r.kind === 'partlyDisclosed') && !r.withheldReason) need('withheldReason', '不予公开（或部分不公开）须写明法定理由')
    if (r.kind === 'alreadyPublic' && !r.whereToFind && !r.disclosureItemId) need('whereToFind', '已主动公开的，请告知在哪里能看到、怎样获取')
    if (r.kind === 'notThisAgency' && !r.otherAgency) need('otherAgency', '不属于本机关的，请写明负责公开的机关和联系方式')
    if (r.kind === 'otherLaw' && !r.otherLaw) need('otherLaw', '请写明应依照哪部法律、行政法规办理')
    if (r.kind === 'notExist' && !r.cannotProvideReason) need('cannotProvideReason', '请选择无法提供的原因')
    if ((r.kind === 'disclosed' || r.kind === 'partlyDisclosed') && r.attachmentIds.length === 0 && !r.whereToFind) {
      need('attachmentIds', '予以公开的，请上传所公开的信息，或写明获取方式')
    }
  }))
export type ReplyRequestInput = z.input<typeof replyRequestSchema>

export const myRequestsQuerySchema = paging
export const staffRequestsQuerySchema = z.extend(paging, {
  status: z.optional(z.union([z.enum(INFO_REQUEST_STATUSES), z.literal('open')], { error: '没有这个状态' })),
  due: z.optional(z.enum(['overdue', 'dueSoon'], { error: '期限筛选只能是已超期或即将到期' })),
  q: z.optional(z.string().check(z.trim(), z.maxLength(40, { error: '搜索词不能超过 40 个字' })))
})
export type StaffRequestsQuery = z.input<typeof staffRequestsQuerySchema>
export const reportQuerySchema = z.object({
  year: z.coerce.number({ error: '请选择年份' }).check(z.int(), z.minimum(2019, { error: '条例自 2019 年起施行，请选择 2019 年以后的年份' }), z.maximum(2100))
})
export const reportYearParamsSchema = z.strictObject({ year: z.coerce.number().check(z.int(), z.minimum(2019, { error: '请选择 2019 年以后的年份' }), z.maximum(2100)) })

const count = z.number({ error: '请填写件数' }).check(z.int({ error: '件数是整数' }), z.minimum(0, { error: '件数不能是负数' }), z.maximum(100000))
/** One kind of appeal: decided for the agency (维持), against it (纠正), otherwise, or still open. */
const appealCountsSchema = z.strictObject({ maintained: count, corrected: count, other: count, pending: count })
/** 行政复议 and 行政诉讼 about the township's answers in a year, as staff learn of them. */
export const appealCountsInputSchema = z.strictObject({
  review: appealCountsSchema,
  lawsuitDirect: appealCountsSchema,
  lawsuitAfterReview: appealCountsSchema
})
export type AppealCountsInput = z.input<typeof appealCountsInputSchema>
export type AppealCounts = z.output<typeof appealCountsSchema>

export const infoRequestSettingsSchema = z.strictObject({
  officeName: text(60, '政府信息公开工作机构名称'),
  officeDepartmentId: z._default(z.nullable(objectId), null),
  reviewBody: text(60, '行政复议机关'),
  court: text(60, '管辖法院'),
  feeMethod: z.enum(FEE_METHODS, { error: '请选择收费方式' }),
  officePhone: contactPhone,
  officeAddress: text(120, '受理地址')
})
export type InfoRequestSettingsInput = z.input<typeof infoRequestSettingsSchema>
export type InfoRequestSettings = z.output<typeof infoRequestSettingsSchema>

/** Deadline standing shown to people. */
export const CLOCK_STATES = ['running', 'dueSoon', 'overdue', 'paused', 'waitingReceipt', 'stopped'] as const
export type ClockState = (typeof CLOCK_STATES)[number]
export const CLOCK_STATE_LABELS: Record<ClockState, string> = {
  running: '正常',
  dueSoon: '即将到期',
  overdue: '已超期',
  paused: '暂停计时',
  waitingReceipt: '待确认收到',
  stopped: '—'
}

/** The answer deadline of a request as people see it. */
export interface RequestDeadlineDTO {
  state: ClockState
  stateLabel: string
  /** The last day to answer; null until receipt and while the clock waits. */
  dueDate: LocalDate | null
  /** Working days left (negative when overdue); null when no clock runs. */
  workingDaysLeft: number | null
  /** Working days allowed in all: 20, plus an extension. */
  allowedDays: number
  /** The deadline reaches into a year whose official holidays are not known yet. */
  provisional: boolean
}

export interface CorrectionDTO {
  items: string[]
  requestedOn: LocalDate
  /** The last day the applicant may correct. */
  dueDate: LocalDate
  answeredOn: LocalDate | null
  originalDescription: string
}

export interface ExtensionDTO {
  days: number
  reason: string
  approvedByName: string
  approvedOn: LocalDate
}

export interface ConsultationDTO {
  party: ConsultedParty
  partyLabel: string
  startedOn: LocalDate
  dueDate: LocalDate
  endedOn: LocalDate | null
  outcome: ConsultationOutcome | null
  outcomeLabel: string | null
}

export interface ReplyDTO {
  kind: ReplyKind
  kindLabel: string
  article: string
  text: string
  withheldReasonLabel: string | null
  cannotProvideLabel: string | null
  whereToFind: string | null
  /** The published item the information is in (already public). */
  disclosureItem: { id: string; title: string } | null
  otherAgency: { name: string; contact: string } | null
  otherLaw: string | null
  attachments: DisclosureFileDTO[]
  repliedOn: LocalDate
  /** The appeal rights, always stated. */
  appealText: string
  fee: { yuan: number; basis: string }
  /** Answered after the deadline. */
  late: boolean
}

/** One public step of a request. */
export interface RequestTimelineEntry {
  action: InfoRequestAction
  label: string
  at: string
  text: string | null
}

/** A request as its applicant (or their assistant) sees it. */
export interface InfoRequestDTO {
  id: string
  number: string
  status: InfoRequestStatus
  statusLabel: string
  applicantType: ApplicantType
  applicantTypeLabel: string
  applicantName: string
  orgTypeLabel: string | null
  idMasked: string
  phoneMasked: string
  contactPerson: string | null
  address: string | null
  email: string | null
  description: string
  purpose: string | null
  form: InfoForm
  formLabel: string
  delivery: DeliveryMethod
  deliveryLabel: string
  onBehalf: boolean
  submittedAt: string
  receivedOn: LocalDate | null
  deadline: RequestDeadlineDTO
  correction: CorrectionDTO | null
  extension: ExtensionDTO | null
  consultations: ConsultationDTO[]
  reply: ReplyDTO | null
  withdrawnReason: string | null
  canCorrect: boolean
  canWithdraw: boolean
  timeline: RequestTimelineEntry[]
}

/** A request in lists. */
export interface InfoRequestSummary {
  id: string
  number: string
  status: InfoRequestStatus
  statusLabel: string
  applicantName: string
  applicantTypeLabel: string
  description: string
  deadline: RequestDeadlineDTO
  replyKindLabel: string | null
  submittedAt: string
}

export interface StaffRequestUpdate extends RequestTimelineEntry {
  authorName: string
  internalNote: string | null
  public: boolean
}

/** A request as staff see it: everything, with what the viewer may do now and why not. */
export interface StaffInfoRequestDTO extends Omit<InfoRequestDTO, 'timeline' | 'consultations'> {
  townshipId: string
  consultations: (ConsultationDTO & { name: string; note: string | null })[]
  allowedActions: InfoRequestAction[]
  /** The last day a correction notice may go out (7 working days after receipt), while it still may. */
  correctionAllowedUntil: LocalDate | null
  /** Why an extension is not possible now, when it is not. */
  extensionBlocked: string | null
  /** The fee the reply would carry under the township's rule, given its page count. */
  requestsThisMonth: number
  feeMethod: FeeMethod
  history: StaffRequestUpdate[]
}

export interface InfoRequestIdentityDTO {
  id: string
  applicantName: string
  idNumber: string
  phone: string
}

export interface InfoRequestSettingsDTO extends InfoRequestSettings {
  townshipId: string
  updatedAt: string | null
}

/** What a resident reads before applying: who handles requests, where, the fee rule and the appeal bodies. */
export interface InfoRequestGuideDTO {
  townshipName: string
  officeName: string
  officePhone: string
  officeAddress: string
  feeMethod: FeeMethod
  feeLabel: string
  answerDays: number
  appealText: string
}

/** Columns of the annual report table: the applicant kinds. */
export const REPORT_COLUMNS = [
  { key: 'person', label: '自然人' },
  ...ORG_TYPES.map((key) => ({ key, label: `法人或其他组织·${ORG_TYPE_LABELS[key]}` })),
  { key: 'total', label: '总计' }
] as const
export type ReportColumn = (typeof REPORT_COLUMNS)[number]['key']

export interface ReportRowDTO {
  key: string
  label: string
  /** 0 a section, 1 a result kind, 2 a reason under it. */
  level: 0 | 1 | 2
  /** Null for a heading without numbers of its own (三、本年度办理结果). */
  values: Record<ReportColumn, number> | null
}

/** 政府信息公开工作年度报告, part 三 (requests received and handled) and part 四 (行政复议、行政诉讼). */
export interface AnnualReportDTO {
  year: number
  townshipName: string
  columns: { key: ReportColumn; label: string }[]
  rows: ReportRowDTO[]
  /** Answered after their deadline this year, plus still open past it at the end of the year. */
  overdue: number
  appeals: { review: AppealCounts; lawsuitDirect: AppealCounts; lawsuitAfterReview: AppealCounts }
  appealsUpdatedAt: string | null
}
