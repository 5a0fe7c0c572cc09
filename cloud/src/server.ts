import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import type { Connection } from 'mongoose'
import type { Logger } from 'pino'
import { loadConfig, type AppConfig } from './config/env'
import type { AppDeps, Clock } from './lib/deps'
import { systemClock } from './lib/clock'
import { connectDb } from './lib/db'
import { createLogger } from './lib/logger'
import type { ModuleManifest } from './lib/module'
import { createStaticHandler } from './lib/staticFiles'
import type { FakeWechat } from './lib/wechat/fakeServer'
import { MODULES } from './modules'
import { coreDepsFrom, createRuntime } from './runtime'

/** The database name inside the embedded server. */
export const EMBEDDED_DB_NAME = 'xiangliban'

export interface StartServerOptions {
  port?: number
  host?: string
  /** Files of the embedded database (used when no MongoDB URI is configured). */
  dataDir?: string
  mongodbUri?: string
  /** The H5 build served next to /api; `dist/h5` unless said. */
  h5Dir?: string
  /** Runs after the database is ready and before the first request (e.g. demo data). */
  seed?: (db: Connection) => Promise<unknown>
  clock?: Clock
  log?: Logger
  /** Environment to configure from; process.env unless said. */
  env?: Record<string, string | undefined>
  /** Stop cleanly on SIGINT/SIGTERM; true unless said. */
  handleSignals?: boolean
  /** The modules to run; every module unless said. */
  modules?: readonly ModuleManifest[]
}

export interface RunningServer {
  url: string
  port: number
  deps: AppDeps
  stop(): Promise<void>
}

/**
 * Starts the whole backend on one origin: `/api` from createApp and the H5 build for every other
 * path. Uses MONGODB_URI or starts the embedded MongoDB-compatible server, and the local fake
 * WeChat API when no WECHAT_API_BASE is configured outside production.
 */
export async function startServer(opts: StartServerOptions = {}): Promise<RunningServer> {
  const config: AppConfig = loadConfig(opts.env ?? process.env)
  const logger = opts.log ?? createLogger(config)
  const cleanups: (() => Promise<void>)[] = []
  const cleanup = async () => {
    for (const fn of cleanups.splice(0).reverse()) await fn().catch((err: unknown) => logger.error({ err }, 'shutdown step failed'))
  }

  try {
    let uri = opts.mongodbUri ?? config.mongodbUri
    let dbName: string | undefined
    if (!uri) {
      if (config.isProduction) throw new Error('生产环境必须设置 MONGODB_URI')
      const dataDir = path.resolve(opts.dataDir ?? config.dataDir)
      // Loaded only here: production (MONGODB_URI) never pays for the embedded server at start.
      const { startEmbeddedMongo } = await import('./lib/embeddedMongo')
      const embedded = await startEmbeddedMongo({ dataDir, host: '127.0.0.1' })
      cleanups.push(() => embedded.stop())
      uri = embedded.uri
      dbName = EMBEDDED_DB_NAME
      console.log(`使用内置数据库（embedded MongoDB-compatible server），数据目录：${path.resolve(embedded.dataDir ?? dataDir)}`)
    }
    const db = await connectDb(uri, dbName)
    cleanups.push(() => db.close())

    let apiBase = config.wechat.apiBase
    let fake: FakeWechat | null = null
    if (!apiBase) {
      const { startFakeWechat } = await import('./lib/wechat/fakeServer')
      const started = await startFakeWechat()
      fake = started
      cleanups.push(() => started.stop())
      apiBase = started.baseUrl
      console.log(`使用模拟微信接口（仅本机，开发演示用）：${started.baseUrl}`)
    }
    const clock = opts.clock ?? systemClock
    let ownUrl: string | null = null
    const runtime = createRuntime(coreDepsFrom({ config, db, logger, clock, wechatBaseUrl: apiBase, ownUrl: () => ownUrl }), opts.modules ?? MODULES)
    const { deps } = runtime
    await runtime.ensureIndexes()
    if (opts.seed) await opts.seed(db)

    const api = runtime.app.callback()
    const h5 = createStaticHandler(path.resolve(opts.h5Dir ?? config.h5Dir))
    const server = http.createServer((req, res) => {
      const pathname = (req.url ?? '/').split('?')[0]!
      if (pathname === '/api' || pathname.startsWith('/api/')) return void api(req, res)
      h5(req, res).catch((err: unknown) => {
        logger.error({ err }, 'static file error')
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
        res.end('服务器出了点问题，请稍后再试')
      })
    })
    server.requestTimeout = 60_000
    // Longer than a proxy's idle timeout (Cloud Hosting, nginx: 60 s), so the proxy, not the server,
    // closes idle keep-alive connections and no request lands on a socket being closed.
    server.keepAliveTimeout = 65_000
    server.headersTimeout = 66_000
    const host = opts.host ?? config.host
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(opts.port ?? config.port, host, () => resolve())
    })
    cleanups.push(
      () =>
        new Promise<void>((resolve) => {
          server.close(() => resolve())
          server.closeAllConnections()
        })
    )
    const jobs = runtime.startJobs()
    cleanups.push(() => jobs.stop())
    const port = (server.address() as AddressInfo).port
    const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host
    const url = `http://${shownHost}:${port}`
    ownUrl = url
    fake?.state.pushMediaVerdicts({ url: `${url}/api/wechat/push`, token: config.wechat.pushToken, now: () => clock.now() })

    let stopping: Promise<void> | null = null
    const stop = () => (stopping ??= cleanup())
    if (opts.handleSignals ?? true) {
      const onSignal = (signal: NodeJS.Signals) => {
        logger.info({ signal }, 'shutting down')
        const force = setTimeout(() => process.exit(1), 10_000)
        force.unref()
        void stop().then(() => process.exit(0))
      }
      process.once('SIGINT', onSignal)
      process.once('SIGTERM', onSignal)
      cleanups.unshift(async () => {
        process.removeListener('SIGINT', onSignal)
        process.removeListener('SIGTERM', onSignal)
      })
    }
    return { url, port, deps, stop }
  } catch (err) {
    await cleanup()
    throw err
  }
}

/** `node server.js`: starts the backend from the environment and says where it listens; exits 1 on a failed start. */
export function serverMain(): void {
  startServer()
    .then(({ url }) => console.log(`乡里办已启动：${url}`))
    .catch((err: unknown) => {
      console.error(err instanceof Error ? err.message : err)
      process.exit(1)
    })
}

if (process.argv[1] && path.resolve(process.argv[1]) === __filename) serverMain()
