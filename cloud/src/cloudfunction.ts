import type { IncomingMessage, ServerResponse } from 'node:http'
import { loadConfig } from './config/env'
import { systemClock } from './lib/clock'
import { connectDb } from './lib/db'
import { createLogger } from './lib/logger'
import { invokeInMemory } from './lib/memoryHttp'
import { coreDepsFrom, createRuntime, type Runtime } from './runtime'

/**
 * What a cloud function receives: an HTTP-shaped event, or the event of its timer trigger
 * (`{ Type: 'Timer', TriggerName, Time }`, see cloud/functions/xiangliban/config.json).
 */
export interface CloudFunctionEvent {
  /** `Timer` (any case) when the timer trigger fired. */
  Type?: string
  TriggerName?: string
  Time?: string
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

/** True for the event of the function's timer trigger. */
export function isTimerEvent(event: CloudFunctionEvent): boolean {
  return typeof event.Type === 'string' && event.Type.toLowerCase() === 'timer' && typeof event.TriggerName === 'string'
}

/**
 * Adapts the backend to a WeChat cloud function. A cloud function keeps no timers between calls, so
 * its background work runs on the timer trigger: that event runs every module's jobs once (notice
 * dispatch, reminders, deadline sweeps; exclusive jobs under their leases) and answers what ran.
 * Every other event is an HTTP request for the Koa app. The caller's identity comes only from the
 * trusted function context (OPENID/UNIONID/APPID); any `x-wx-*` header in the event is dropped.
 * `getRuntime` is awaited on every call and should cache, so warm invocations reuse one runtime.
 */
export function createCloudFunctionHandler(getRuntime: () => Promise<Runtime>) {
  const listeners = new WeakMap<Runtime, Listener>()
  return async function main(event: CloudFunctionEvent, context: CloudFunctionContext = {}): Promise<CloudFunctionResult> {
    const runtime = await getRuntime()
    if (isTimerEvent(event)) {
      const jobs = await runtime.runJobsOnce()
      return { statusCode: 200, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify({ jobs }), isBase64Encoded: false }
    }
    let listener = listeners.get(runtime)
    if (!listener) {
      listener = runtime.app.callback() as Listener
      listeners.set(runtime, listener)
    }
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

let warm: Promise<Runtime> | null = null

/** One runtime and database connection per warm function instance; a failed start is retried next call. */
function defaultRuntime(): Promise<Runtime> {
  warm ??= (async () => {
    const config = { ...loadConfig(), trustCloudHostingHeaders: true }
    if (!config.mongodbUri) throw new Error('云函数需要设置 MONGODB_URI')
    const db = await connectDb(config.mongodbUri)
    const runtime = createRuntime(
      coreDepsFrom({ config, db, logger: createLogger(config), clock: systemClock, wechatBaseUrl: config.wechat.apiBase ?? 'https://api.weixin.qq.com' })
    )
    await runtime.ensureIndexes()
    return runtime
  })().catch((err: unknown) => {
    warm = null
    throw err
  })
  return warm
}

/** Entry point of the cloud function (`exports.main`). */
export const main = createCloudFunctionHandler(defaultRuntime)
