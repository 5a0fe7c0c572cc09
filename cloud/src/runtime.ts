import { hostname } from 'node:os'
import path from 'node:path'
import type { Connection } from 'mongoose'
import type { Logger } from 'pino'
import { createApp, type XlbApp } from './app'
import type { AppConfig } from './config/env'
import type { AppDeps, Clock, CoreDeps } from './lib/deps'
import { ensureModelIndexes } from './lib/db'
import { idempotencyModel } from './lib/idempotency'
import { randomIds, type IdGenerator } from './lib/ids'
import { claimLease, leaseModel } from './lib/lease'
import { planModules, type JobSpec, type ModelFactory, type ModuleManifest, type ModulePlan } from './lib/module'
import { runPeriodically, type PeriodicJob } from './lib/periodic'
import { systemRequest } from './lib/requestContext'
import { localDiskStorage, s3Storage, type FileStorage } from './lib/storage'
import { createWechatClient } from './lib/wechat/client'
import { MODULES } from './modules'

/** Models of the ground floor itself: stored idempotent answers and job leases. */
const LIB_MODELS: readonly ModelFactory[] = [idempotencyModel, leaseModel]

/** What one job did in a single round (timer trigger). */
export interface JobRoundReport {
  job: string
  outcome: 'ran' | 'skipped' | 'failed'
  /** Why it was skipped (another replica holds the lease) or failed. */
  detail: string | null
}

/** The jobs running on a long-lived server. */
export interface RunningJobs {
  stop(): Promise<void>
}

/** One backend, built from the module list: the same routes, models, jobs and notice relays everywhere. */
export interface Runtime {
  deps: AppDeps
  app: XlbApp
  plan: ModulePlan
  /** Registers every model on the connection and waits until their indexes exist (unique indexes guard races). */
  ensureIndexes(): Promise<void>
  /** Starts every module's jobs on timers (a long-lived server). */
  startJobs(): RunningJobs
  /** Runs every module's jobs once, one after another (a cloud function's timer trigger). */
  runJobsOnce(): Promise<JobRoundReport[]>
}

/** How long an exclusive job's lease lasts: a little less than its interval, so the next round can claim it. */
const leaseMsOf = (intervalMs: number) => Math.max(intervalMs - 1000, 1000)

/**
 * Builds the backend from the modules: the registry the relay and the push endpoint look things up in,
 * the Koa app with every route, and the jobs. The server and the cloud function both start here.
 */
export function createRuntime(core: CoreDeps, modules: readonly ModuleManifest[] = MODULES): Runtime {
  const plan = planModules(modules)
  const deps: AppDeps = { ...core, registry: plan.registry, request: systemRequest('runtime') }
  const app = createApp(deps, plan)
  const holder = `${hostname()}:${process.pid}:${core.ids.hex(4)}`
  let ranOnce = false

  const jobDeps = (job: JobSpec): AppDeps => ({ ...deps, request: systemRequest(`job:${job.name}`) })
  const mayRun = async (job: JobSpec) => !job.exclusive || (await claimLease(core, job.name, holder, leaseMsOf(job.intervalMs(core.config))))

  return {
    deps,
    app,
    plan,
    async ensureIndexes() {
      await ensureModelIndexes([...LIB_MODELS, ...plan.models].map((model) => model(core.db)))
    },
    startJobs() {
      const running: PeriodicJob[] = plan.jobs.map((job) => {
        let first = true
        return runPeriodically({
          name: job.name,
          intervalMs: job.intervalMs(core.config),
          firstDelayMs: job.firstDelayMs,
          logger: core.logger,
          round: async (stopRequested) => {
            if (!(await mayRun(job))) return
            const wasFirst = first
            first = false
            await job.run(jobDeps(job), { first: wasFirst, stopRequested })
          }
        })
      })
      return { stop: async () => void (await Promise.all(running.map((j) => j.stop()))) }
    },
    async runJobsOnce() {
      const first = !ranOnce
      ranOnce = true
      const reports: JobRoundReport[] = []
      for (const job of plan.jobs) {
        try {
          if (!(await mayRun(job))) {
            reports.push({ job: job.name, outcome: 'skipped', detail: '另一个实例正在运行' })
            continue
          }
          await job.run(jobDeps(job), { first, stopRequested: () => false })
          reports.push({ job: job.name, outcome: 'ran', detail: null })
        } catch (err) {
          core.logger.error({ err, job: job.name }, 'job round failed')
          reports.push({ job: job.name, outcome: 'failed', detail: err instanceof Error ? err.message : String(err) })
        }
      }
      return reports
    }
  }
}

/**
 * The file storage the configuration names: an S3-compatible bucket, or local disk under
 * `<DATA_DIR>/uploads` whose signed URLs use PUBLIC_BASE_URL (or, in development, `ownUrl` once the
 * server listens).
 */
export function storageFromConfig(config: AppConfig, ownUrl: () => string | null = () => null): FileStorage {
  if (config.storage.kind === 's3') return s3Storage(config.storage)
  return localDiskStorage({
    root: path.join(config.dataDir, 'uploads'),
    publicBaseUrl: () => config.publicBaseUrl ?? ownUrl(),
    signingKey: config.keys.fileUrls
  })
}

/** The core deps from a configuration and a database connection, with the WeChat client at `wechatBaseUrl`. */
export function coreDepsFrom(opts: {
  config: AppConfig
  db: Connection
  logger: Logger
  clock: Clock
  wechatBaseUrl: string
  storage?: FileStorage
  ids?: IdGenerator
  ownUrl?: () => string | null
}): CoreDeps {
  const { config, clock } = opts
  return {
    db: opts.db,
    clock,
    config,
    logger: opts.logger,
    ids: opts.ids ?? randomIds,
    storage: opts.storage ?? storageFromConfig(config, opts.ownUrl),
    wechat: createWechatClient({
      baseUrl: opts.wechatBaseUrl,
      appId: config.wechat.appId,
      secret: config.wechat.secret,
      mode: config.wechat.mode,
      timeoutMs: config.wechat.timeoutMs,
      clock
    })
  }
}
