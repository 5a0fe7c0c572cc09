import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { Types } from 'mongoose'
import { createWechatClient } from '../../../cloud/src/lib/wechat/client'
import { drainNotices, claimDueNotices } from '../../../cloud/src/modules/notices/dispatcher'
import { audienceForActing, noticeEvent, type NoticeAudience } from '../../../cloud/src/lib/notices'
import { relayEvents } from '../../../cloud/src/modules/notices/relay'
import { inboxEntryModel, noticeModel, noticeSubscriptionModel } from '../../../cloud/src/modules/notices/model'
import { SUBSCRIBE_SEND_PATH } from '../../../cloud/src/modules/notices/channels/wechat'
import { personModel } from '../../../cloud/src/modules/people/model'
import { startTestApp, type SignedIn, type TestApp } from '../helpers/testApp'
import { acceptReviewResult, giveOpenid, wechatSendsByEntry } from './helpers'

let t: TestApp
let seq = 0

beforeAll(async () => {
  t = await startTestApp()
})
afterAll(() => t.stop())
beforeEach(() => t.wechat.state.reset())

const policy = { baseMs: 1000, capMs: 8000, maxAttempts: 4 }

/** A reachable, subscribed resident. */
async function subscriber(quota = 50): Promise<SignedIn> {
  const who = await t.signIn('resident')
  await giveOpenid(t, who)
  await acceptReviewResult(t, who, quota)
  return who
}

/** Relays `n` approval events to the audience; answers the event ids. */
async function enqueue(audience: NoticeAudience[], n = 1, onBehalfOfName: string | null = null): Promise<string[]> {
  const events = Array.from({ length: n }, () =>
    noticeEvent('staffSignup.approved', {
      subjectType: 'test',
      subjectId: `subject-${++seq}`,
      townshipId: t.township.id,
      audience,
      onBehalfOfName,
      data: { reviewedAt: t.clock.now().toISOString() },
      occurredAt: t.clock.now()
    })
  )
  await relayEvents(t.deps, events)
  return events.map((e) => e.eventId)
}

const wechatRecord = (eventId: string, userId: string) =>
  noticeModel(t.db).findById(`${eventId}:${userId}:wechat`).lean()
/** Sends that reached the fake, leaving out those it turned away for a stale token (the client retries them). */
const attemptsAtFake = () => t.wechat.state.callsTo(SUBSCRIBE_SEND_PATH).filter((c) => c.answer !== 40001).length
const delivered = () => t.wechat.state.acceptedCallsTo(SUBSCRIBE_SEND_PATH).length

