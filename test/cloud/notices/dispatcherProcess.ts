/**
 * A dispatcher in a process of its own, for the kill test: connects to the database and the fake
 * WeChat named in the environment and drains the outbox until nothing is due, then exits.
 * Env: MONGO_URI, DB_NAME, WECHAT_BASE, LEASE_MS.
 */
import { loadConfig } from '../../../cloud/src/config/env'
import { systemClock } from '../../../cloud/src/lib/clock'
import { connectDb } from '../../../cloud/src/lib/db'
import { createLogger } from '../../../cloud/src/lib/logger'
import { drainNotices } from '../../../cloud/src/modules/notices/dispatcher'
import { coreDepsFrom, createRuntime } from '../../../cloud/src/runtime'

async function main(): Promise<void> {
  const env = process.env
  const config = loadConfig({ NODE_ENV: 'test', WECHAT_API_BASE: env.WECHAT_BASE, WECHAT_TIMEOUT_MS: '1500' })
  const db = await connectDb(env.MONGO_URI!, env.DB_NAME)
  const { deps } = createRuntime(coreDepsFrom({ config, db, clock: systemClock, logger: createLogger({ logLevel: 'silent' }), wechatBaseUrl: env.WECHAT_BASE! }))
  process.stdout.write('ready\n')
  await drainNotices(deps, { concurrency: 4, batchSize: 8, leaseMs: Number(env.LEASE_MS ?? 1000) })
  await db.close()
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
