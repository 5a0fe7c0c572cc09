import { createCloudFunctionHandler } from '../../cloud/src/cloudfunction'
import { startTestApp, type TestApp } from './helpers/testApp'

let t: TestApp
let main: ReturnType<typeof createCloudFunctionHandler>

beforeAll(async () => {
  t = await startTestApp({ env: { TRUST_CLOUD_HOSTING_HEADERS: 'true' } })
  const listener = t.app.callback()
  main = createCloudFunctionHandler(async () => listener)
})
afterAll(() => t.stop())

const json = (r: { body: string }) => JSON.parse(r.body) as Record<string, unknown>

describe('cloud function adapter', () => {
  it('serves a GET with query parameters', async () => {
    const res = await main({ path: '/api/health', httpMethod: 'GET', headers: {}, queryStringParameters: { x: '1' } })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toMatch(/application\/json/)
    expect(res.headers['x-request-id']).toBeTruthy()
    expect(res.isBase64Encoded).toBe(false)
    expect(json(res)).toMatchObject({ ok: true, db: 'up' })
  })

  it('authenticates with the OPENID of the function context', async () => {
    const res = await main({ path: '/api/me', httpMethod: 'GET', headers: {} }, { OPENID: 'o-cf-1', APPID: 'wx-test' })
    expect(res.statusCode).toBe(200)
    expect(json(res)).toMatchObject({ role: 'resident', townshipId: t.township.id })
    const again = await main({ path: '/api/me', httpMethod: 'GET', userInfo: { openId: 'o-cf-1' } })
    expect(json(again).id).toBe(json(res).id)
  })

  it('ignores identity headers a caller put in the event', async () => {
    const res = await main({ path: '/api/me', httpMethod: 'GET', headers: { 'X-WX-OPENID': 'o-forged' } })
    expect(res.statusCode).toBe(401)
  })

  it('passes JSON bodies (plain or base64) and error answers through', async () => {
    const body = JSON.stringify({ code: 'dev-cf' })
    const plain = await main({ path: '/api/auth/wechat-login', httpMethod: 'POST', headers: { 'Content-Type': 'application/json' }, body })
    expect(plain.statusCode).toBe(200)
    expect(json(plain).me).toMatchObject({ role: 'resident' })
    const b64 = await main({
      path: '/api/auth/wechat-login',
      httpMethod: 'POST',
      headers: { 'content-type': 'application/json' },
      body: Buffer.from(body).toString('base64'),
      isBase64Encoded: true
    })
    expect(b64.statusCode).toBe(200)
    const broken = await main({ path: '/api/auth/wechat-login', httpMethod: 'POST', headers: { 'content-type': 'application/json' }, body: '{' })
    expect(broken.statusCode).toBe(400)
    expect(json(broken).code).toBe('INVALID_JSON')
  })

  it('answers 204 with an empty body', async () => {
    const res = await main({ path: '/api/auth/logout', httpMethod: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
    expect(res.statusCode).toBe(204)
    expect(res.body).toBe('')
  })
})
