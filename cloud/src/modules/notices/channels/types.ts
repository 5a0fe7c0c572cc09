import type { NoticeChannelName, NoticeStatus } from '../../../../../src/shared/notices'
import type { AppDeps } from '../../../lib/deps'
import type { NoticeEvent, NoticeEventDefinition, NoticeText, Recipient } from '../../../lib/notices'
import type { NoticeRecord, NoticeSubscription } from '../model'

/** What the relay knows when it prepares the notices of a batch of events. */
export interface PrepareContext {
  deps: AppDeps
  now: Date
  /** Subscriptions of the recipients, by `<userId>:<templateKey>`. */
  subscriptions: Map<string, NoticeSubscription>
}

/** One person's notice about one event, before any channel shapes it. */
export interface NoticeDraft {
  event: NoticeEvent
  definition: NoticeEventDefinition
  recipient: Recipient
  /** The inbox text, with the assistant's copy marked as such. */
  text: NoticeText
  /** The id of the person's inbox entry (the WeChat message opens it). */
  inboxEntryId: string
}

/** A channel's answer for one draft: something to deliver, or why the channel cannot reach the person. */
export type Prepared = { payload: Record<string, unknown> } | { skip: string }

/**
 * How one delivery went. `retry` errors may get better; `failed` ones cannot; `unconfirmed` means the
 * request may have been delivered (it timed out after it was sent), so it must not be repeated.
 */
export type DeliveryOutcome =
  | { outcome: 'sent' }
  | { outcome: 'refused'; error: string }
  | { outcome: 'retry'; error: string }
  | { outcome: 'failed'; error: string }
  | { outcome: 'unconfirmed'; error: string }

/**
 * A way to reach people. `inbox` and `wechat` exist; an `sms` channel for elders without WeChat
 * implements the same interface and is added to the channel table.
 */
export interface NoticeChannel {
  readonly name: NoticeChannelName
  /**
   * `relay`: delivered by the relay itself, right after the event is relayed (a database write);
   * `dispatch`: sent later by the outbox dispatcher under a lease, with backoff.
   */
  readonly delivery: 'relay' | 'dispatch'
  /**
   * True when delivering the same notice twice is harmless (a write keyed by the notice). A send
   * interrupted after it may have gone out is then simply repeated; otherwise it is never repeated
   * (at most once) and the notice is marked `unconfirmed`.
   */
  readonly idempotent: boolean
  prepare(ctx: PrepareContext, draft: NoticeDraft): Prepared
  deliver(deps: AppDeps, notice: NoticeRecord): Promise<DeliveryOutcome>
  /** Delivers many at once (the relay's batches); must equal calling `deliver` for each. */
  deliverMany?(deps: AppDeps, notices: NoticeRecord[]): Promise<DeliveryOutcome[]>
}

/** Statuses a prepared notice starts in. */
export type InitialStatus = Extract<NoticeStatus, 'pending' | 'skipped'>
