import type { ActingRecord } from '../../../../src/shared/acting'
import type { NoticeAudienceRole, NoticeEventType } from '../../../../src/shared/notices'

/** Who an event should reach, resolved to accounts when it is relayed. */
export type NoticeAudience =
  | { kind: 'user'; userId: string; as: NoticeAudienceRole }
  /** A person record: told when it has an account (elders registered by an assistant may have none). */
  | { kind: 'person'; personId: string; as: NoticeAudienceRole }
  | { kind: 'townshipAdmins'; townshipId: string; as: 'admin' }

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
