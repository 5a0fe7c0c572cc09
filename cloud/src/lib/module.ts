import type { Middleware } from 'koa'
import type { Connection, Model } from 'mongoose'
import type { AppConfig } from '../config/env'
import type { AppDeps, ModuleRegistry, WechatEventHandler } from './deps'
import { CORE_ENCRYPTED_FIELDS, type EncryptedFields } from './fieldKeys'
import type { NoticeCatalog, NoticeSource } from './notices'
import type { RouteSpec } from './routes'

/** A model factory: the model of one collection on a connection (models are per connection). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ModelFactory = (db: Connection) => Model<any>

/** What one round of a job is told. */
export interface JobRound {
  /** True for the first round after start (a worker may reconcile everything once). */
  first: boolean
  /** True once a stop was requested; a long round should end early. */
  stopRequested(): boolean
}

/**
 * Background work of a module. The runtime runs it every `intervalMs` on a long-lived server and
 * once per timer trigger in a cloud function. With `exclusive`, a round runs only on the replica that
 * claims the job's lease (one lease collection for every job); without, rounds may run everywhere
 * at once and must be safe that way (leased per item, as the notice dispatcher is).
 */
export interface JobSpec {
  name: string
  intervalMs(config: AppConfig): number
  /** Delay before the first round on a server; none (at once) unless said. */
  firstDelayMs?: number
  exclusive?: boolean
  run(deps: AppDeps, round: JobRound): Promise<unknown>
}

/**
 * One backend module: everything it adds, in one object, so adding a module is one folder and one
 * line in the module list (cloud/src/modules/index.ts).
 */
export interface ModuleManifest {
  name: string
  routes?: readonly RouteSpec[]
  models?: readonly ModelFactory[]
  jobs?: readonly JobSpec[]
  /** How the module's notice events read (each event type belongs to exactly one module). */
  notices?: NoticeCatalog
  /** Collections whose documents carry `pendingNotices`, by source name. */
  noticeSources?: Readonly<Record<string, NoticeSource>>
  /** Handlers of WeChat 消息推送 events, by `Event`. */
  wechatEvents?: Readonly<Record<string, WechatEventHandler>>
  /** Where the module keeps personal data encrypted with the field keys (lib/crypto), for key rotation. */
  encryptedFields?: readonly EncryptedFields[]
  /** Koa middleware run before every route (authentication), in module order. */
  middleware?: readonly ((deps: AppDeps) => Middleware)[]
}

/** Declares a module (an identity function that checks the shape). */
export function defineModule(manifest: ModuleManifest): ModuleManifest {
  return manifest
}

/** Everything the module list adds up to, checked for clashes. */
export interface ModulePlan {
  modules: readonly ModuleManifest[]
  routes: readonly RouteSpec[]
  models: readonly ModelFactory[]
  jobs: readonly JobSpec[]
  middleware: readonly ((deps: AppDeps) => Middleware)[]
  registry: ModuleRegistry
}

function mergeUnique<V>(into: Record<string, V>, from: Readonly<Record<string, V>> | undefined, what: string, owner: string, owners: Map<string, string>) {
  for (const [key, value] of Object.entries(from ?? {})) {
    if (value === undefined) continue
    const before = owners.get(`${what}:${key}`)
    if (before) throw new Error(`${what} ${key} is declared by both ${before} and ${owner}`)
    owners.set(`${what}:${key}`, owner)
    into[key] = value
  }
}

/**
 * Adds up the module list: routes in module order, every model, job, notice event, notice source
 * and WeChat event handler. Throws when two modules claim the same name, route, notice event, source
 * or event handler, so a clash fails at start (and in the tests), not at run time.
 */
export function planModules(modules: readonly ModuleManifest[]): ModulePlan {
  const owners = new Map<string, string>()
  const notices: NoticeCatalog = {}
  const noticeSources: Record<string, NoticeSource> = {}
  const wechatEvents: Record<string, WechatEventHandler> = {}
  const routes: RouteSpec[] = []
  const jobs: JobSpec[] = []
  for (const m of modules) {
    if (owners.has(`module:${m.name}`)) throw new Error(`module ${m.name} is listed twice`)
    owners.set(`module:${m.name}`, m.name)
    for (const r of m.routes ?? []) {
      const key = `route:${r.method} ${r.path}`
      const before = owners.get(key)
      if (before) throw new Error(`route ${r.method.toUpperCase()} ${r.path} is declared by both ${before} and ${m.name}`)
      owners.set(key, m.name)
      routes.push(r)
    }
    for (const j of m.jobs ?? []) {
      if (owners.has(`job:${j.name}`)) throw new Error(`job ${j.name} is declared twice`)
      owners.set(`job:${j.name}`, m.name)
      jobs.push(j)
    }
    mergeUnique(notices as Record<string, unknown>, m.notices as Record<string, unknown> | undefined, 'notice event', m.name, owners)
    mergeUnique(noticeSources, m.noticeSources, 'notice source', m.name, owners)
    mergeUnique(wechatEvents, m.wechatEvents, 'wechat event', m.name, owners)
  }
  return {
    modules,
    routes,
    models: modules.flatMap((m) => m.models ?? []),
    jobs,
    middleware: modules.flatMap((m) => m.middleware ?? []),
    registry: { notices, noticeSources, wechatEvents, encryptedFields: [...CORE_ENCRYPTED_FIELDS, ...modules.flatMap((m) => m.encryptedFields ?? [])] }
  }
}
