/**
 * What the benchmarks share: a deterministic random source, and the backend started as production
 * runs it — its own process (scripts/bench/serverProcess.ts) on loopback, beside the database (the
 * embedded server in this process with its data directory, or MONGODB_URI) and a stand-in for WeChat
 * (the fake WeChat API in this process, as the network would be). The clock of the backend is fixed.
 * BENCH_CPU_PROF=<dir> writes a CPU profile of the backend process there.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import type { Connection } from 'mongoose'
import { loadConfig } from '../../cloud/src/config/env'
import { fixedClock } from '../../cloud/src/lib/clock'
import { connectDb } from '../../cloud/src/lib/db'
import { startEmbeddedMongo, type EmbeddedMongo } from '../../cloud/src/lib/embeddedMongo'
import { createLogger } from '../../cloud/src/lib/logger'
import { startFakeWechat } from '../../cloud/src/lib/wechat/fakeServer'
import { coreDepsFrom, createRuntime } from '../../cloud/src/runtime'

const ROOT = join(__dirname, '../..')

/** Deterministic PRNG (mulberry32), so every run makes the same data and asks the same questions. */
export function rng(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]! }
}

export interface BenchServer {
  /** Origin of the backend, e.g. `http://127.0.0.1:41234`. */
  url: string
  /** This process's connection to the backend's database (for seeding and checking invariants). */
  db: Connection
  stop(): Promise<void>
}

/** Spawns scripts/bench/serverProcess.ts with `env` and answers its URL once it listens. */
function spawnServer(env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', join(ROOT, 'scripts/bench/serverProcess.ts')], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit']
  })
  return new Promise((resolve, reject) => {
    let out = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const m = /listening (\S+)/.exec(out)
      if (m) resolve({ url: m[1]!, child })
    })
    child.once('exit', (code) => reject(new Error(`the backend exited with ${code} before it listened`)))
  })
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((r) => child.once('exit', r))
  child.kill('SIGTERM')
  await exited
}

/**
 * The backend in its own process against a database prepared here: indexes built, then `seed` run on
 * this process's connection before the backend starts. NODE_ENV=test, logs silent unless LOG_LEVEL
 * says, the backend's clock fixed at `now`.
 */
export async function startBenchServer(opts: { dataDir: string; now: string; seed: (db: Connection) => Promise<unknown> }): Promise<BenchServer> {
  const external = process.env.MONGODB_URI
  const embedded: EmbeddedMongo | null = external ? null : await startEmbeddedMongo({ dataDir: opts.dataDir })
  const uri = external ?? embedded!.uri.replace('/?', '/xlb_bench?')
  const fake = await startFakeWechat()
  const env = { NODE_ENV: 'test', LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent', DATA_DIR: opts.dataDir, WECHAT_API_BASE: fake.baseUrl }
  const db = await connectDb(uri)
  const config = loadConfig(env)
  const runtime = createRuntime(coreDepsFrom({ config, db, clock: fixedClock(opts.now), logger: createLogger(config), wechatBaseUrl: fake.baseUrl }))
  await runtime.ensureIndexes()
  await opts.seed(db)
  const { url, child } = await spawnServer({ ...env, MONGODB_URI: uri, BENCH_NOW: opts.now })
  return {
    url,
    db,
    async stop() {
      await stopChild(child)
      await db.close()
      await fake.stop()
      await embedded?.stop()
    }
  }
}

/** A Koa app with one JSON route in its own process, started like the backend: the floor bench:api compares with. */
export async function startBareKoa(): Promise<{ url: string; stop(): Promise<void> }> {
  const { url, child } = await spawnServer({ BENCH_BARE: '1' })
  return { url: `${url}/`, stop: () => stopChild(child) }
}