describe('dispatching WeChat subscribe messages', () => {
  it('records 43101 as refused, never retries it, and stops counting on that subscription', async () => {
    const who = await subscriber(3)
    const [eventId] = await enqueue([{ kind: 'user', userId: who.userId, as: 'self' }])
    t.wechat.state.failNext(1, { kind: 'errcode', errcode: 43101, errmsg: 'user refuse to accept the msg' }, SUBSCRIBE_SEND_PATH)
    expect(await drainNotices(t.deps, { backoff: policy })).toMatchObject({ refused: 1, sent: 0, retried: 0 })
    t.clock.advance(3600_000)
    await drainNotices(t.deps, { backoff: policy })
    expect(attemptsAtFake()).toBe(1)
    expect(await wechatRecord(eventId!, who.userId)).toMatchObject({
      status: 'refused',
      attempts: 1,
      lastError: expect.stringContaining('43101')
    })
    const sub = await noticeSubscriptionModel(t.db).findOne({ userId: who.userId }).lean()
    expect(sub?.remaining).toBe(0)
    expect(await inboxEntryModel(t.db).countDocuments({ userId: who.userId })).toBe(1)
  })

  it('retries transient failures (busy, HTTP 500, rate limit) with growing delays, then delivers once', async () => {
    const who = await subscriber()
    const [eventId] = await enqueue([{ kind: 'user', userId: who.userId, as: 'self' }])
    t.wechat.state.failNext(1, { kind: 'errcode', errcode: -1, errmsg: 'system error' }, SUBSCRIBE_SEND_PATH)
    t.wechat.state.failNext(1, { kind: 'http500' }, SUBSCRIBE_SEND_PATH)
    t.wechat.state.failNext(1, { kind: 'errcode', errcode: 45009, errmsg: 'reach max api daily quota limit' }, SUBSCRIBE_SEND_PATH)
    const patient = { ...policy, maxAttempts: 6 }
    const gaps: number[] = []
    for (let round = 1; round <= 3; round++) {
      const before = t.clock.now().getTime()
      expect(await drainNotices(t.deps, { backoff: patient, random: () => 1 })).toMatchObject({ retried: 1 })
      const record = await wechatRecord(eventId!, who.userId)
      expect(record).toMatchObject({ status: 'pending', attempts: round, sendingSince: null, lastError: expect.any(String) })
      gaps.push(record!.nextAttemptAt.getTime() - before)
      expect(await drainNotices(t.deps)).toMatchObject({ claimed: 0 })
      t.clock.set(record!.nextAttemptAt)
    }
    expect(gaps).toEqual([1000, 2000, 4000])
    expect(await drainNotices(t.deps, { backoff: patient })).toMatchObject({ sent: 1 })
    expect(attemptsAtFake()).toBe(4)
    expect(delivered()).toBe(1)
    expect(await wechatRecord(eventId!, who.userId)).toMatchObject({ status: 'sent', attempts: 4, lastError: null })
  }, 20_000)

  it('retries when WeChat cannot be reached at all (no connection, so nothing can have arrived)', async () => {
    const who = await subscriber()
    const [eventId] = await enqueue([{ kind: 'user', userId: who.userId, as: 'self' }])
    const closed = http.createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const { port } = closed.address() as AddressInfo
    await new Promise<void>((resolve) => closed.close(() => resolve()))
    const unreachable = createWechatClient({
      baseUrl: `http://127.0.0.1:${port}`,
      appId: t.deps.config.wechat.appId,
      secret: t.deps.config.wechat.secret,
      mode: 'cloudhosting',
      clock: t.clock
    })
    expect(await drainNotices({ ...t.deps, wechat: unreachable }, { backoff: policy })).toMatchObject({ retried: 1, unconfirmed: 0 })
    const record = await wechatRecord(eventId!, who.userId)
    expect(record).toMatchObject({ status: 'pending', attempts: 1, sendingSince: null })
    t.clock.set(record!.nextAttemptAt)
    expect(await drainNotices(t.deps, { backoff: policy })).toMatchObject({ sent: 1 })
    expect(delivered()).toBe(1)
  })

  it('never repeats a send whose connection dropped after the request went out: unconfirmed, inbox still has it', async () => {
    const who = await subscriber()
    const [eventId] = await enqueue([{ kind: 'user', userId: who.userId, as: 'self' }])
    t.wechat.state.failNext(1, { kind: 'network' }, SUBSCRIBE_SEND_PATH)
    expect(await drainNotices(t.deps, { backoff: policy })).toMatchObject({ unconfirmed: 1, retried: 0 })
    t.clock.advance(3600_000)
    await drainNotices(t.deps)
    expect(attemptsAtFake()).toBe(1)
    expect(await wechatRecord(eventId!, who.userId)).toMatchObject({ status: 'unconfirmed', lastError: expect.stringMatching(/连接中断/) })
    expect(await inboxEntryModel(t.db).countDocuments({ userId: who.userId })).toBe(1)
  })

  it('never repeats a send that timed out waiting for WeChat (it may have arrived): unconfirmed, inbox still has it', async () => {
    const who = await subscriber()
    const [eventId] = await enqueue([{ kind: 'user', userId: who.userId, as: 'self' }])
    t.wechat.state.failNext(1, { kind: 'timeout' }, SUBSCRIBE_SEND_PATH)
    expect(await drainNotices(t.deps)).toMatchObject({ unconfirmed: 1, retried: 0 })
    t.clock.advance(3600_000)
    await drainNotices(t.deps)
    expect(attemptsAtFake()).toBe(1)
    expect(await wechatRecord(eventId!, who.userId)).toMatchObject({ status: 'unconfirmed', lastError: expect.stringMatching(/超时/) })
    expect(await inboxEntryModel(t.db).countDocuments({ userId: who.userId })).toBe(1)
  })

  it('gives up at once on errors a retry cannot fix, and after maxAttempts on the others', async () => {
    const who = await subscriber()
    const [bad, busy] = await enqueue([{ kind: 'user', userId: who.userId, as: 'self' }], 2)
    t.wechat.state.failNext(1, { kind: 'errcode', errcode: 47003, errmsg: 'argument invalid! data.thing1.value' }, SUBSCRIBE_SEND_PATH)
    t.wechat.state.failNext(100, { kind: 'errcode', errcode: 45009, errmsg: 'reach max api daily quota limit' }, SUBSCRIBE_SEND_PATH)
    for (let i = 0; i < 10; i++) {
      await drainNotices(t.deps, { backoff: policy, concurrency: 1 })
      t.clock.advance(policy.capMs)
    }
    const records = await Promise.all([wechatRecord(bad!, who.userId), wechatRecord(busy!, who.userId)])
    const byStatus = records.map((r) => [r!.status, r!.attempts, r!.lastError?.slice(0, 10)])
    expect(byStatus).toEqual(
      expect.arrayContaining([
        ['failed', 1, '微信错误 47003'],
        ['failed', policy.maxAttempts, '微信错误 45009']
      ])
    )
    expect(attemptsAtFake()).toBe(1 + policy.maxAttempts)
    t.wechat.state.reset()
  })

  it('refreshes a revoked access token once for many concurrent sends (single flight) and delivers each once', async () => {
    const who = await subscriber()
    await drainNotices(t.deps)
    const ids = await enqueue([{ kind: 'user', userId: who.userId, as: 'self' }], 12)
    t.wechat.state.revokeTokens()
    const fetchesBefore = t.wechat.state.tokenFetches
    expect(await drainNotices(t.deps, { concurrency: 6 })).toMatchObject({ sent: 12, retried: 0 })
    expect(t.wechat.state.tokenFetches - fetchesBefore).toBe(1)
    const sends = wechatSendsByEntry(t.wechat)
    expect(sends.size).toBe(12)
    expect([...sends.values()].every((n) => n === 1)).toBe(true)
    for (const id of ids) expect((await wechatRecord(id, who.userId))?.status).toBe('sent')
  })

  it('lets several dispatchers (replicas) drain the same outbox: every notice is delivered exactly once', async () => {
    const people = await Promise.all(Array.from({ length: 6 }, () => subscriber()))
    for (const p of people) await enqueue([{ kind: 'user', userId: p.userId, as: 'self' }], 10)
    const reports = await Promise.all([
      drainNotices(t.deps, { concurrency: 3, batchSize: 7 }),
      drainNotices(t.deps, { concurrency: 2, batchSize: 5 }),
      drainNotices(t.deps, { concurrency: 4, batchSize: 9 })
    ])
    expect(reports.reduce((n, r) => n + r.sent, 0)).toBe(60)
    expect(reports.reduce((n, r) => n + r.claimed, 0)).toBe(60)
    const sends = wechatSendsByEntry(t.wechat)
    expect(sends.size).toBe(60)
    expect(Math.max(...sends.values())).toBe(1)
  })

  it('leaves a notice held by a dispatcher that died alone until its lease runs out', async () => {
    const who = await subscriber()
    const [eventId] = await enqueue([{ kind: 'user', userId: who.userId, as: 'self' }])
    const [held] = await claimDueNotices(t.deps, 10, 60_000)
    expect(held?._id).toBe(`${eventId}:${who.userId}:wechat`)
    expect(await drainNotices(t.deps)).toMatchObject({ claimed: 0 })
    t.clock.advance(60_000)
    expect(await drainNotices(t.deps)).toMatchObject({ claimed: 1, sent: 1 })
    expect(await wechatRecord(eventId!, who.userId)).toMatchObject({ status: 'sent', attempts: 2 })
    expect(delivered()).toBe(1)
  })

  it('skips WeChat for an account without an openid or a subscription; the inbox still gets it', async () => {
    const noWechat = await t.signIn('resident')
    const notSubscribed = await t.signIn('resident')
    await giveOpenid(t, notSubscribed)
    const [a] = await enqueue([{ kind: 'user', userId: noWechat.userId, as: 'self' }])
    const [b] = await enqueue([{ kind: 'user', userId: notSubscribed.userId, as: 'self' }])
    await drainNotices(t.deps)
    expect(attemptsAtFake()).toBe(0)
    expect(await wechatRecord(a!, noWechat.userId)).toMatchObject({ status: 'skipped', lastError: expect.stringMatching(/没有微信身份/) })
    expect(await wechatRecord(b!, notSubscribed.userId)).toMatchObject({ status: 'skipped', lastError: expect.stringMatching(/没有订阅/) })
    expect(await inboxEntryModel(t.db).countDocuments({ userId: { $in: [noWechat.userId, notSubscribed.userId] } })).toBe(2)
  })
})

