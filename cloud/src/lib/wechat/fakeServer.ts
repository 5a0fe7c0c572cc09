import { createHash } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { SCENE_MAX_LENGTH, SCENE_PATTERN } from '../../../../src/shared/qrcodes'
import { qrPng } from '../qrPng'
import { pushSignature } from './push'

/** How a forced failure behaves. */
export type FakeFailure =
  | { kind: 'errcode'; errcode: number; errmsg?: string }
  /** Never answers (the client's timeout fires). */
  | { kind: 'timeout' }
  /** Drops the connection (a network failure). */
  | { kind: 'network' }
  /** Answers HTTP 500. */
  | { kind: 'http500' }

export interface RecordedCall {
  method: string
  path: string
  query: Record<string, string>
  body: unknown
  at: string
  /**
   * How the fake answered: the errcode of a JSON answer (0 = accepted), `http500`, or null while
   * unanswered (a `timeout` never is; a `network` failure drops the connection).
   */
  answer: number | 'http500' | 'network' | null
}

/** mediaCheckAsync's `result.suggest`. */
export type MediaVerdict = 'pass' | 'risky' | 'review'

/** Where and how the fake pushes media_check_async verdicts, as WeChat's 消息推送 does. */
export interface MediaPushTarget {
  /** The app's push URL, e.g. `http://127.0.0.1:3000/api/wechat/push`. */
  url: string
  /** The 消息推送 token the app checks signatures with. */
  token: string
  /** The verdict pushed for every photo it could download and did not flag (`pass` unless said). */
  verdict?: MediaVerdict
  /** Clock of the push's `timestamp` (the real time unless said). */
  now?: () => Date
}

/** One verdict the fake pushed and how the app answered. */
export interface PushedVerdict {
  traceId: string
  /** `downloadFailed` when the media URL could not be fetched (pushed as errcode -1008, no result). */
  verdict: MediaVerdict | 'downloadFailed'
  /** HTTP status and text of the app's answer; status 0 when it could not be reached. */
  status: number
  answer: string
}

/** One download of a media URL, as WeChat's checker makes it: a plain GET, no cookies, no session. */
export interface MediaFetch {
  url: string
  /** HTTP status, or 0 when the URL was not absolute http(s) or could not be reached. */
  status: number
  bytes: number
}

/** The fake's state and its in-process control surface. */
export interface FakeWechatState {
  /** Every request except /__fake/*, oldest first. */
  readonly calls: RecordedCall[]
  /** How many tokens /cgi-bin/token and /cgi-bin/stable_token handed out. */
  tokenFetches: number
  /** expires_in of issued tokens, seconds (7200 unless set). */
  tokenExpiresIn: number
  /** Makes the next `count` calls whose path starts with `pathPrefix` (all paths when omitted) fail. */
  failNext(count: number, failure: FakeFailure, pathPrefix?: string): void
  /** Invalidates every issued token (calls carrying one get errcode 40001). */
  revokeTokens(): void
  /** Calls whose path starts with the prefix. */
  callsTo(pathPrefix: string): RecordedCall[]
  /** Calls whose path starts with the prefix that the fake accepted (errcode 0): what WeChat would deliver. */
  acceptedCallsTo(pathPrefix: string): RecordedCall[]
  /** Words msg_sec_check answers `risky` for (content containing any of them). */
  readonly flaggedWords: Set<string>
  /** SHA-256 (hex) of media whose check comes back `risky`. */
  readonly flaggedMedia: Set<string>
  /** Every download of a media URL media_check_async made, oldest first. */
  readonly mediaFetches: MediaFetch[]
  /** Pushes the verdict of each later media_check_async to the target (null: stop pushing, the default). */
  pushMediaVerdicts(target: MediaPushTarget | null): void
  /** Verdicts pushed so far, oldest first. */
  readonly pushes: PushedVerdict[]
  /** Resolves once every verdict push started so far has been answered. */
  settlePushes(): Promise<void>
  /**
   * Pages of the mini-program's released version. `wxacode.getUnlimited` with `check_path` (its
   * default) answers 41030 for any other page, as WeChat does before a version with the page is out.
   */
  readonly releasedPages: Set<string>
  /** Forgets calls, failures, tokens, counters, flags, released pages and the push target. */
  reset(): void
}

export interface FakeWechat {
  baseUrl: string
  state: FakeWechatState
  stop(): Promise<void>
}

const ENV_VERSIONS = ['release', 'trial', 'develop']

