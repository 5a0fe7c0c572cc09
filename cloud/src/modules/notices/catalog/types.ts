import type { Role } from '../../../../../src/shared/enums'
import type { NoticeAudienceRole, NoticeLink, NoticeTemplateKey } from '../../../../../src/shared/notices'
import type { NoticeEvent } from '../events'
import type { TemplateValues } from '../templates'

/** An account an event reaches, with what the channels need to reach it. */
export interface Recipient {
  userId: string
  as: NoticeAudienceRole
  role: Role
  displayName: string
  /** Null when the account has never signed in with WeChat. */
  openid: string | null
}

/** What a person reads in the inbox, and where it leads. */
export interface NoticeText {
  title: string
  body: string
  link: NoticeLink
}

/** A subscribe message: the template and the values of its fields. */
export type WechatMessage = { [K in NoticeTemplateKey]: { template: K; values: TemplateValues<K> } }[NoticeTemplateKey]

/** How one event type reads, per recipient. */
export interface NoticeEventDefinition {
  text(event: NoticeEvent, to: Recipient): NoticeText
  /** The subscribe message, or null for an inbox-only event. */
  wechat(event: NoticeEvent, to: Recipient): WechatMessage | null
}
