import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { loadConfig } from '../../cloud/src/config/env'
import { startServer } from '../../cloud/src/server'
import type { Clock } from '../../cloud/src/lib/deps'
import { seedDemo } from '../../scripts/seed/seedDemo'
import { startTestMongo } from './mongo'

export const REPO_ROOT = resolve(__dirname, '../..')
export const H5_DIR = join(REPO_ROOT, 'dist', 'h5')

export interface RunningApp {
  /** Origin serving `/api` (and the H5 build), e.g. `http://127.0.0.1:41234`. */
  url: string
  stop(): Promise<void>
}

/**
 * The real backend on a free loopback port over a fresh test database filled with the 新界埠镇
 * demo data (guides, demo persons for the dev login), serving `dist/h5` next to `/api`.
 * Needs no H5 build unless a browser loads pages from it. A `clock` fixes the server's time
 * (appointments are bookable and checked in relative to it).
 */
export async function startSeededApp(opts: { clock?: Clock } = {}): Promise<RunningApp> {
  const env = { ...process.env, NODE_ENV: 'test' }
  const config = loadConfig(env)
  const mongo = await startTestMongo()
  const log = console.log
  console.log = () => undefined
  try {
    const server = await startServer({
      port: 0,
      host: '127.0.0.1',
      mongodbUri: mongo.uri,
      h5Dir: H5_DIR,
      seed: async (db) => {
        await seedDemo(db, { config, now: opts.clock?.now() ?? new Date() })
      },
      handleSignals: false,
      env,
      ...(opts.clock ? { clock: opts.clock } : {})
    })
    return {
      url: server.url,
      async stop() {
        await server.stop()
        await mongo.stop()
      }
    }
  } catch (err) {
    await mongo.stop()
    throw err
  } finally {
    console.log = log
  }
}

/**
 * The whole app as a browser sees it: `startSeededApp()` with the H5 build on the same origin.
 * Throws a plain message when `dist/h5` has not been built.
 */
export async function startAppForBrowser(opts: { clock?: Clock } = {}): Promise<RunningApp> {
  if (!existsSync(join(H5_DIR, 'index.html'))) {
    throw new Error('dist/h5 is missing: run `npm run build:h5` before the e2e tests')
  }
  return startSeededApp(opts)
}
