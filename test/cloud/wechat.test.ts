import { fixedClock } from '../../cloud/src/lib/clock'
import { AppError } from '../../cloud/src/lib/errors'
import { createWechatClient, WechatApiError, type WechatClient } from '../../cloud/src/lib/wechat/client'
import { startFakeWechat, type FakeWechat } from '../../cloud/src/lib/wechat/fakeServer'

let fake: FakeWechat
const clock = fixedClock('2025-03-03T09:00:00+08:00')

const client = (over: Partial<Parameters<typeof createWechatClient>[0]> = {}): WechatClient =>
  createWechatClient({ baseUrl: fake.baseUrl, appId: 'wx-test', secret: 's3cret', mode: 'token', clock, timeoutMs: 400, ...over })

async function failure(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e
  )
  expect(err).toBeInstanceOf(AppError)
  return err as AppError
}

beforeAll(async () => {
  fake = await startFakeWechat()
})
afterAll(() => fake.stop())
beforeEach(() => {
  fake.state.reset()
  clock.set('2025-03-03T09:00:00+08:00')
})

describe('code2Session', () => {
  it('maps a dev code to a deterministic openid and sends app id and secret', async () => {
    const s = await client().code2Session('dev-zhang')
    expect(s.openid).toBe('o-dev-zhang')
    expect(s.sessionKey).not.toBe('')
    expect(await client().code2Session('dev-zhang')).toEqual(s)
    expect(fake.state.callsTo('/sns/jscode2session')[0]!.query).toMatchObject({
      appid: 'wx-test',
      secret: 's3cret',
      js_code: 'dev-zhang',
      grant_type: 'authorization_code'
    })
  })

  it('turns errcode 40029 into 400 with a message telling the person what to do', async () => {
    const err = await failure(client().code2Session('invalid'))
    expect(err.status).toBe(400)
    expect(err.message).toBe('登录凭证已失效，请重新进入小程序')
  })

  it('turns the rate limit 45011 into 429', async () => {
    fake.state.failNext(1, { kind: 'errcode', errcode: 45011 })
    expect((await failure(client().code2Session('dev-a'))).status).toBe(429)
  })

  it.each([
    ['network', { kind: 'network' as const }],
    ['timeout', { kind: 'timeout' as const }],
    ['HTTP 500', { kind: 'http500' as const }]
  ])('answers 503 "微信服务暂时连不上" on %s', async (_name, f) => {
    fake.state.failNext(1, f)
    const started = Date.now()
    const err = await failure(client().code2Session('dev-a'))
    expect(err.status).toBe(503)
    expect(err.message).toBe('微信服务暂时连不上，请稍后再试')
    expect(Date.now() - started).toBeLessThan(3000)
  })

  it('answers 503 when nothing listens at the base URL', async () => {
    const dead = createWechatClient({ baseUrl: 'http://127.0.0.1:9', appId: 'a', secret: 'b', mode: 'token', clock, timeoutMs: 400 })
    expect((await failure(dead.code2Session('dev-a'))).status).toBe(503)
  })
})

describe('access token (mode token)', () => {
  it('is fetched once and cached while valid', async () => {
    const c = client()
    const a = await c.getAccessToken()
    clock.advance(60 * 60 * 1000)
    expect(await c.getAccessToken()).toBe(a)
    expect(fake.state.tokenFetches).toBe(1)
    expect(fake.state.callsTo('/cgi-bin/stable_token')[0]!.body).toMatchObject({ grant_type: 'client_credential', appid: 'wx-test' })
  })

  it('is refreshed about five minutes before it expires', async () => {
    const c = client()
    const a = await c.getAccessToken()
    clock.advance((7200 - 301) * 1000)
    expect(await c.getAccessToken()).toBe(a)
    clock.advance(2000)
    const b = await c.getAccessToken()
    expect(b).not.toBe(a)
    expect(fake.state.tokenFetches).toBe(2)
  })

  it('is fetched exactly once by 100 concurrent callers', async () => {
    const c = client()
    const tokens = await Promise.all(Array.from({ length: 100 }, () => c.getAccessToken()))
    expect(new Set(tokens).size).toBe(1)
    expect(fake.state.tokenFetches).toBe(1)
  })

  it('is fetched again after a failed fetch', async () => {
    const c = client()
    fake.state.failNext(1, { kind: 'http500' }, '/cgi-bin/stable_token')
    expect((await failure(c.getAccessToken())).status).toBe(503)
    expect(await c.getAccessToken()).toMatch(/^fake-access-token/)
  })
})

