/**
 * What the benchmarks share: a deterministic random source and the backend started the way every
 * benchmark runs it (loopback, a free port, its own data directory, a fixed clock, quiet logs).
 */
import type { Connection } from 'mongoose'
import { startServer, type RunningServer } from '../../cloud/src/server'
import { fixedClock } from '../../cloud/src/lib/clock'

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

/**
 * The backend on 127.0.0.1 (a free port) with its embedded database in `dataDir` (or MONGODB_URI),
 * the clock fixed at `now`, NODE_ENV=test and logs silent unless LOG_LEVEL says; `seed` runs before
 * the first request.
 */
export function startBenchServer(opts: { dataDir: string; now: string; seed: (db: Connection) => Promise<unknown> }): Promise<RunningServer> {
  return startServer({
    host: '127.0.0.1',
    port: 0,
    dataDir: opts.dataDir,
    handleSignals: false,
    clock: fixedClock(opts.now),
    env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent', DATA_DIR: opts.dataDir },
    seed: opts.seed
  })
}
