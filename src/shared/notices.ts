import * as z from './zod'
import { objectId, paging } from './common'

/**
 * Channels a notice can go through. The inbox is always written; WeChat subscribe messages need the
 * person's consent per template. An `sms` channel (elders without WeChat) plugs in the same way later.
 */
export const NOTICE_CHANNELS = ['inbox', 'wechat'] as const
export type NoticeChannelName = (typeof NOTICE_CHANNELS)[number]

export const NOTICE_CHANNEL_LABELS: Record<NoticeChannelName, string> = {
  inbox: '站内消息',
  wechat: '微信订阅消息'
}

/**
 * Delivery state of one notice record (one person, one channel).
 * - pending: waiting for (another) attempt
 * - sent: delivered
 * - refused: WeChat said the person refused or has no subscription left (43101); not retried
 * - failed: gave up (too many attempts, or an error that cannot get better)
 * - unconfirmed: a send was interrupted after it may have reached WeChat; not repeated, so nobody
 *   gets it twice (the inbox entry still has it)
 * - skipped: this channel cannot reach the person (no WeChat identity, no subscription, template not set)
 */
export const NOTICE_STATUSES = ['pending', 'sent', 'refused', 'failed', 'unconfirmed', 'skipped'] as const
export type NoticeStatus = (typeof NOTICE_STATUSES)[number]

export const NOTICE_STATUS_LABELS: Record<NoticeStatus, string> = {
  pending: '待发送',
  sent: '已送达',
  refused: '对方未订阅',
  failed: '发送失败',
  unconfirmed: '发送中断（未重发）',
  skipped: '未发送'
}

/**
 * Why a person is told: it is about them, they acted for someone, it is work waiting for them (an
 * admin's, the handling staff's), a home visit they were sent on, an order they dispatched, or a case
 * they follow as theirs too.
 */
export const NOTICE_AUDIENCE_ROLES = ['self', 'applicant', 'assistant', 'admin', 'volunteer', 'dispatcher', 'staff', 'follower'] as const
export type NoticeAudienceRole = (typeof NOTICE_AUDIENCE_ROLES)[number]

export const NOTICE_AUDIENCE_LABELS: Record<NoticeAudienceRole, string> = {
  self: '本人',
  applicant: '被代办的群众',
  assistant: '代办人',
  admin: '中心负责人',
  volunteer: '上门服务的志愿者',
  dispatcher: '派单人',
  staff: '经办工作人员',
  follower: '关注者'
}

/** What happened that someone waits for. Later capabilities add their event types here. */
export const NOTICE_EVENT_TYPES = [
  'staffSignup.submitted',
  'staffSignup.approved',
  'staffSignup.rejected',
  'appointment.booked',
  'appointment.rescheduled',
  'appointment.cancelled',
  'appointment.reminder',
  'appointment.rateInvite',
  'case.accepted',
  'case.rejected',
  'case.infoRequested',
  'case.replied',
  'case.overdueApology',
  'case.escalated',
  'case.closed',
  'case.deadlineMoved',
  'volunteer.registered',
  'volunteer.approved',
  'volunteer.rejected',
  'volunteer.suspended',
  'visit.dispatched',
  'visit.accepted',
  'visit.declined',
  'visit.expired',
  'visit.visited',
  'disclosure.published',
  'disclosure.reviewRequested',
  'disclosure.returned',
  'infoRequest.submitted',
  'infoRequest.received',
  'infoRequest.correctionRequested',
  'infoRequest.extended',
  'infoRequest.consulting',
  'infoRequest.replied',
  'infoRequest.closed',
  'review.rectified',
  'review.escalated',
  'review.appealed',
  'review.appealDecided',
  'case.reopened',
  'case.followUp',
  'case.transferred'
] as const
export type NoticeEventType = (typeof NOTICE_EVENT_TYPES)[number]

/**
 * WeChat subscribe-message templates the app uses, by stable key; the template ids are configured on
 * the server. `who` says which accounts are offered the template.
 */
export const NOTICE_TEMPLATES = {
  reviewResult: {
    title: '审核结果通知',
    description: '您提交的申请审核通过或没有通过时',
    who: 'everyone'
  },
  newApplication: {
    title: '新申请待审核提醒',
    description: '有人提交工作人员申请、等您审核时',
    who: 'admin'
  },
  appointmentStatus: {
    title: '预约状态通知',
    description: '预约成功、改约、取消或办结时',
    who: 'everyone'
  },
  appointmentReminder: {
    title: '预约办理提醒',
    description: '预约办理的前一个工作日，提醒您带齐材料按时到窗口',
    who: 'everyone'
  },
  caseProgress: {
    title: '诉求办理进度通知',
    description: '您提交的诉求被受理、答复、需要补充材料或办结时',
    who: 'everyone'
  },
  visitOrder: {
    title: '上门服务派单提醒',
    description: '有群众的求助派给您、等您接单时（志愿者、网格员）',
    who: 'everyone'
  },
  infoRequestProgress: {
    title: '信息公开申请进度通知',
    description: '您的政府信息公开申请被收到、需要补正、延期、征求意见或答复时',
    who: 'everyone'
  },
  disclosureUpdate: {
    title: '公开信息更新提醒',
    description: '您订阅的村或领域发布新的公开信息时',
    who: 'everyone'
  }
} as const satisfies Record<string, { title: string; description: string; who: 'everyone' | 'admin' }>
export type NoticeTemplateKey = keyof typeof NOTICE_TEMPLATES
export const NOTICE_TEMPLATE_KEYS = Object.keys(NOTICE_TEMPLATES) as [NoticeTemplateKey, ...NoticeTemplateKey[]]

