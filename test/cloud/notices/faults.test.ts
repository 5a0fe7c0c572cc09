/**
 * Crash injection at every step between a state change and the WeChat send: the process "dies"
 * (a fault hook throws), restarts (lease time passes, the reconciling sweep and the dispatcher run
 * again), and every notice must still reach the inbox exactly once and WeChat at most once — exactly
 * once unless the crash fell between recording `sendingSince` and the send (then it is `unconfirmed`).
 */
import { drainNotices } from '../../../cloud/src/modules/notices/dispatcher'
import { SimulatedCrash, type NoticeStep } from '../../../cloud/src/modules/notices/faults'
import { inboxEntryModel, noticeModel } from '../../../cloud/src/modules/notices/model'
import { sweepPendingEvents } from '../../../cloud/src/modules/notices/relay'
import { startTestApp, type SignedIn, type TestApp } from '../helpers/testApp'
import { acceptReviewResult, giveOpenid, submitSignup, wechatSendsByEntry } from './helpers'

const mockCrash = { afterStateChange: false }

jest.mock('../../../cloud/src/modules/notices/relay', () => {
  const actual = jest.requireActual('../../../cloud/src/modules/notices/relay')
  return {
    ...actual,
    relayAfterWrite: (...args: unknown[]) => (mockCrash.afterStateChange ? Promise.resolve() : actual.relayAfterWrite(...args))
  }
})

const LEASE_MS = 60_000

let t: TestApp
let admin: SignedIn

beforeAll(async () => {
  t = await startTestApp()
  admin = await t.signIn('admin')
})
afterAll(() => t.stop())

/** A fault hook that crashes once at `step` for notices/events whose id contains `match`. */
function crashAt(step: NoticeStep, match: string) {
  let fired = false
  return (at: NoticeStep, id: string) => {
    if (!fired && at === step && id.includes(match)) {
      fired = true
      throw new SimulatedCrash(step)
    }
  }
}

/** After a crash: the lease of the dead process runs out, then the sweep and the dispatcher run again (twice). */
async function restart(): Promise<void> {
  t.clock.advance(LEASE_MS + 1000)
  for (let i = 0; i < 2; i++) {
    await sweepPendingEvents(t.deps)
    await drainNotices(t.deps)
  }
}

/** An applicant with WeChat and a subscription whose sign-up the admin approves; the relay "dies" right after the approval. */
async function approvedWithoutRelay(): Promise<{ applicant: SignedIn; eventId: string }> {
  const applicant = await t.signIn('resident')
  await giveOpenid(t, applicant)
  await acceptReviewResult(t, applicant)
  const signupId = await submitSignup(t, applicant)
  mockCrash.afterStateChange = true
  try {
    const res = await t.http.post(`/api/admin/staff-signups/${signupId}/review`).set(admin.headers).send({ decision: 'approve' })
    expect(res.status).toBe(200)
  } finally {
    mockCrash.afterStateChange = false
  }
  return { applicant, eventId: `staffSignup.approved:${signupId}` }
}

async function outcome(applicant: SignedIn, eventId: string) {
  const entries = await inboxEntryModel(t.db).find({ userId: applicant.userId }).lean()
  const record = await noticeModel(t.db).findById(`${eventId}:${applicant.userId}:wechat`).lean()
  const sends = wechatSendsByEntry(t.wechat)
  return {
    inbox: entries.length,
    wechat: entries.reduce((n, e) => n + (sends.get(String(e._id)) ?? 0), 0),
    status: record?.status
  }
}

describe('a crash at any step loses no notice and sends none twice', () => {
  it('crash after the state change, before any relay: the sweep on restart relays it', async () => {
    const { applicant, eventId } = await approvedWithoutRelay()
    expect(await inboxEntryModel(t.db).countDocuments({ userId: applicant.userId })).toBe(0)
    await restart()
    expect(await outcome(applicant, eventId)).toEqual({ inbox: 1, wechat: 1, status: 'sent' })
  })

  const cases: [NoticeStep, { wechat: number; status: string }][] = [
    ['relay.inboxWritten', { wechat: 1, status: 'sent' }],
    ['relay.recorded', { wechat: 1, status: 'sent' }],
    ['dispatch.claimed', { wechat: 1, status: 'sent' }],
    ['dispatch.sendingMarked', { wechat: 0, status: 'unconfirmed' }],
    ['dispatch.sent', { wechat: 1, status: 'unconfirmed' }],
    ['dispatch.recorded', { wechat: 1, status: 'sent' }]
  ]

  it.each(cases)('crash at %s, then restart', async (step, expected) => {
    const { applicant, eventId } = await approvedWithoutRelay()
    const faults = crashAt(step, step.startsWith('relay') ? eventId : `${eventId}:${applicant.userId}:wechat`)
    const run = async () => {
      await sweepPendingEvents(t.deps, { faults })
      await drainNotices(t.deps, { faults, concurrency: 1 })
    }
    await expect(run()).rejects.toBeInstanceOf(SimulatedCrash)
    await restart()
    expect(await outcome(applicant, eventId)).toEqual({ inbox: 1, ...expected })
    const left = await noticeModel(t.db).countDocuments({ eventId, status: 'pending' })
    expect(left).toBe(0)
  })

  it('survives random crashes at random steps over many notices: inbox exactly once, WeChat at most once, and exactly once when sent', async () => {
    const people: { applicant: SignedIn; eventId: string }[] = []
    for (let i = 0; i < 12; i++) people.push(await approvedWithoutRelay())
    let seed = 20250303
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647)
    const faults = (step: NoticeStep) => {
      if (random() < 0.15) throw new SimulatedCrash(step)
    }
    for (let round = 0; round < 60; round++) {
      try {
        await sweepPendingEvents(t.deps, { faults })
        await drainNotices(t.deps, { faults, concurrency: 3, batchSize: 4 })
      } catch (err) {
        if (!(err instanceof SimulatedCrash)) throw err
      }
      t.clock.advance(LEASE_MS + 1000)
    }
    await restart()
    const results = await Promise.all(people.map((p) => outcome(p.applicant, p.eventId)))
    for (const r of results) {
      expect(r.inbox).toBe(1)
      expect(['sent', 'unconfirmed']).toContain(r.status)
      if (r.status === 'sent') expect(r.wechat).toBe(1)
      else expect(r.wechat).toBeLessThanOrEqual(1)
    }
    expect(results.filter((r) => r.status === 'sent').length).toBeGreaterThan(0)
  }, 30_000)

  it('the jobs the runtime starts sweep on start, then keep draining until stopped', async () => {
    const { applicant, eventId } = await approvedWithoutRelay()
    const worker = t.runtime.startJobs()
    try {
      const until = Date.now() + 10_000
      while ((await outcome(applicant, eventId)).status !== 'sent') {
        if (Date.now() > until) throw new Error('the worker did not deliver the notice')
        await new Promise((r) => setTimeout(r, 20))
      }
      const second = await approvedWithoutRelay()
      t.clock.advance(20_000)
      while ((await outcome(second.applicant, second.eventId)).status !== 'sent') {
        if (Date.now() > until) throw new Error('the worker did not sweep the later event')
        await new Promise((r) => setTimeout(r, 20))
      }
    } finally {
      await worker.stop()
    }
    expect(await outcome(applicant, eventId)).toEqual({ inbox: 1, wechat: 1, status: 'sent' })
  })
})
