import path from 'node:path'
import { CongoServer } from '../../vendor/congodb'

export interface EmbeddedMongoOptions {
  /** Directory for the data files; `null` (the default) keeps everything in memory. */
  dataDir?: string | null
  /** TCP port; 0 (the default) picks a free one. */
  port?: number
  /** Loopback address to bind; 127.0.0.1 unless said. Anything but a loopback address is refused. */
  host?: string
}

export interface EmbeddedMongo {
  /** Connection string for the mongodb driver / mongoose (`directConnection=true`, no database name). */
  uri: string
  port: number
  /** Absolute data directory, or null when in memory. */
  dataDir: string | null
  /** Makes every acknowledged write durable on disk now (resolves at once when in memory). */
  flush(): Promise<void>
  /** Stops listening, closes client connections and writes pending changes to disk. Idempotent. */
  stop(): Promise<void>
}

const LOOPBACK = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|localhost)$/

/**
 * Starts the embedded MongoDB-wire-compatible server (vendored congodb) on a loopback address.
 *
 * Contract:
 * - Speaks the MongoDB wire protocol as a standalone server: use the official `mongodb` driver or
 *   mongoose with the returned `uri`.
 * - Unique indexes (sparse, partial, compound, `_id`) are enforced with E11000 errors shaped like
 *   mongod's; every write command is atomic with respect to other commands on the same collection.
 * - With `dataDir`, data and index definitions are persisted as Extended JSON (types kept exactly) in
 *   an append-only log compacted into a snapshot: a write is in the log before it is acknowledged
 *   (it survives a crash of the process), on disk (fsynced) within ~200 ms, at once on `flush()` and
 *   on `stop()`; one process per directory.
 * - Queries use the indexes (equality, `$in`, ranges, `$or`, sorts on indexed fields).
 * - Not supported (answered with a MongoDB error): transactions, change streams, `$text`, collations,
 *   authentication.
 *
 * @throws when `host` is not a loopback address, the port is taken or the data directory is in use.
 */
export async function startEmbeddedMongo(opts: EmbeddedMongoOptions = {}): Promise<EmbeddedMongo> {
  const host = opts.host ?? '127.0.0.1'
  if (!LOOPBACK.test(host)) {
    throw new Error(`embedded MongoDB only listens on loopback addresses, not ${host}`)
  }
  const dataDir = opts.dataDir ? path.resolve(opts.dataDir) : null
  const server = new CongoServer({
    host,
    port: opts.port ?? 0,
    storage: dataDir ? 'file' : 'memory',
    ...(dataDir ? { storagePath: dataDir } : {})
  })
  await server.start()

  let stopping: Promise<void> | null = null
  const uriHost = host.includes(':') ? `[${host}]` : host
  return {
    uri: `mongodb://${uriHost}:${server.port}/?directConnection=true`,
    port: server.port,
    dataDir,
    flush: () => server.flush(),
    stop: () => (stopping ??= server.stop())
  }
}
