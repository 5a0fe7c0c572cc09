import type { Connection } from 'mongoose'
import type { Logger } from 'pino'
import type { AppConfig } from '../config/env'
import type { WechatClient } from './wechat/client'

/** Wall clock, injected so tests can fix time; domain rules never read Date.now(). */
export interface Clock {
  now(): Date
}

/** Everything createApp needs from outside. */
export interface AppDeps {
  db: Connection
  clock: Clock
  wechat: WechatClient
  config: AppConfig
  logger: Logger
}
