import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { startServer, type RunningServer } from '../../cloud/src/server'
import { townshipModel } from '../../cloud/src/modules/org/model'
import { startTestMongo } from '../helpers/mongo'

let dir: string
let h5: string

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'xlb-server-'))
  h5 = path.join(dir, 'h5')
  await mkdir(path.join(h5, 'js'), { recursive: true })
  await writeFile(path.join(h5, 'index.html'), '<!doctype html><title>乡里办</title>')
  await writeFile(path.join(h5, 'js', 'app.3f2a91c0.js'), 'console.log(1)')
  await writeFile(path.join(h5, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
  await writeFile(path.join(dir, 'secret.txt'), 'outside the H5 root')
})
afterAll(() => rm(dir, { recursive: true, force: true }))

const env = { NODE_ENV: 'test', LOG_LEVEL: 'silent' }

describe('startServer on an external MongoDB', () => {
  let mongo: { uri: string; stop(): Promise<void> }
  let server: RunningServer

  let quiet: jest.SpyInstance

  beforeAll(async () => {
    quiet = jest.spyOn(console, 'log').mockImplementation(() => undefined)
    mongo = await startTestMongo()
    server = await startServer({
      env,
      port: 0,
      host: '127.0.0.1',
      mongodbUri: mongo.uri,
      h5Dir: h5,
      handleSignals: false,
      seed: async (db) => {
        await townshipModel(db).create({ key: 'srv', name: '新界埠镇', county: '永修县', province: '江西省' })
      }
    })
  })
  afterAll(async () => {
    await server.stop()
    await mongo.stop()
    quiet.mockRestore()
  })

  it('serves the API and the H5 build on one origin', async () => {
    const health = await fetch(`${server.url}/api/health`)
    expect(health.status).toBe(200)
    expect(await health.json()).toMatchObject({ ok: true, db: 'up' })
    const index = await fetch(`${server.url}/`)
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(index.headers.get('cache-control')).toBe('no-cache')
    expect(await index.text()).toContain('乡里办')
  })

  it('falls back to index.html for client routes but not for missing files', async () => {
    const route = await fetch(`${server.url}/pages/guides/detail/index?id=1`)
    expect(route.status).toBe(200)
    expect(await route.text()).toContain('乡里办')
    expect((await fetch(`${server.url}/js/missing.js`)).status).toBe(404)
    const api = await fetch(`${server.url}/api/nothing-here`)
    expect(api.status).toBe(404)
    expect((await api.json()).message).toBe('没有这个接口，请检查地址是否正确')
  })

  it('caches hashed assets for a year and revalidates with ETags', async () => {
    const js = await fetch(`${server.url}/js/app.3f2a91c0.js`)
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    const svg = await fetch(`${server.url}/logo.svg`)
    expect(svg.headers.get('content-type')).toBe('image/svg+xml')
    const again = await fetch(`${server.url}/logo.svg`, { headers: { 'if-none-match': svg.headers.get('etag')! } })
    expect(again.status).toBe(304)
  })

  it('never serves files outside the H5 directory', async () => {
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/js/..%2f..%2fsecret.txt']) {
      const res = await fetch(`${server.url}${p}`)
      expect(await res.text()).not.toContain('outside the H5 root')
    }
  })

  it('uses the local fake WeChat API when none is configured, so WeChat login works', async () => {
    const res = await fetch(`${server.url}/api/auth/wechat-login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: 'dev-server' })
    })
    expect(res.status).toBe(200)
    const session = (await res.json()) as { token: string; me: { role: string } }
    expect(session.me.role).toBe('resident')
  })
})

describe('startServer on the embedded database', () => {
  it('starts the embedded server in the data directory and stops cleanly', async () => {
    const logs: string[] = []
    const spy = jest.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void logs.push(args.join(' ')))
    const dataDir = path.join(dir, 'data')
    try {
      const server = await startServer({ env, port: 0, host: '127.0.0.1', dataDir, h5Dir: h5, handleSignals: false })
      try {
        expect((await fetch(`${server.url}/api/health`)).status).toBe(200)
      } finally {
        await server.stop()
      }
      expect(logs.join('\n')).toContain(`使用内置数据库（embedded MongoDB-compatible server），数据目录：${dataDir}`)
      await expect(fetch(`${server.url}/api/health`)).rejects.toThrow()
    } finally {
      spy.mockRestore()
    }
  })
})
