/**
 * `npm run keys:reencrypt`: after a new ID_ENCRYPTION_KEY (with ID_ENCRYPTION_KEY_VERSION raised and
 * the old key in ID_ENCRYPTION_OLD_KEYS) is rolled out to every replica, re-encrypts the personal
 * data every module declares under the new key. Replicas keep serving while it runs; run it again
 * until nothing is skipped, then drop the old key. Against MONGODB_URI, or the embedded database's
 * DATA_DIR when the app is stopped. Prints one line of JSON per collection, then the totals.
 */
import path from 'node:path'
import { loadConfig } from '../cloud/src/config/env'
import { connectDb } from '../cloud/src/lib/db'
import { reencryptFields } from '../cloud/src/lib/fieldKeys'
import { planModules } from '../cloud/src/lib/module'
import { MODULES } from '../cloud/src/modules'
import { EMBEDDED_DB_NAME } from '../cloud/src/server'

async function main(): Promise<void> {
  const config = loadConfig()
  const stops: (() => Promise<void>)[] = []
  let uri = config.mongodbUri
  let dbName: string | undefined
  if (!uri) {
    const { startEmbeddedMongo } = await import('../cloud/src/lib/embeddedMongo')
    const embedded = await startEmbeddedMongo({ dataDir: path.resolve(config.dataDir), host: '127.0.0.1' })
    stops.push(() => embedded.stop())
    uri = embedded.uri
    dbName = EMBEDDED_DB_NAME
  }
  const db = await connectDb(uri, dbName)
  stops.push(() => db.close())
  try {
    const reports = await reencryptFields(db, config.keys.idEncryption, planModules(MODULES).registry.encryptedFields)
    for (const r of reports) console.log(JSON.stringify(r))
    const sum = (k: 'scanned' | 'reencrypted' | 'skipped') => reports.reduce((n, r) => n + r[k], 0)
    console.log(JSON.stringify({ keyVersion: config.keys.idEncryption.current, scanned: sum('scanned'), reencrypted: sum('reencrypted'), skipped: sum('skipped') }))
  } finally {
    for (const stop of stops.reverse()) await stop()
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err)
  process.exit(1)
})
