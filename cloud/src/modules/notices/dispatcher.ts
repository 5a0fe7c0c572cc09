import { randomUUID } from 'node:crypto'
import type { NoticeChannelName } from '../../../../src/shared/notices'
import type { AppDeps } from '../../lib/deps'
import { DEFAULT_BACKOFF, attemptsExhausted, backoffDelayMs, type BackoffPolicy } from './backoff'
import { NOTICE_CHANNEL_TABLE, type DeliveryOutcome, type NoticeChannel } from './channels'
import type { FaultHook } from './faults'
import { NO_LEASE, noticeModel, type NoticeRecord } from './model'

export interface DispatchOptions {
  /** Notices sent at the same time. */
  concurrency?: number
  /** Notices claimed per round trip; small enough that a batch of slow sends ends well within the lease. */
  batchSize?: number
  /** How long a claim holds a notice; far longer than one send may take. */
  leaseMs?: number
  backoff?: BackoffPolicy
  random?: () => number
  faults?: FaultHook
  channels?: Partial<Record<NoticeChannelName, NoticeChannel>>
  /** Checked between batches; a true answer ends the drain early (shutdown). */
  stopRequested?: () => boolean
}

/** What one drain did, by outcome. */
export interface DrainReport {
  claimed: number
  sent: number
  retried: number
  refused: number
  failed: number
  unconfirmed: number
  /** Claims that lost their lease to another dispatcher before finishing. */
  lost: number
}

const DEFAULTS = { concurrency: 4, batchSize: 20, leaseMs: 60_000 }

/**
 * Claims up to `limit` due notices in two round trips: the candidates are read, then taken with one
 * conditional update (status pending, lease free) that stamps this claim's id, and read back by it.
 * Each notice is updated atomically, so of several dispatchers (replicas) exactly one wins it. The
 * claim counts as an attempt, so a notice that crashes its dispatcher again and again still ends.
 */
export async function claimDueNotices(deps: AppDeps, limit: number, leaseMs: number): Promise<NoticeRecord[]> {
  const Notice = noticeModel(deps.db)
  const now = deps.clock.now()
  const candidates = await Notice.find(dueFilter(now), { _id: 1 }).sort({ nextAttemptAt: 1 }).limit(limit).lean()
  if (candidates.length === 0) return []
  const ids = candidates.map((c) => c._id)
  const attemptId = randomUUID()
  await Notice.updateMany(
    { _id: { $in: ids }, ...dueFilter(now) },
    { $set: { leaseUntil: new Date(now.getTime() + leaseMs), attemptId }, $inc: { attempts: 1 } }
  )
  return Notice.find({ _id: { $in: ids }, attemptId }).sort({ nextAttemptAt: 1 }).lean<NoticeRecord[]>()
}

function dueFilter(now: Date) {
  return { status: 'pending' as const, nextAttemptAt: { $lte: now }, leaseUntil: { $lte: now } }
}

type Result = keyof Omit<DrainReport, 'claimed'>

/**
 * Delivers one claimed notice. Every write is conditional on the claim's `attemptId`, so a dispatcher
 * whose lease ran out changes nothing. For a channel that is not idempotent (WeChat) `sendingSince`
 * is recorded right before the send; a later claim that finds it set knows the send was interrupted
 * and may have gone out, and marks the notice `unconfirmed` instead of sending again (at most once).
 */
export async function deliverClaimed(deps: AppDeps, notice: NoticeRecord, opts: DispatchOptions = {}): Promise<Result> {
  const Notice = noticeModel(deps.db)
  const mine = { _id: notice._id, attemptId: notice.attemptId }
  const channel = (opts.channels ?? NOTICE_CHANNEL_TABLE)[notice.channel]
  const backoff = opts.backoff ?? DEFAULT_BACKOFF
  await opts.faults?.('dispatch.claimed', notice._id)

  const finish = async (result: Result, set: Record<string, unknown>): Promise<Result> => {
    const done = await Notice.updateOne(mine, { $set: { ...set, leaseUntil: NO_LEASE, attemptId: null } })
    await opts.faults?.('dispatch.recorded', notice._id)
    return done.modifiedCount === 1 ? result : 'lost'
  }

  if (!channel) return finish('failed', { status: 'failed', lastError: `没有 ${notice.channel} 这个通道` })
  if (notice.sendingSince && !channel.idempotent) {
    return finish('unconfirmed', {
      status: 'unconfirmed',
      lastError: '上次发送在等待微信答复时中断，可能已经送达；为避免重复不再重发（站内消息已送达）'
    })
  }
  if (notice.attempts > backoff.maxAttempts) {
    return finish('failed', { status: 'failed', lastError: notice.lastError ?? '尝试次数已用完' })
  }

  if (!channel.idempotent) {
    const marked = await Notice.updateOne(mine, { $set: { sendingSince: deps.clock.now() } })
    if (marked.modifiedCount !== 1) return 'lost'
  }
  await opts.faults?.('dispatch.sendingMarked', notice._id)

  let outcome: DeliveryOutcome
  try {
    outcome = await channel.deliver(deps, notice)
  } catch (err) {
    outcome = { outcome: 'retry', error: (err instanceof Error ? err.message : String(err)).slice(0, 300) }
  }
  await opts.faults?.('dispatch.sent', notice._id)

  const now = deps.clock.now()
  switch (outcome.outcome) {
    case 'sent':
      return finish('sent', { status: 'sent', sentAt: now, lastError: null })
    case 'refused':
      return finish('refused', { status: 'refused', lastError: outcome.error })
    case 'failed':
      return finish('failed', { status: 'failed', lastError: outcome.error })
    case 'unconfirmed':
      return finish('unconfirmed', { status: 'unconfirmed', lastError: outcome.error })
    case 'retry':
      if (attemptsExhausted(notice.attempts, backoff)) return finish('failed', { status: 'failed', lastError: outcome.error })
      return finish('retried', {
        status: 'pending',
        lastError: outcome.error,
        sendingSince: null,
        nextAttemptAt: new Date(now.getTime() + backoffDelayMs(notice.attempts, backoff, opts.random))
      })
  }
}

/**
 * Sends every notice that is due, batch after batch, `concurrency` at a time, until none is left
 * (or `stopRequested`). Safe to run on several replicas at once. A fault hook's throw ends the
 * drain like a crash: the claimed notices stay leased until their lease runs out.
 */
export async function drainNotices(deps: AppDeps, opts: DispatchOptions = {}): Promise<DrainReport> {
  const concurrency = Math.max(1, opts.concurrency ?? DEFAULTS.concurrency)
  const batchSize = Math.max(concurrency, opts.batchSize ?? DEFAULTS.batchSize)
  const leaseMs = opts.leaseMs ?? DEFAULTS.leaseMs
  const report: DrainReport = { claimed: 0, sent: 0, retried: 0, refused: 0, failed: 0, unconfirmed: 0, lost: 0 }
  while (!opts.stopRequested?.()) {
    const batch = await claimDueNotices(deps, batchSize, leaseMs)
    if (batch.length === 0) {
      if (await noticeModel(deps.db).exists(dueFilter(deps.clock.now()))) continue
      break
    }
    report.claimed += batch.length
    let next = 0
    let crashed = false
    const worker = async () => {
      while (!crashed && next < batch.length) {
        const notice = batch[next++]!
        try {
          report[await deliverClaimed(deps, notice, opts)] += 1
        } catch (err) {
          crashed = true
          throw err
        }
      }
    }
    await Promise.all(Array.from({ length: Math.min(concurrency, batch.length) }, worker))
  }
  return report
}
