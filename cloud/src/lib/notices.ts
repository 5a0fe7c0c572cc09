/**
 * The notice contract every module writes against (the ground floor): events recorded with a state
 * change, who they reach, and how a module says what each event reads like. The notices module relays
 * and delivers them; nothing here knows a module.
 */
import type { ActingRecord } from '../../../src/shared/acting'
import type { Role } from '../../../src/shared/enums'
import type { NoticeAudienceRole, NoticeEventType, NoticeLink, NoticeTemplateKey } from '../../../src/shared/notices'

/** Who an event should reach, resolved to accounts when it is relayed. */
export type NoticeAudience =
  | { kind: 'user'; userId: string; as: NoticeAudienceRole }
  /** A person record: told when it has an account (elders registered by an assistant may have none). */
  | { kind: 'person'; personId: string; as: NoticeAudienceRole }
  | { kind: 'townshipAdmins'; townshipId: string; as: 'admin' }
  /** The staff of a department (not its admins). */
  | { kind: 'departmentStaff'; departmentId: string; as: 'staff' }

/** Plain values an event carries for its texts (times as ISO strings). */
export type NoticeEventData = Record<string, string | null>

/**
 * A domain event someone waits for. It is written into the aggregate's `pendingNotices` in the same
 * atomic update as the state change it reports, and later relayed into inbox entries and outbox records.
 */
export interface NoticeEvent {
  /** `<type>:<subjectId>[:<suffix>]`: the same happening always has the same id. */
  eventId: string
  type: NoticeEventType
  subjectType: string
  subjectId: string
  townshipId: string | null
  audience: NoticeAudience[]
  /** The name of the person an assistant acted for, so the assistant's copy can say so. */
  onBehalfOfName: string | null
  data: NoticeEventData
  occurredAt: Date
}

export interface NoticeEventInput {
  subjectType: string
  subjectId: string
  townshipId?: string | null
  audience: NoticeAudience[]
  onBehalfOfName?: string | null
  data?: NoticeEventData
  occurredAt: Date
  /** Distinguishes repeated events of one subject (a reminder per day, say). */
  suffix?: string
}

/** Builds an event with its deterministic id. */
export function noticeEvent(type: NoticeEventType, input: NoticeEventInput): NoticeEvent {
  return {
    eventId: [type, input.subjectId, input.suffix].filter(Boolean).join(':'),
    type,
    subjectType: input.subjectType,
    subjectId: input.subjectId,
    townshipId: input.townshipId ?? null,
    audience: input.audience,
    onBehalfOfName: input.onBehalfOfName ?? null,
    data: input.data ?? {},
    occurredAt: input.occurredAt
  }
}

/**
 * Who to tell about a write recorded with an ActingRecord: the person themselves, or, when an
 * assistant acted for someone, both the applicant (if they have an account) and the assistant.
 */
export function audienceForActing(acting: ActingRecord): NoticeAudience[] {
  if (!acting.onBehalf) return [{ kind: 'user', userId: acting.submitterId, as: 'self' }]
  return [
    { kind: 'person', personId: acting.applicantPersonId, as: 'applicant' },
    { kind: 'user', userId: acting.submitterId, as: 'assistant' }
  ]
}

/** The `$push` that records events in the same single-document update as the state change. */
export function pushNoticeEvents(...events: NoticeEvent[]): { pendingNotices: { $each: NoticeEvent[] } } {
  return { pendingNotices: { $each: events } }
}


/** The value kinds of subscribe-message template fields (the letters before the field number, e.g. `thing1`). */
export type WechatValueKind = 'thing' | 'phrase' | 'name' | 'character_string' | 'number' | 'date' | 'time' | 'phone_number'

/**
 * The fields of each subscribe-message template: a name the events use → the template's keyword
 * (as shown in the WeChat console, e.g. `thing1`) and its value kind. The keywords must match the
 * template whose id is configured for the key.
 */
export const WECHAT_TEMPLATE_FIELDS = {
  reviewResult: {
    item: { keyword: 'thing1', kind: 'thing' },
    result: { keyword: 'phrase2', kind: 'phrase' },
    note: { keyword: 'thing3', kind: 'thing' },
    at: { keyword: 'time4', kind: 'time' }
  },
  newApplication: {
    item: { keyword: 'thing1', kind: 'thing' },
    applicant: { keyword: 'name2', kind: 'name' },
    at: { keyword: 'time3', kind: 'time' }
  },
  appointmentStatus: {
    item: { keyword: 'thing1', kind: 'thing' },
    time: { keyword: 'time2', kind: 'time' },
    place: { keyword: 'thing3', kind: 'thing' },
    status: { keyword: 'phrase4', kind: 'phrase' },
    note: { keyword: 'thing5', kind: 'thing' }
  },
  appointmentReminder: {
    item: { keyword: 'thing1', kind: 'thing' },
    time: { keyword: 'time2', kind: 'time' },
    place: { keyword: 'thing3', kind: 'thing' },
    code: { keyword: 'character_string4', kind: 'character_string' },
    note: { keyword: 'thing5', kind: 'thing' }
  },
  caseProgress: {
    number: { keyword: 'character_string1', kind: 'character_string' },
    item: { keyword: 'thing2', kind: 'thing' },
    status: { keyword: 'phrase3', kind: 'phrase' },
    note: { keyword: 'thing4', kind: 'thing' },
    at: { keyword: 'time5', kind: 'time' }
  },
  visitOrder: {
    item: { keyword: 'thing1', kind: 'thing' },
    place: { keyword: 'thing2', kind: 'thing' },
    due: { keyword: 'time3', kind: 'time' },
    note: { keyword: 'thing4', kind: 'thing' }
  },
  infoRequestProgress: {
    number: { keyword: 'character_string1', kind: 'character_string' },
    item: { keyword: 'thing2', kind: 'thing' },
    status: { keyword: 'phrase3', kind: 'phrase' },
    note: { keyword: 'thing4', kind: 'thing' },
    at: { keyword: 'time5', kind: 'time' }
  },
  disclosureUpdate: {
    title: { keyword: 'thing1', kind: 'thing' },
    source: { keyword: 'thing2', kind: 'thing' },
    at: { keyword: 'time3', kind: 'time' }
  }
} as const satisfies Record<NoticeTemplateKey, Record<string, { keyword: string; kind: WechatValueKind }>>

/** The values an event supplies for a template, by field name. */
export type TemplateValues<K extends NoticeTemplateKey> = Record<
  keyof (typeof WECHAT_TEMPLATE_FIELDS)[K],
  string | number | Date | null
>


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

/** A module's notice events: event type → how it reads. */
export type NoticeCatalog = Partial<Record<NoticeEventType, NoticeEventDefinition>>

/**
 * A collection whose documents carry `pendingNotices` (events written with their state change). The
 * relay and the reconciling sweep find leftover events through the sources the modules declare.
 */
export interface NoticeSource {
  collection: string
}