describe('acting for someone: both the person and the assistant are told', () => {
  it('tells the applicant (with an account) and the assistant, each by inbox and WeChat, and says who acted', async () => {
    const elder = await subscriber()
    const assistant = await subscriber()
    const person = await personModel(t.db).create({
      townshipId: new Types.ObjectId(t.township.id),
      name: '张大爷',
      userId: new Types.ObjectId(elder.userId),
      createdBy: new Types.ObjectId(assistant.userId)
    })
    const audience = audienceForActing({
      submitterId: assistant.userId,
      submitterRole: 'assistant',
      applicantPersonId: String(person._id),
      applicantName: '张大爷',
      onBehalf: true,
      consentId: String(new Types.ObjectId())
    })
    const [eventId] = await enqueue(audience, 1, '张大爷')
    await drainNotices(t.deps)

    const records = await noticeModel(t.db).find({ eventId }).sort({ _id: 1 }).lean()
    const told = records.map((r) => [String(r.userId) === elder.userId ? 'elder' : 'assistant', r.channel, r.audience, r.status])
    expect(told).toEqual(
      expect.arrayContaining([
        ['elder', 'inbox', 'applicant', 'sent'],
        ['elder', 'wechat', 'applicant', 'sent'],
        ['assistant', 'inbox', 'assistant', 'sent'],
        ['assistant', 'wechat', 'assistant', 'sent']
      ])
    )
    expect(records).toHaveLength(4)
    const elderEntry = await inboxEntryModel(t.db).findOne({ eventId, userId: elder.userId }).lean()
    const assistantEntry = await inboxEntryModel(t.db).findOne({ eventId, userId: assistant.userId }).lean()
    expect(elderEntry).toMatchObject({ audience: 'applicant', onBehalfOfName: null })
    expect(elderEntry!.body.startsWith('【')).toBe(false)
    expect(assistantEntry).toMatchObject({ audience: 'assistant', onBehalfOfName: '张大爷' })
    expect(assistantEntry!.body).toMatch(/^【您代张大爷办理】/)
    expect(delivered()).toBe(2)
  })

  it('tells only the assistant when the person has no account, and only the person when they acted themselves', async () => {
    const assistant = await subscriber()
    const person = await personModel(t.db).create({
      townshipId: new Types.ObjectId(t.township.id),
      name: '李奶奶',
      createdBy: new Types.ObjectId(assistant.userId)
    })
    const acting = {
      submitterId: assistant.userId,
      submitterRole: 'assistant',
      applicantPersonId: String(person._id),
      applicantName: '李奶奶',
      onBehalf: true,
      consentId: null
    }
    const [forElder] = await enqueue(audienceForActing(acting), 1, '李奶奶')
    const recipients = await noticeModel(t.db).distinct('userId', { eventId: forElder })
    expect(recipients.map(String)).toEqual([assistant.userId])

    const self = await subscriber()
    const [own] = await enqueue(audienceForActing({ ...acting, submitterId: self.userId, onBehalf: false }))
    const ownRecords = await noticeModel(t.db).find({ eventId: own }).lean()
    expect(ownRecords.map((r) => [String(r.userId), r.audience])).toEqual([
      [self.userId, 'self'],
      [self.userId, 'self']
    ])
  })
})
