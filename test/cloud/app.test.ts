import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { once } from 'node:events'
import { gzipSync } from 'node:zlib'
import Koa from 'koa'
import request from 'supertest'
import { errorHandler, toAppError } from '../../cloud/src/lib/errorHandler'
import { createLogger } from '../../cloud/src/lib/logger'
import { startTestApp, type TestApp } from './helpers/testApp'

let t: TestApp

beforeAll(async () => {
  t = await startTestApp()
})
afterAll(() => t.stop())

const code = { code: 'dev-abc' }

describe('error shapes', () => {
  it('answers malformed JSON with 400 INVALID_JSON and the request id', async () => {
    const res = await t.http.post('/api/auth/wechat-login').set('content-type', 'application/json').send('{"code": ')
    expect(res.status).toBe(400)
    expect(res.body).toEqual({ code: 'INVALID_JSON', message: '请求内容不是有效的 JSON', requestId: res.headers['x-request-id'] })
  })

  it('treats a bare JSON scalar as invalid JSON', async () => {
    const res = await t.http.post('/api/auth/wechat-login').set('content-type', 'application/json').send('"dev-a"')
    expect(res.status).toBe(400)
    expect(res.body.code).toBe('INVALID_JSON')
  })

  it('refuses prototype pollution attempts as invalid JSON', async () => {
    const res = await t.http
      .post('/api/auth/wechat-login')
      .set('content-type', 'application/json')
      .send('{"code":"dev-a","__proto__":{"admin":true}}')
    expect(res.status).toBe(400)
  })

  it('names wrong types per field in Chinese', async () => {
    const res = await t.http.post('/api/auth/wechat-login').send({ code: 42 })
    expect(res.status).toBe(400)
    expect(res.body.code).toBe('VALIDATION_FAILED')
    expect(res.body.fields.code).toMatch(/[\u4e00-\u9fff]/)
  })

  it('rejects unknown fields by name', async () => {
    const res = await t.http.post('/api/auth/wechat-login').send({ ...code, role: 'admin' })
    expect(res.status).toBe(400)
    expect(res.body.message).toContain('role')
  })

  it('refuses bodies over 100 KiB with 413, as WeChat Cloud Hosting does', async () => {
    const fits = await t.http.post('/api/auth/wechat-login').send({ code: 'x'.repeat(100 * 1024 - 20) })
    expect(fits.status).toBe(400)
    const res = await t.http.post('/api/auth/wechat-login').send({ code: 'x'.repeat(100 * 1024 + 10) })
    expect(res.status).toBe(413)
    expect(res.body.code).toBe('PAYLOAD_TOO_LARGE')
    expect(res.body.message).toContain('提交的内容太大（超过 100 KB）')
  })

  it('refuses writes that are not JSON with 415', async () => {
    const res = await t.http.post('/api/auth/wechat-login').set('content-type', 'text/plain').send('code=dev-a')
    expect(res.status).toBe(415)
    const form = await t.http.post('/api/auth/wechat-login').type('form').send({ code: 'dev-a' })
    expect(form.status).toBe(415)
  })

  it('answers unknown API paths with a JSON 404 in Chinese', async () => {
    const res = await t.http.get('/api/no/such/thing')
    expect(res.status).toBe(404)
    expect(res.headers['content-type']).toMatch(/json/)
    expect(res.body.message).toBe('没有这个接口，请检查地址是否正确')
  })

  it('answers a known path with the wrong method with 405', async () => {
    const res = await t.http.delete('/api/health')
    expect(res.status).toBe(405)
    expect(res.body.code).toBe('METHOD_NOT_ALLOWED')
  })

  it('answers malformed ids in the path with 400, not 500', async () => {
    const admin = await t.signIn('admin')
    const res = await t.http.get('/api/admin/staff-signups/not-an-id/identity').set(admin.headers)
    expect(res.status).toBe(400)
  })

  it('hides internals of unexpected errors behind 500 INTERNAL', async () => {
    const app = new Koa()
    app.silent = true
    app.use(async (ctx, next) => {
      ctx.state.requestId = 'rid-1'
      await next()
    })
    app.use(errorHandler(createLogger({ logLevel: 'silent' })))
    app.use(() => {
      throw new Error('connection string mongodb://secret@host')
    })
    const res = await request(app.callback()).get('/')
    expect(res.status).toBe(500)
    expect(res.body).toEqual({ code: 'INTERNAL', message: '服务器出了点问题，请稍后再试', requestId: 'rid-1' })
    expect(res.text).not.toContain('secret')
  })

  it('maps mongoose and MongoDB errors to 4xx', () => {
    expect(toAppError({ name: 'CastError', path: '_id' })?.status).toBe(400)
    expect(toAppError({ name: 'ValidationError', errors: { name: {} } })?.fields).toEqual({ name: '内容不正确' })
    expect(toAppError({ code: 11000, message: 'E11000 duplicate key' })?.status).toBe(409)
    expect(toAppError(new Error('boom'))).toBeNull()
  })
})

