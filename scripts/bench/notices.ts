/**
 * `tsx scripts/bench/notices.ts`: the notice outbox under load. Starts the embedded database (in
 * memory, or MONGODB_URI) and the fake WeChat API, relays 10,000 notice events for 1,000 residents
 * (inbox entry + WeChat outbox record each), then drains the outbox with the real dispatcher — two
 * dispatchers side by side, as two replicas would run, four sends at a time each — and counts at
 * the fake server what was delivered and whether anything arrived twice. Progress goes to stderr;
 * the last line of stdout is the JSON result.
 */
import { performance } from 'node:perf_hooks'
import { Types, type Connection } from 'mongoose'
import { loadConfig } from '../../cloud/src/config/env'
import { systemClock } from '../../cloud/src/lib/clock'
import { connectDb } from '../../cloud/src/lib/db'
import { startEmbeddedMongo } from '../../cloud/src/lib/embeddedMongo'
import { createLogger } from '../../cloud/src/lib/logger'
import { startFakeWechat } from '../../cloud/src/lib/wechat/fakeServer'
import { SUBSCRIBE_SEND_PATH } from '../../cloud/src/modules/notices/channels/wechat'
import { drainNotices } from '../../cloud/src/modules/notices/dispatcher'
import { noticeEvent } from '../../cloud/src/lib/notices'
import { noticeModel } from '../../cloud/src/modules/notices/model'
import { relayEvents } from '../../cloud/src/modules/notices/relay'
import { userModel } from '../../cloud/src/modules/users/model'
import { coreDepsFrom, createRuntime } from '../../cloud/src/runtime'

const NOTICES = 10_000
const RESIDENTS = 1_000
const RELAY_BATCH = 500
const DISPATCHERS = 2
const CONCURRENCY = 4

const log = (msg: string) => process.stderr.write(`${msg}\n`)

async function seedResidents(db: Connection, townshipId: Types.ObjectId): Promise<string[]> {
  const docs = Array.from({ length: RESIDENTS }, (_, i) => ({
    _id: new Types.ObjectId(),
    role: 'resident',
    displayName: `居民${i + 1}`,
    townshipId,
    openid: `o-bench-${i + 1}`
  }))
  await userModel(db).insertMany(docs)
  return docs.map((d) => String(d._id))
}

async function main(): Promise<void> {
  const external = process.env.MONGODB_URI
  const embedded = external ? null : await startEmbeddedMongo({ dataDir: null })
  const fake = await startFakeWechat()
  const db = await connectDb(external ?? embedded!.uri, `bench_notices_${Date.now().toString(36)}`)
  try {
    const config = loadConfig({
      NODE_ENV: 'test',
      WECHAT_API_BASE: fake.baseUrl,
      WECHAT_LONG_TERM_TEMPLATES: 'reviewResult'
    })
    const runtime = createRuntime(coreDepsFrom({ config, db, clock: systemClock, logger: createLogger({ logLevel: 'silent' }), wechatBaseUrl: fake.baseUrl }))
    const { deps } = runtime
    await runtime.ensureIndexes()
    const townshipId = new Types.ObjectId()
    const residents = await seedResidents(db, townshipId)

    const t0 = performance.now()
    for (let start = 0; start < NOTICES; start += RELAY_BATCH) {
      const now = deps.clock.now()
      const events = Array.from({ length: Math.min(RELAY_BATCH, NOTICES - start) }, (_, k) => {
        const i = start + k
        return noticeEvent('staffSignup.approved', {
          subjectType: 'bench',
          subjectId: `bench-${i}`,
          townshipId: String(townshipId),
          audience: [{ kind: 'user', userId: residents[i % RESIDENTS]!, as: 'self' }],
          data: { reviewedAt: now.toISOString() },
          occurredAt: now
        })
      })
      await relayEvents(deps, events)
      if ((start + RELAY_BATCH) % 2000 === 0) log(`  enqueued ${start + RELAY_BATCH}`)
    }
    const enqueueMs = performance.now() - t0
    const enqueued = await noticeModel(db).countDocuments({ channel: 'wechat', status: 'pending' })
    log(`enqueued ${enqueued} WeChat notices (+ ${NOTICES} inbox entries) in ${(enqueueMs / 1000).toFixed(1)} s`)

    const t1 = performance.now()
    const reports = await Promise.all(
      Array.from({ length: DISPATCHERS }, () => drainNotices(deps, { concurrency: CONCURRENCY, batchSize: 200 }))
    )
    const drainMs = performance.now() - t1
    for (const [i, r] of reports.entries()) log(`dispatcher ${i + 1}: ${JSON.stringify(r)}`)

    const accepted = fake.state.acceptedCallsTo(SUBSCRIBE_SEND_PATH)
    const perNotice = new Map<string, number>()
    for (const call of accepted) {
      const page = (call.body as { page?: string }).page ?? ''
      perNotice.set(page, (perNotice.get(page) ?? 0) + 1)
    }
    const delivered = perNotice.size
    const duplicates = accepted.length - delivered
    const stillPending = await noticeModel(db).countDocuments({ status: 'pending' })
    log(`drained in ${(drainMs / 1000).toFixed(1)} s; token fetches ${fake.state.tokenFetches}; still pending ${stillPending}`)
    console.log(
      JSON.stringify({
        bench: 'notices',
        enqueued,
        delivered,
        duplicates,
        perSecond: Math.round(delivered / (drainMs / 1000))
      })
    )
    if (delivered !== NOTICES || duplicates !== 0) process.exitCode = 1
  } finally {
    await db.dropDatabase().catch(() => undefined)
    await db.close()
    await fake.stop()
    await embedded?.stop()
  }
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
