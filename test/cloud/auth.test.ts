import { Types } from 'mongoose'
import { sessionModel } from '../../cloud/src/modules/auth/model'
import { userModel } from '../../cloud/src/modules/users/model'
import { startTestApp, type TestApp } from './helpers/testApp'
import { startTestMongo } from '../helpers/mongo'

let mongo: { uri: string; stop(): Promise<void> }
let t: TestApp

beforeAll(async () => {
  mongo = await startTestMongo()
  t = await startTestApp({ mongo })
})
afterAll(async () => {
  await t.stop()
  await mongo.stop()
})
beforeEach(() => t.wechat.state.reset())

const login = (code: string) => t.http.post('/api/auth/wechat-login').send({ code })

describe('POST /api/auth/wechat-login', () => {
  it('creates a resident of the default township and returns a working session', async () => {
    const res = await login('dev-li')
    expect(res.status).toBe(200)
    expect(res.body.token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(res.body.me).toMatchObject({ role: 'resident', townshipId: t.township.id, departmentIds: [], staffSignup: null })
    const me = await t.http.get('/api/me').set('Authorization', `Bearer ${res.body.token}`)
    expect(me.status).toBe(200)
    expect(me.body.id).toBe(res.body.me.id)
    const stored = await sessionModel(t.db).findOne({ userId: res.body.me.id }).lean()
    expect(stored!.tokenHash).not.toBe(res.body.token)
    expect(JSON.stringify(stored)).not.toContain(res.body.token)
  })

  it('finds the same account again for the same openid', async () => {
    const a = await login('dev-wang')
    const b = await login('dev-wang')
    expect(b.body.me.id).toBe(a.body.me.id)
    expect(b.body.token).not.toBe(a.body.token)
  })

  it('creates exactly one account when first logins race', async () => {
    const results = await Promise.all(Array.from({ length: 8 }, () => login('dev-race')))
    expect(results.every((r) => r.status === 200)).toBe(true)
    expect(new Set(results.map((r) => r.body.me.id)).size).toBe(1)
    expect(await userModel(t.db).countDocuments({ openid: 'o-dev-race' })).toBe(1)
  })

  it('answers an invalid code with 400 and a plain instruction', async () => {
    const res = await login('invalid')
    expect(res.status).toBe(400)
    expect(res.body.message).toBe('登录凭证已失效，请重新进入小程序')
  })

  it('answers 503 when WeChat cannot be reached', async () => {
    t.wechat.state.failNext(1, { kind: 'network' })
    const res = await login('dev-down')
    expect(res.status).toBe(503)
    expect(res.body).toMatchObject({ code: 'WECHAT_UNAVAILABLE', message: '微信服务暂时连不上，请稍后再试' })
  })

  it('rejects an empty code before calling WeChat', async () => {
    const res = await login('  ')
    expect(res.status).toBe(400)
    expect(t.wechat.state.calls).toHaveLength(0)
  })
})

describe('sessions', () => {
  it('answers a garbage or unknown token with 401 SESSION_EXPIRED', async () => {
    for (const token of ['garbage', 'A'.repeat(43)]) {
      const res = await t.http.get('/api/me').set('Authorization', `Bearer ${token}`)
      expect(res.status).toBe(401)
      expect(res.body).toMatchObject({ code: 'SESSION_EXPIRED', message: '登录已过期，请重新进入小程序' })
    }
  })

  it('answers no token at all with 401 UNAUTHORIZED', async () => {
    const res = await t.http.get('/api/me')
    expect(res.status).toBe(401)
    expect(res.body.code).toBe('UNAUTHORIZED')
  })

  it('treats a stale token on a public route as anonymous', async () => {
    const res = await t.http.get('/api/health').set('Authorization', `Bearer ${'B'.repeat(43)}`)
    expect(res.status).toBe(200)
  })

  it('expires after SESSION_TTL_HOURS', async () => {
    const { token } = (await login('dev-expire')).body as { token: string }
    t.clock.advance(719 * 3600 * 1000)
    expect((await t.http.get('/api/me').set('Authorization', `Bearer ${token}`)).status).toBe(200)
    t.clock.advance(2 * 3600 * 1000)
    expect((await t.http.get('/api/me').set('Authorization', `Bearer ${token}`)).status).toBe(401)
    t.clock.advance(-721 * 3600 * 1000)
  })

  it('updates lastSeenAt at most once a minute', async () => {
    const { token, me } = (await login('dev-seen')).body as { token: string; me: { id: string } }
    const seen = async () => (await sessionModel(t.db).findOne({ userId: me.id }).lean())!.lastSeenAt.getTime()
    const start = await seen()
    t.clock.advance(30 * 1000)
    await t.http.get('/api/me').set('Authorization', `Bearer ${token}`)
    expect(await seen()).toBe(start)
    t.clock.advance(31 * 1000)
    await t.http.get('/api/me').set('Authorization', `Bearer ${token}`)
    expect(await seen()).toBe(start + 61 * 1000)
    t.clock.advance(-61 * 1000)
  })

  it('ends on logout', async () => {
    const { token } = (await login('dev-out')).body as { token: string }
    const out = await t.http.post('/api/auth/logout').set('Authorization', `Bearer ${token}`)
    expect(out.status).toBe(204)
    expect((await t.http.get('/api/me').set('Authorization', `Bearer ${token}`)).status).toBe(401)
  })

  it('sees a role change on the next request', async () => {
    const { token, me } = (await login('dev-promote')).body as { token: string; me: { id: string } }
    await userModel(t.db).updateOne({ _id: me.id }, { $set: { role: 'admin' } })
    const res = await t.http.get('/api/admin/audit').set('Authorization', `Bearer ${token}`)
    expect(res.status).toBe(200)
  })
})

describe('development login', () => {
  it('lists demo persons and signs in as one', async () => {
    const admin = await t.signIn('admin', { displayName: '演示负责人' })
    const people = await t.http.get('/api/auth/dev-people').query({ townshipId: t.township.id })
    expect(people.status).toBe(200)
    const row = (people.body as { id: string; role: string; displayName: string; description: string }[]).find(
      (p) => p.id === admin.userId
    )
    expect(row).toMatchObject({ role: 'admin', displayName: '演示负责人', description: '测试用admin' })
    const res = await t.http.post('/api/auth/dev-login').send({ userId: admin.userId })
    expect(res.status).toBe(200)
    expect(res.body.me.role).toBe('admin')
  })

  it('refuses accounts that are not demo persons', async () => {
    const real = await userModel(t.db).create({ role: 'admin', displayName: '真人', townshipId: new Types.ObjectId(t.township.id), openid: 'o-real' })
    const res = await t.http.post('/api/auth/dev-login').send({ userId: String(real._id) })
    expect(res.status).toBe(404)
  })

  it('is refused in production', async () => {
    const prod = await startTestApp({
      mongo,
      env: {
        NODE_ENV: 'production',
        MONGODB_URI: mongo.uri,
        ID_ENCRYPTION_KEY: Buffer.alloc(32, 3).toString('base64'),
        ID_HASH_KEY: Buffer.alloc(32, 4).toString('base64'),
        WECHAT_APPID: 'wx-prod',
        WECHAT_SECRET: 'prod-secret',
        WECHAT_PUSH_TOKEN: 'prodPushToken1',
        STORAGE: 'local',
        PUBLIC_BASE_URL: 'https://xlb.example.cn'
      }
    })
    try {
      const admin = await prod.signIn('admin')
      const list = await prod.http.get('/api/auth/dev-people')
      expect(list.status).toBe(403)
      expect(list.body.message).toBe('演示登录只在演示环境可用')
      const res = await prod.http.post('/api/auth/dev-login').send({ userId: admin.userId })
      expect(res.status).toBe(403)
      expect(res.body.message).toBe('演示登录只在演示环境可用')
    } finally {
      await prod.stop()
    }
  })
})

describe('Cloud Hosting identity headers', () => {
  it('are ignored unless TRUST_CLOUD_HOSTING_HEADERS is on', async () => {
    const res = await t.http.get('/api/me').set('X-WX-OPENID', 'o-header')
    expect(res.status).toBe(401)
    expect(await userModel(t.db).countDocuments({ openid: 'o-header' })).toBe(0)
  })

  it('authenticate the openid (created as resident on first sight) when trusted', async () => {
    const trusted = await startTestApp({ mongo, env: { TRUST_CLOUD_HOSTING_HEADERS: 'true' } })
    try {
      const a = await trusted.http.get('/api/me').set('X-WX-OPENID', 'o-cloud-1').set('X-WX-UNIONID', 'u-cloud-1')
      expect(a.status).toBe(200)
      expect(a.body).toMatchObject({ role: 'resident', townshipId: trusted.township.id })
      const b = await trusted.http.get('/api/me').set('X-WX-OPENID', 'o-cloud-1')
      expect(b.body.id).toBe(a.body.id)
      expect(trusted.wechat.state.calls).toHaveLength(0)
      const bad = await trusted.http.get('/api/me').set('X-WX-OPENID', 'o bad id')
      expect(bad.status).toBe(400)
    } finally {
      await trusted.stop()
    }
  })
})
