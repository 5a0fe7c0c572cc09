import { AppError } from '../errors'
import type { Clock } from '../deps'
import type { WechatMode } from '../../config/env'

/** What code2Session tells us about the person who opened the mini-program. */
export interface WechatSession {
  openid: string
  unionid?: string
  sessionKey: string
}

/** A WeChat open API answer (errcode 0 or absent means success). */
export type WechatJson = Record<string, unknown> & { errcode?: number; errmsg?: string }

/** The WeChat server API as the backend uses it. */
export interface WechatClient {
  readonly mode: WechatMode
  /** Exchanges a wx.login code for the person's openid. */
  code2Session(code: string): Promise<WechatSession>
  /** A valid access token (mode `token` only): cached, refreshed before expiry, fetched once under concurrency. */
  getAccessToken(): Promise<string>
  /**
   * POSTs JSON to an open API path (e.g. `/cgi-bin/message/subscribe/send`), with the access token in
   * mode `token` and without it in mode `cloudhosting`. Throws WechatApiError for a non-zero errcode.
   */
  callApi(path: string, body: unknown): Promise<WechatJson>
  /** Like callApi for APIs that answer with bytes on success (wxacode.getUnlimited). */
  callApiBinary(path: string, body: unknown): Promise<{ contentType: string; data: Buffer }>
}

export interface WechatClientOptions {
  baseUrl: string
  appId: string
  secret: string
  mode: WechatMode
  clock: Clock
  fetch?: typeof fetch
  /** Per-call timeout; 5 s unless said. */
  timeoutMs?: number
}

/** A non-zero errcode from WeChat; `errcode` lets callers react (43101 = the person refused). */
export class WechatApiError extends AppError {
  constructor(
    status: number,
    code: string,
    message: string,
    readonly errcode: number,
    readonly errmsg: string
  ) {
    super(status, code, message)
    this.name = 'WechatApiError'
  }
}

const TOKEN_INVALID = new Set([40001, 40014, 42001])
const REFRESH_MARGIN_MS = 5 * 60 * 1000

/**
 * WeChat could not be reached or did not answer. `requestMayHaveArrived` is false only when no
 * connection was ever made (or WeChat answered with a server error), so repeating the call cannot
 * make it happen twice; after a timeout or a connection dropped mid-request it is true.
 */
export class WechatUnavailableError extends AppError {
  constructor(readonly requestMayHaveArrived: boolean) {
    super(503, 'WECHAT_UNAVAILABLE', '微信服务暂时连不上，请稍后再试')
    this.name = 'WechatUnavailableError'
  }
}

/** Socket errors raised before the request left this machine. */
const NEVER_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT'])

function requestMayHaveArrived(err: unknown): boolean {
  const code = (err as { cause?: { code?: unknown } } | null)?.cause?.code
  return !(typeof code === 'string' && NEVER_CONNECTED.has(code))
}

function apiError(errcode: number, errmsg: string): WechatApiError {
  switch (errcode) {
    case 40029:
    case 40163:
      return new WechatApiError(400, 'WECHAT_CODE_INVALID', '登录凭证已失效，请重新进入小程序', errcode, errmsg)
    case 45011:
      return new WechatApiError(429, 'WECHAT_RATE_LIMITED', '操作太频繁了，请过一分钟再试', errcode, errmsg)
    case -1:
      return new WechatApiError(503, 'WECHAT_UNAVAILABLE', '微信服务暂时连不上，请稍后再试', errcode, errmsg)
    default:
      return new WechatApiError(502, 'WECHAT_ERROR', `微信服务返回了错误（${errcode}），请稍后再试`, errcode, errmsg)
  }
}

