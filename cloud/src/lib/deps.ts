import type { Connection } from 'mongoose'
import type { Logger } from 'pino'
import type { AppConfig } from '../config/env'
import type { IdGenerator } from './ids'
import type { NoticeCatalog, NoticeSource } from './notices'
import type { EncryptedFields } from './fieldKeys'
import type { RequestContext } from './requestContext'
import type { FileStorage } from './storage'
import type { WechatClient } from './wechat/client'

/** Wall clock, injected so tests can fix time; domain rules never read Date.now(). */
export interface Clock {
  now(): Date
}

/** An event WeChat pushes to /api/wechat/push (消息推送), by its `Event` name. */
export type WechatEventHandler = (deps: AppDeps, event: Record<string, unknown>) => Promise<void>

/**
 * What the modules contribute that other parts look up while running: the notice catalog and the
 * collections carrying pending notices (for the relay), and the handlers of WeChat's pushed events.
 * Built once from the module list (see lib/module.ts); nothing here names a module.
 */
export interface ModuleRegistry {
  notices: NoticeCatalog
  noticeSources: Readonly<Record<string, NoticeSource>>
  wechatEvents: Readonly<Record<string, WechatEventHandler>>
  /** Every collection field encrypted with the field keys (what a key rotation re-encrypts). */
  encryptedFields: readonly EncryptedFields[]
}

/** The outside world the backend runs on: what a server, a cloud function or a test provides. */
export interface CoreDeps {
  db: Connection
  clock: Clock
  wechat: WechatClient
  config: AppConfig
  logger: Logger
  storage: FileStorage
  ids: IdGenerator
}

/**
 * Everything an action may use: the core, what the modules registered, and the request it serves
 * (a job runs with a system request context).
 */
export interface AppDeps extends CoreDeps {
  registry: ModuleRegistry
  request: RequestContext
}