describe('request ids', () => {
  it('keeps a sane incoming X-Request-Id', async () => {
    const res = await t.http.get('/api/health').set('X-Request-Id', 'abc-123_x.y:z')
    expect(res.headers['x-request-id']).toBe('abc-123_x.y:z')
  })

  it('replaces an unsafe or missing one with a generated id', async () => {
    const bad = await t.http.get('/api/health').set('X-Request-Id', 'a b<script>')
    expect(bad.headers['x-request-id']).toMatch(/^[0-9a-f]{16}$/)
    const none = await t.http.get('/api/health')
    expect(none.headers['x-request-id']).toMatch(/^[0-9a-f]{16}$/)
    expect(none.headers['x-request-id']).not.toBe(bad.headers['x-request-id'])
  })
})

describe('system routes', () => {
  it('reports health with the database state', async () => {
    const res = await t.http.get('/api/health')
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ ok: true, db: 'up', time: t.clock.now().toISOString() })
  })

  it('sets security headers and no x-powered-by', async () => {
    const res = await t.http.get('/api/health')
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    expect(res.headers['cache-control']).toBe('no-store')
    expect(res.headers['x-powered-by']).toBeUndefined()
  })

  it('documents every route the router serves in openapi.json', async () => {
    const res = await t.http.get('/api/openapi.json')
    expect(res.status).toBe(200)
    const doc = res.body as { openapi: string; paths: Record<string, Record<string, unknown>> }
    expect(doc.openapi).toBe('3.1.0')
    const documented = Object.entries(doc.paths)
      .flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`))
      .sort()
    const served = t.app.apiRouter.stack
      .flatMap((layer) =>
        layer.methods
          .filter((m) => m !== 'HEAD')
          .map((m) => `${m} ${String(layer.path).replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`)
      )
      .sort()
    expect(served.length).toBeGreaterThan(10)
    expect(documented).toEqual(served)
    const signup = doc.paths['/api/staff/signups']!.post as { parameters: { name: string }[] }
    expect(signup.parameters.map((p) => p.name)).toContain('Idempotency-Key')
  })
})

describe('compressed bodies', () => {
  it('accepts gzip JSON and answers broken gzip with 400', async () => {
    const server = http.createServer(t.app.callback()).listen(0, '127.0.0.1')
    await once(server, 'listening')
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/auth/wechat-login`
    const headers = { 'content-type': 'application/json', 'content-encoding': 'gzip' }
    try {
      const ok = await fetch(url, { method: 'POST', headers, body: gzipSync(JSON.stringify({ code: 'dev-gzip' })) })
      expect(ok.status).toBe(200)
      const broken = await fetch(url, { method: 'POST', headers, body: 'definitely not gzip' })
      expect(broken.status).toBe(400)
      expect(((await broken.json()) as { code: string }).code).toBe('INVALID_ENCODING')
    } finally {
      server.close()
    }
  })
})