describe('callApi', () => {
  it('attaches the token in token mode and records the body', async () => {
    const c = client()
    const answer = await c.callApi('/cgi-bin/message/subscribe/send', { touser: 'o-dev-a', template_id: 'T1' })
    expect(answer.errcode).toBe(0)
    const [call] = fake.state.callsTo('/cgi-bin/message/subscribe/send')
    expect(call!.query.access_token).toBe(await c.getAccessToken())
    expect(call!.body).toEqual({ touser: 'o-dev-a', template_id: 'T1' })
  })

  it('invalidates a rejected token (40001) and retries once with a fresh one', async () => {
    const c = client()
    const first = await c.getAccessToken()
    fake.state.revokeTokens()
    await c.callApi('/wxa/msg_sec_check', { content: '你好' })
    const calls = fake.state.callsTo('/wxa/msg_sec_check')
    expect(calls).toHaveLength(2)
    expect(calls[0]!.query.access_token).toBe(first)
    expect(calls[1]!.query.access_token).not.toBe(first)
    expect(fake.state.tokenFetches).toBe(2)
  })

  it('gives up after one retry', async () => {
    const c = client()
    fake.state.failNext(2, { kind: 'errcode', errcode: 42001 }, '/wxa/msg_sec_check')
    const err = await failure(c.callApi('/wxa/msg_sec_check', { content: 'x' }))
    expect(err).toBeInstanceOf(WechatApiError)
    expect((err as WechatApiError).errcode).toBe(42001)
    expect(fake.state.callsTo('/wxa/msg_sec_check')).toHaveLength(2)
  })

  it('surfaces other errcodes for the caller to handle (43101: the person refused)', async () => {
    fake.state.failNext(1, { kind: 'errcode', errcode: 43101, errmsg: 'user refuse to accept the msg' }, '/cgi-bin/message')
    const err = await failure(client().callApi('/cgi-bin/message/subscribe/send', {}))
    expect((err as WechatApiError).errcode).toBe(43101)
  })

  it('sends no token in Cloud Hosting mode', async () => {
    const c = client({ mode: 'cloudhosting' })
    await c.callApi('/cgi-bin/message/subscribe/send', { touser: 'x' })
    expect(fake.state.callsTo('/cgi-bin/message/subscribe/send')[0]!.query).toEqual({})
    expect(fake.state.tokenFetches).toBe(0)
  })

  it('returns bytes for binary APIs', async () => {
    const png = await client().callApiBinary('/wxa/getwxacodeunlimit', { scene: 'h=1' })
    expect(png.contentType).toBe('image/png')
    expect(png.data.subarray(1, 4).toString()).toBe('PNG')
  })

  it('times out a call that never answers', async () => {
    fake.state.failNext(1, { kind: 'timeout' }, '/wxa/msg_sec_check')
    expect((await failure(client().callApi('/wxa/msg_sec_check', {}))).status).toBe(503)
  })
})

describe('fake server HTTP control surface', () => {
  it('forces failures and lists calls over HTTP', async () => {
    await fetch(`${fake.baseUrl}/__fake/fail`, {
      method: 'POST',
      body: JSON.stringify({ count: 1, failure: { kind: 'errcode', errcode: 40029 }, pathPrefix: '/sns' })
    })
    expect((await failure(client().code2Session('dev-b'))).status).toBe(400)
    expect((await client().code2Session('dev-b')).openid).toBe('o-dev-b')
    const listed = (await (await fetch(`${fake.baseUrl}/__fake/calls`)).json()) as { calls: unknown[] }
    expect(listed.calls).toHaveLength(2)
  })

  it('listens on loopback only', () => {
    expect(new URL(fake.baseUrl).hostname).toBe('127.0.0.1')
  })
})