/** The templates a submitting flow asks to subscribe to on its submit tap (WeChat allows ≤ 5 a call). */
export const NOTICE_FLOWS = {
  staffSignup: ['reviewResult'],
  appointment: ['appointmentStatus', 'appointmentReminder'],
  case: ['caseProgress'],
  volunteer: ['reviewResult', 'visitOrder'],
  infoRequest: ['infoRequestProgress'],
  disclosureSubscription: ['disclosureUpdate']
} as const satisfies Record<string, readonly NoticeTemplateKey[]>
export type NoticeFlow = keyof typeof NOTICE_FLOWS

/** What `wx.requestSubscribeMessage` answers per template id. */
export const SUBSCRIBE_CHOICES = ['accept', 'reject', 'ban', 'filter'] as const
export type SubscribeChoice = (typeof SUBSCRIBE_CHOICES)[number]

/** Where a notice leads in the mini-program. */
export interface NoticeLink {
  /** Absolute page path, e.g. `/pages/me/staff-signup/index`. */
  page: string
  query: Record<string, string>
}

/** One entry of a person's in-app inbox. */
export interface InboxEntryDTO {
  id: string
  type: NoticeEventType
  title: string
  body: string
  link: NoticeLink
  createdAt: string
  read: boolean
  /** Set when the entry is for an assistant about someone they acted for. */
  onBehalfOfName: string | null
}

export interface UnreadCountDTO {
  unread: number
}

/** How WeChat reminders stand for one template, for the settings screen. */
export interface NoticeTemplateSettingDTO {
  key: NoticeTemplateKey
  title: string
  description: string
  /** Null when the server has no template id for it (then only the inbox is used). */
  templateId: string | null
  /**
   * - longTerm: 长期订阅, always sent
   * - accept: subscribed; `remaining` messages can still be sent
   * - used: the one-time subscriptions were used up; subscribe again on the next submit
   * - reject / ban: the person said no (ban: “总是拒绝” in WeChat settings)
   * - none: never asked
   */
  state: 'longTerm' | 'accept' | 'used' | 'reject' | 'ban' | 'none'
  remaining: number
}

export interface NoticeSettingsDTO {
  /** The inbox is always on. */
  inbox: true
  /** False when the account has no WeChat identity (demo accounts, elders registered by an assistant). */
  wechatReachable: boolean
  templates: NoticeTemplateSettingDTO[]
}

/** One delivery record as staff see it (who was told, through which channel, why, and how it went). */
export interface NoticeRecordDTO {
  id: string
  eventId: string
  type: NoticeEventType
  channel: NoticeChannelName
  userId: string
  audience: NoticeAudienceRole
  status: NoticeStatus
  attempts: number
  lastError: string | null
  nextAttemptAt: string | null
  sentAt: string | null
  createdAt: string
}

export const inboxListQuerySchema = z.extend(paging, {
  unread: z.preprocess(
    (v) => (v === 'true' || v === '1' ? true : v === 'false' || v === '0' || v === '' ? false : v),
    z._default(z.boolean(), false)
  )
})

export const inboxEntryParamsSchema = z.strictObject({ id: objectId })

export const subscriptionChoicesSchema = z.strictObject({
  choices: z
    .array(
      z.strictObject({
        templateId: z.string().check(z.trim(), z.minLength(1, { error: '缺少模板编号' }), z.maxLength(64)),
        choice: z.enum(SUBSCRIBE_CHOICES, { error: '订阅结果只能是 accept、reject、ban 或 filter' })
      }),
      { error: '请提交订阅结果' }
    )
    .check(z.minLength(1, { error: '请至少提交一个订阅结果' }), z.maxLength(5, { error: '一次最多提交 5 个订阅结果' }))
})
export type SubscriptionChoicesInput = z.input<typeof subscriptionChoicesSchema>

export const noticeRecordsQuerySchema = z.object({
  subjectId: z.string().check(z.trim(), z.minLength(1, { error: '请给出要查看的事项编号' }), z.maxLength(64))
})
