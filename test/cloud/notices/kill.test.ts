/**
 * The dispatcher is killed for real (SIGKILL, mid-drain, in a process of its own) and started again:
 * every notice still reaches the inbox once, and WeChat at most once (exactly once unless the kill
 * fell inside a send, which leaves the notice `unconfirmed`).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { Types } from 'mongoose'
import { systemClock } from '../../../cloud/src/lib/clock'
import { SUBSCRIBE_SEND_PATH } from '../../../cloud/src/modules/notices/channels/wechat'
import { noticeEvent } from '../../../cloud/src/lib/notices'
import { inboxEntryModel, noticeModel } from '../../../cloud/src/modules/notices/model'
import { relayEvents } from '../../../cloud/src/modules/notices/relay'
import { userModel } from '../../../cloud/src/modules/users/model'
import { startTestMongo, type TestMongo } from '../../helpers/mongo'
import { startTestApp, type TestApp } from '../helpers/testApp'
import { wechatSendsByEntry } from './helpers'

jest.setTimeout(60_000)

const ROOT = join(__dirname, '../../..')
const NOTICES = 240
const LEASE_MS = 1000

let mongo: TestMongo
let t: TestApp

beforeAll(async () => {
  mongo = await startTestMongo()
  t = await startTestApp({ mongo, env: { WECHAT_LONG_TERM_TEMPLATES: 'reviewResult' } })
})
afterAll(async () => {
  await t.stop()
  await mongo.stop()
})

function startDispatcher(): { child: ChildProcess; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'dispatcherProcess.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      MONGO_URI: mongo.uri.replace(/\/[^/?]*(\?|$)/, '/$1'),
      DB_NAME: t.db.name,
      WECHAT_BASE: t.wechat.baseUrl,
      LEASE_MS: String(LEASE_MS)
    },
    stdio: ['ignore', 'pipe', 'inherit']
  })
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return { child, exited }
}

async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 20))
  }
}

it('survives SIGKILL in the middle of a drain', async () => {
  t.deps.clock = systemClock
  const users = await userModel(t.db).insertMany(
    Array.from({ length: 40 }, (_, i) => ({ role: 'resident', displayName: `居民${i}`, townshipId: new Types.ObjectId(t.township.id), openid: `o-kill-${i}` }))
  )
  const now = new Date()
  await relayEvents(
    t.deps,
    Array.from({ length: NOTICES }, (_, i) =>
      noticeEvent('staffSignup.approved', {
        subjectType: 'kill-test',
        subjectId: `k${i}`,
        audience: [{ kind: 'user', userId: String(users[i % users.length]!._id), as: 'self' }],
        occurredAt: now
      })
    )
  )

  const first = startDispatcher()
  await until(() => t.wechat.state.acceptedCallsTo(SUBSCRIBE_SEND_PATH).length >= NOTICES / 3, 'a third of the sends')
  first.child.kill('SIGKILL')
  await first.exited
  const beforeRestart = t.wechat.state.acceptedCallsTo(SUBSCRIBE_SEND_PATH).length
  expect(beforeRestart).toBeLessThan(NOTICES)

  await new Promise((r) => setTimeout(r, LEASE_MS + 200))
  const second = startDispatcher()
  expect(await second.exited).toBe(0)

  const records = await noticeModel(t.db).find({ subjectType: 'kill-test', channel: 'wechat' }).lean()
  expect(records).toHaveLength(NOTICES)
  const sends = wechatSendsByEntry(t.wechat)
  const entries = await inboxEntryModel(t.db).find({ subjectType: 'kill-test' }).lean()
  expect(entries).toHaveLength(NOTICES)
  const byEntry = new Map(entries.map((e) => [e.key, String(e._id)]))
  let unconfirmed = 0
  for (const r of records) {
    const n = sends.get(byEntry.get(`${r.eventId}:${String(r.userId)}`)!) ?? 0
    if (r.status === 'sent') expect(n).toBe(1)
    else {
      expect(r.status).toBe('unconfirmed')
      expect(n).toBeLessThanOrEqual(1)
      unconfirmed += 1
    }
  }
  expect(unconfirmed).toBeLessThanOrEqual(4)
  expect(Math.max(...sends.values())).toBe(1)
})
