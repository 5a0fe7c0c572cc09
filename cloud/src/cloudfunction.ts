import type { IncomingMessage, ServerResponse } from 'node:http'
import { createApp } from './app'
import { loadConfig } from './config/env'
import { systemClock } from './lib/clock'
import { connectDb, ensureIndexes } from './lib/db'
import { createLogger } from './lib/logger'
import { invokeInMemory } from './lib/memoryHttp'
import { createWechatClient } from './lib/wechat/client'

/** The HTTP-shaped event a WeChat cloud function receives. */
export interface CloudFunctionEvent {
  path?: string
  httpMethod?: string
  headers?: Record<string, string | undefined>
  queryStringParameters?: Record<string, string | undefined> | null
  body?: string | null
  isBase64Encoded?: boolean
  /** Identity as some callers pass it (`{ openId, appId, unionId }`). */
  userInfo?: { openId?: string; appId?: string; unionId?: string }
}

/** The cloud function context; `cloud.getWXContext()` fields when available. */
export interface CloudFunctionContext {
  OPENID?: string
  APPID?: string
  UNIONID?: string
}

export interface CloudFunctionResult {
  statusCode: number
  headers: Record<string, string>
  body: string
  isBase64Encoded: boolean
}

type Listener = (req: IncomingMessage, res: ServerResponse) => unknown

/**
 * Adapts the Koa app to a WeChat cloud function. The caller's identity comes only from the
 * trusted function context (OPENID/UNIONID/APPID); any `x-wx-*` header in the event is dropped.
 * `getListener` is awaited on every call and should cache, so warm invocations reuse one app.
 */
export function createCloudFunctionHandler(getListener: () => Promise<Listener>) {
  return async function main(event: CloudFunctionEvent, context: CloudFunctionContext = {}): Promise<CloudFunctionResult> {
    const listener = await getListener()
    const headers: Record<string, string> = {}
    for (const [k, v] of Object.entries(event.headers ?? {})) {
      const key = k.toLowerCase()
      if (v !== undefined && !key.startsWith('x-wx-')) headers[key] = v
    }
    const openid = context.OPENID ?? event.userInfo?.openId
    const unionid = context.UNIONID ?? event.userInfo?.unionId
    const appid = context.APPID ?? event.userInfo?.appId
    if (openid) headers['x-wx-openid'] = openid
    if (unionid) headers['x-wx-unionid'] = unionid
    if (appid) headers['x-wx-appid'] = appid

    const query = new URLSearchParams()
    for (const [k, v] of Object.entries(event.queryStringParameters ?? {})) if (v !== undefined) query.append(k, v)
    const path = event.path && event.path.startsWith('/') ? event.path : `/${event.path ?? ''}`
    const url = query.size ? `${path}?${query}` : path
    const body = event.body ? Buffer.from(event.body, event.isBase64Encoded ? 'base64' : 'utf8') : undefined

    const res = await invokeInMemory(listener, { method: event.httpMethod ?? 'GET', url, headers, body })
    const type = res.headers['content-type'] ?? ''
    const text = type === '' || /json|text|xml|javascript/.test(type)
    return {
      statusCode: res.status,
      headers: res.headers,
      body: res.body.toString(text ? 'utf8' : 'base64'),
      isBase64Encoded: !text
    }
  }
}

let warm: Promise<Listener> | null = null

/** One app and database connection per warm function instance; a failed start is retried next call. */
function defaultListener(): Promise<Listener> {
  warm ??= (async () => {
    const config = { ...loadConfig(), trustCloudHostingHeaders: true }
    if (!config.mongodbUri) throw new Error('云函数需要设置 MONGODB_URI')
    const logger = createLogger(config)
    const db = await connectDb(config.mongodbUri)
    await ensureIndexes(db)
    const wechat = createWechatClient({
      baseUrl: config.wechat.apiBase ?? 'https://api.weixin.qq.com',
      appId: config.wechat.appId,
      secret: config.wechat.secret,
      mode: config.wechat.mode,
      timeoutMs: config.wechat.timeoutMs,
      clock: systemClock
    })
    return createApp({ db, clock: systemClock, wechat, config, logger }).callback() as Listener
  })().catch((err: unknown) => {
    warm = null
    throw err
  })
  return warm
}

/** Entry point of the cloud function (`exports.main`). */
export const main = createCloudFunctionHandler(defaultListener)
