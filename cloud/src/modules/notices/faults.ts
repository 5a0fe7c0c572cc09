/**
 * The points between the writes of relaying and dispatching a notice. Tests crash the process at
 * each one (a hook that throws) and restart, to show that nothing is lost and nothing sent twice.
 */
export type NoticeStep =
  /** Inbox entries written; outbox records not yet. */
  | 'relay.inboxWritten'
  /** Outbox records written; the events are still in the aggregate. */
  | 'relay.recorded'
  /** Lease taken; nothing sent. */
  | 'dispatch.claimed'
  /** `sendingSince` recorded; the request not yet made. */
  | 'dispatch.sendingMarked'
  /** The channel answered; the result not yet recorded. */
  | 'dispatch.sent'
  /** The result recorded. */
  | 'dispatch.recorded'

/** Called at every step with the event or notice id; a throw stops the run as a crash would. */
export type FaultHook = (step: NoticeStep, id: string) => void | Promise<void>

/** What a fault hook throws to stand for the process dying at that point. */
export class SimulatedCrash extends Error {
  constructor(readonly step: NoticeStep) {
    super(`simulated crash at ${step}`)
    this.name = 'SimulatedCrash'
  }
}