/**
 * What `wxacode.getUnlimited` answers for a body: WeChat's JSON errors for a bad scene (40129), a bad
 * or unreleased page (41030) or a bad env_version (40097); otherwise the image. The fake's image is a
 * plain QR code (a real one, not WeChat's round code) holding `<page>?scene=<encoded scene>`, what
 * WeChat opens when the code is scanned, so a test can read back what it would open. It is a PNG, the
 * form WeChat sends when asked for `is_hyaline` (without it WeChat sends a JPEG).
 */
function wxacodeAnswer(body: unknown, releasedPages: ReadonlySet<string>): { errcode: number; errmsg: string } | Buffer {
  const b = (body ?? {}) as { scene?: unknown; page?: unknown; check_path?: unknown; env_version?: unknown; is_hyaline?: unknown }
  const scene = b.scene
  if (typeof scene !== 'string' || !scene || scene.length > SCENE_MAX_LENGTH || !SCENE_PATTERN.test(scene)) {
    return { errcode: 40129, errmsg: 'invalid scene rid: fake' }
  }
  const page = typeof b.page === 'string' ? b.page : ''
  if (page.startsWith('/') || page.includes('?')) return { errcode: 41030, errmsg: 'invalid page rid: fake' }
  const env = b.env_version === undefined ? 'release' : b.env_version
  if (typeof env !== 'string' || !ENV_VERSIONS.includes(env)) return { errcode: 40097, errmsg: 'invalid args rid: fake' }
  if (b.check_path !== false && page && !releasedPages.has(page)) return { errcode: 41030, errmsg: 'invalid page rid: fake' }
  return qrPng(`${page}?scene=${encodeURIComponent(scene)}`, { scale: 10, margin: 4, transparent: b.is_hyaline === true })
}

/**
 * Starts a stand-in for api.weixin.qq.com on 127.0.0.1 for development and tests.
 * `/sns/jscode2session`: code `dev-x` → openid `o-dev-x`, code `invalid` → 40029, any other code → a stable
 * openid derived from it. `/cgi-bin/token` and `/cgi-bin/stable_token` issue counted tokens. Every other POST
 * is recorded and answered `{errcode:0}` when it carries a valid token (or none, as in Cloud Hosting mode).
 * `/wxa/msg_sec_check` answers `risky` for content with a flagged word; `/wxa/media_check_async` answers a
 * trace id at once, then downloads the media URL as WeChat would (a plain GET without a session) and, when a
 * push target is set, pushes the verdict (`wxa_media_check`, signed with the token) as soon as it has one:
 * `risky` for flagged bytes, errcode -1008 when the download failed. `/wxa/getwxacodeunlimit` checks scene,
 * page and env_version as WeChat does and answers a readable QR image (see wxacodeAnswer). HTTP control: `POST /__fake/push-verdicts {url, token, verdict?} | {url: null}`, `POST /__fake/flag {words?, media?}`, `POST /__fake/fail {count, failure, pathPrefix?}`, `POST /__fake/revoke-tokens`,
 * `POST /__fake/reset`, `GET /__fake/calls`.
 */