/** Builds the WeChat client for one app id. Every call has a timeout; failures become AppErrors. */
export function createWechatClient(opts: WechatClientOptions): WechatClient {
  const doFetch = opts.fetch ?? fetch
  const timeoutMs = opts.timeoutMs ?? 5000
  const base = opts.baseUrl.replace(/\/+$/, '')
  let cached: { token: string; expiresAt: number } | null = null
  let inflight: Promise<string> | null = null

  async function request(path: string, init: RequestInit): Promise<Response> {
    let res: Response
    try {
      res = await doFetch(base + path, { ...init, signal: AbortSignal.timeout(timeoutMs) })
    } catch (err) {
      throw new WechatUnavailableError(requestMayHaveArrived(err))
    }
    if (res.status >= 500 || res.status === 429) throw new WechatUnavailableError(false)
    if (!res.ok) throw new AppError(502, 'WECHAT_ERROR', `微信服务返回了错误（HTTP ${res.status}），请稍后再试`)
    return res
  }

  async function readJson(res: Response): Promise<WechatJson> {
    let data: unknown
    try {
      data = await res.json()
    } catch {
      throw new AppError(502, 'WECHAT_ERROR', '微信服务返回了看不懂的内容，请稍后再试')
    }
    if (!data || typeof data !== 'object' || Array.isArray(data)) {
      throw new AppError(502, 'WECHAT_ERROR', '微信服务返回了看不懂的内容，请稍后再试')
    }
    return data as WechatJson
  }

  const postJson = (path: string, body: unknown) =>
    request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body ?? {}) })

  async function fetchToken(): Promise<string> {
    const res = await postJson('/cgi-bin/stable_token', {
      grant_type: 'client_credential',
      appid: opts.appId,
      secret: opts.secret,
      force_refresh: false
    })
    const data = await readJson(res)
    if (data.errcode) throw apiError(data.errcode, String(data.errmsg ?? ''))
    const token = data.access_token
    const expiresIn = Number(data.expires_in)
    if (typeof token !== 'string' || !token || !Number.isFinite(expiresIn)) {
      throw new AppError(502, 'WECHAT_ERROR', '微信服务返回了看不懂的内容，请稍后再试')
    }
    cached = { token, expiresAt: opts.clock.now().getTime() + expiresIn * 1000 }
    return token
  }

  async function getAccessToken(): Promise<string> {
    if (opts.mode !== 'token') throw new Error('getAccessToken is only used in WECHAT_MODE=token')
    if (cached && opts.clock.now().getTime() < cached.expiresAt - REFRESH_MARGIN_MS) return cached.token
    inflight ??= fetchToken().finally(() => {
      inflight = null
    })
    return inflight
  }

  /** Sends one open API call; in token mode retries once with a fresh token when WeChat says it is invalid. */
  async function send(path: string, body: unknown): Promise<Response> {
    if (opts.mode !== 'token') return postJson(path, body)
    for (let attempt = 0; ; attempt++) {
      const token = await getAccessToken()
      const sep = path.includes('?') ? '&' : '?'
      const res = await postJson(`${path}${sep}access_token=${encodeURIComponent(token)}`, body)
      if (attempt > 0 || !isJson(res)) return res
      const data = (await res.clone().json().catch(() => null)) as WechatJson | null
      if (!data || !TOKEN_INVALID.has(Number(data.errcode))) return res
      if (cached?.token === token) cached = null
    }
  }

  return {
    mode: opts.mode,

    async code2Session(code) {
      const q = new URLSearchParams({
        appid: opts.appId,
        secret: opts.secret,
        js_code: code,
        grant_type: 'authorization_code'
      })
      const data = await readJson(await request(`/sns/jscode2session?${q}`, { method: 'GET' }))
      if (data.errcode) throw apiError(data.errcode, String(data.errmsg ?? ''))
      if (typeof data.openid !== 'string' || !data.openid) {
        throw new AppError(502, 'WECHAT_ERROR', '微信服务返回了看不懂的内容，请稍后再试')
      }
      return {
        openid: data.openid,
        unionid: typeof data.unionid === 'string' ? data.unionid : undefined,
        sessionKey: String(data.session_key ?? '')
      }
    },

    getAccessToken,

    async callApi(path, body) {
      const data = await readJson(await send(path, body))
      if (data.errcode) throw apiError(data.errcode, String(data.errmsg ?? ''))
      return data
    },

    async callApiBinary(path, body) {
      const res = await send(path, body)
      if (isJson(res)) {
        const data = await readJson(res)
        throw apiError(Number(data.errcode ?? -2), String(data.errmsg ?? 'unexpected JSON answer'))
      }
      return {
        contentType: res.headers.get('content-type') ?? 'application/octet-stream',
        data: Buffer.from(await res.arrayBuffer())
      }
    }
  }
}

function isJson(res: Response): boolean {
  const type = res.headers.get('content-type') ?? ''
  return type.includes('json') || type.startsWith('text/plain')
}