export async function startFakeWechat(opts: { port?: number } = {}): Promise<FakeWechat> {
  const failures: { remaining: number; failure: FakeFailure; pathPrefix: string }[] = []
  const validTokens = new Set<string>()
  const sockets = new Set<Socket>()
  let issued = 0
  let pushTarget: MediaPushTarget | null = null
  const inFlight = new Set<Promise<void>>()

  /** Downloads a media URL as WeChat's checker does; null when it cannot (errcode -1008 follows). */
  const download = async (mediaUrl: string): Promise<Buffer | null> => {
    const fetched: MediaFetch = { url: mediaUrl, status: 0, bytes: 0 }
    state.mediaFetches.push(fetched)
    if (!/^https?:\/\//.test(mediaUrl)) return null
    try {
      const res = await fetch(mediaUrl, { redirect: 'follow', signal: AbortSignal.timeout(5000) })
      fetched.status = res.status
      if (!res.ok) return null
      const data = Buffer.from(await res.arrayBuffer())
      fetched.bytes = data.length
      return data
    } catch {
      return null
    }
  }

  /**
   * What mediaCheckAsync does after answering: downloads the media (no session; a relative or
   * unreachable URL fails), then, when a push target is set, pushes the verdict at once — or errcode
   * -1008 with no result when the download failed, as WeChat does.
   */
  const checkMedia = (mediaUrl: string, traceId: string): void => {
    const run = async () => {
      const data = await download(mediaUrl)
      const target = pushTarget
      if (!target) return
      const verdict: PushedVerdict['verdict'] = !data
        ? 'downloadFailed'
        : state.flaggedMedia.has(createHash('sha256').update(data).digest('hex'))
          ? 'risky'
          : (target.verdict ?? 'pass')
      const now = target.now?.() ?? new Date()
      const timestamp = String(Math.floor(now.getTime() / 1000))
      const nonce = Math.random().toString(36).slice(2, 12)
      const url = new URL(target.url)
      url.searchParams.set('signature', pushSignature(target.token, timestamp, nonce))
      url.searchParams.set('timestamp', timestamp)
      url.searchParams.set('nonce', nonce)
      const event = {
        ToUserName: 'gh_fake0000000',
        FromUserName: 'o-fake-system',
        CreateTime: Number(timestamp),
        MsgType: 'event',
        Event: 'wxa_media_check',
        appid: 'wx-dev-appid',
        trace_id: traceId,
        version: 2,
        ...(verdict === 'downloadFailed'
          ? { detail: [], errcode: -1008, errmsg: '下载错误,请检查媒体链接是否有效' }
          : {
              detail: [{ strategy: 'content_model', errcode: 0, suggest: verdict, label: verdict === 'pass' ? 100 : 20002, prob: 90 }],
              errcode: 0,
              errmsg: 'ok',
              result: { suggest: verdict, label: verdict === 'pass' ? 100 : 20002 }
            })
      }
      try {
        const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(event) })
        state.pushes.push({ traceId, verdict, status: res.status, answer: await res.text() })
      } catch (err) {
        state.pushes.push({ traceId, verdict, status: 0, answer: String(err) })
      }
    }
    const p = run()
    inFlight.add(p)
    void p.finally(() => inFlight.delete(p))
  }

  const state: FakeWechatState = {
    calls: [],
    tokenFetches: 0,
    tokenExpiresIn: 7200,
    failNext(count, failure, pathPrefix = '/') {
      failures.push({ remaining: count, failure, pathPrefix })
    },
    revokeTokens() {
      validTokens.clear()
    },
    callsTo(prefix) {
      return state.calls.filter((c) => c.path.startsWith(prefix))
    },
    acceptedCallsTo(prefix) {
      return state.calls.filter((c) => c.path.startsWith(prefix) && c.answer === 0)
    },
    flaggedWords: new Set<string>(),
    flaggedMedia: new Set<string>(),
    mediaFetches: [],
    pushMediaVerdicts(target) {
      pushTarget = target
    },
    pushes: [],
    async settlePushes() {
      while (inFlight.size) await Promise.all([...inFlight])
    },
    releasedPages: new Set<string>(),
    reset() {
      state.releasedPages.clear()
      pushTarget = null
      state.pushes.length = 0
      state.flaggedWords.clear()
      state.flaggedMedia.clear()
      state.mediaFetches.length = 0
      state.calls.length = 0
      failures.length = 0
      validTokens.clear()
      state.tokenFetches = 0
      state.tokenExpiresIn = 7200
    }
  }

  const takeFailure = (path: string): FakeFailure | null => {
    const f = failures.find((x) => x.remaining > 0 && path.startsWith(x.pathPrefix))
    if (!f) return null
    f.remaining -= 1
    if (f.remaining === 0) failures.splice(failures.indexOf(f), 1)
    return f.failure
  }

  const issueToken = () => {
    state.tokenFetches += 1
    issued += 1
    const token = `fake-access-token-${issued}-${Math.random().toString(36).slice(2, 10)}`
    validTokens.add(token)
    return { access_token: token, expires_in: state.tokenExpiresIn }
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1')
      const path = url.pathname
      const query = Object.fromEntries(url.searchParams)
      const raw = Buffer.concat(chunks).toString('utf8')
      let body: unknown = raw
      try {
        body = raw ? JSON.parse(raw) : undefined
      } catch {
        body = raw
      }
      const call: RecordedCall = { method: req.method ?? 'GET', path, query, body, at: new Date().toISOString(), answer: null }
      const json = (status: number, value: unknown) => {
        call.answer = status >= 500 ? 'http500' : Number((value as { errcode?: number }).errcode ?? 0)
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
        res.end(JSON.stringify(value))
      }

      if (path.startsWith('/__fake/')) return control(path, body, json)

      state.calls.push(call)
      const failure = takeFailure(path)
      if (failure) {
        switch (failure.kind) {
          case 'timeout':
            return
          case 'network':
            call.answer = 'network'
            req.socket.destroy()
            return
          case 'http500':
            return json(500, { message: 'fake internal error' })
          case 'errcode':
            return json(200, { errcode: failure.errcode, errmsg: failure.errmsg ?? 'fake failure' })
        }
      }

      if (path === '/sns/jscode2session') {
        const code = query.js_code ?? ''
        if (!code || code === 'invalid') return json(200, { errcode: 40029, errmsg: 'invalid code' })
        const openid = code.startsWith('dev-') ? `o-${code}` : `o-${createHash('sha256').update(code).digest('hex').slice(0, 24)}`
        return json(200, {
          openid,
          unionid: `u-${openid.slice(2)}`,
          session_key: createHash('sha256').update(`key:${code}`).digest('base64').slice(0, 24)
        })
      }
      if (path === '/cgi-bin/token' || path === '/cgi-bin/stable_token') return json(200, issueToken())

      const token = query.access_token
      if (token !== undefined && !validTokens.has(token)) {
        return json(200, { errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest' })
      }
      if (path === '/wxa/getwxacodeunlimit') {
        const answer = wxacodeAnswer(body, state.releasedPages)
        if (!Buffer.isBuffer(answer)) return json(200, answer)
        call.answer = 0
        res.writeHead(200, { 'content-type': 'image/png' })
        return res.end(answer)
      }
      if (path === '/wxa/media_check_async') {
        const mediaUrl = String((body as { media_url?: unknown } | undefined)?.media_url ?? '')
        const traceId = `fake-trace-${state.calls.length}-${Math.random().toString(36).slice(2, 8)}`
        json(200, { errcode: 0, errmsg: 'ok', trace_id: traceId })
        checkMedia(mediaUrl, traceId)
        return
      }
      if (path === '/wxa/msg_sec_check') {
        const content = String((body as { content?: unknown } | undefined)?.content ?? '')
        const risky = [...state.flaggedWords].some((w) => content.includes(w))
        return json(200, {
          errcode: 0,
          errmsg: 'ok',
          result: risky ? { suggest: 'risky', label: 20001 } : { suggest: 'pass', label: 100 },
          trace_id: `fake-trace-${state.calls.length}`
        })
      }
      if (path === '/cgi-bin/message/subscribe/send') return json(200, { errcode: 0, errmsg: 'ok', msgid: state.calls.length })
      return json(200, { errcode: 0, errmsg: 'ok' })
    })
  })

  function control(path: string, body: unknown, json: (status: number, value: unknown) => void) {
    const b = (body ?? {}) as { count?: number; failure?: FakeFailure; pathPrefix?: string; expiresIn?: number }
    switch (path) {
      case '/__fake/fail':
        if (!b.failure || typeof b.count !== 'number') return json(400, { error: 'need {count, failure}' })
        state.failNext(b.count, b.failure, b.pathPrefix)
        return json(200, { ok: true })
      case '/__fake/revoke-tokens':
        state.revokeTokens()
        return json(200, { ok: true })
      case '/__fake/token-expiry':
        if (typeof b.expiresIn !== 'number') return json(400, { error: 'need {expiresIn}' })
        state.tokenExpiresIn = b.expiresIn
        return json(200, { ok: true })
      case '/__fake/flag': {
        const f = (body ?? {}) as { words?: unknown; media?: unknown }
        for (const w of Array.isArray(f.words) ? f.words : []) state.flaggedWords.add(String(w))
        for (const m of Array.isArray(f.media) ? f.media : []) state.flaggedMedia.add(String(m))
        return json(200, { ok: true })
      }
      case '/__fake/push-verdicts': {
        const t = (body ?? {}) as { url?: unknown; token?: unknown; verdict?: unknown }
        if (t.url === null) {
          state.pushMediaVerdicts(null)
          return json(200, { ok: true })
        }
        if (typeof t.url !== 'string' || typeof t.token !== 'string') return json(400, { error: 'need {url, token, verdict?}' })
        const verdict = t.verdict === 'risky' || t.verdict === 'review' ? t.verdict : 'pass'
        state.pushMediaVerdicts({ url: t.url, token: t.token, verdict })
        return json(200, { ok: true })
      }
      case '/__fake/reset':
        state.reset()
        return json(200, { ok: true })
      case '/__fake/calls':
        return json(200, { calls: state.calls, tokenFetches: state.tokenFetches })
      default:
        return json(404, { error: 'unknown control path' })
    }
  }

  server.on('connection', (s: Socket) => {
    sockets.add(s)
    s.on('close', () => sockets.delete(s))
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    state,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy()
        server.close(() => resolve())
      })
  }
}
