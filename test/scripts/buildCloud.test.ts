import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startEmbeddedMongo, type EmbeddedMongo } from '../../cloud/src/lib/embeddedMongo'

const ROOT = join(__dirname, '../..')
const DIST = join(ROOT, 'dist/cloud')

let mongo: EmbeddedMongo
let dir: string
beforeAll(async () => {
  execFileSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build-cloud.ts'], { cwd: ROOT, stdio: 'pipe' })
  mongo = await startEmbeddedMongo({ dataDir: null })
  dir = mkdtempSync(join(tmpdir(), 'xlb-build-cloud-'))
}, 120_000)
afterAll(async () => {
  await mongo.stop()
  rmSync(dir, { recursive: true, force: true })
})

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number }
      s.close(() => resolve(port))
    })
  })

describe('npm run build:cloud', () => {
  it('writes plain-JavaScript bundles with their code caches and entries, no tsx needed', () => {
    for (const f of ['server.js', 'server.js.v8cache', 'cloudfunction.js', 'cloudfunction.js.v8cache', 'start.js', 'index.js']) {
      expect(existsSync(join(DIST, f))).toBe(true)
    }
    const fn = execFileSync(process.execPath, ['-e', `process.stdout.write(typeof require(${JSON.stringify(join(DIST, 'index.js'))}).main)`], { encoding: 'utf8' })
    expect(fn).toBe('function')
  })

  it('starts in production with node dist/cloud/start.js and answers /api/health with the database up', async () => {
    const port = await freePort()
    const key = (n: number) => Buffer.alloc(32, n).toString('base64')
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      MONGODB_URI: mongo.uri.replace('/?', '/xlb_build_cloud?'),
      ID_ENCRYPTION_KEY: key(21),
      ID_HASH_KEY: key(22),
      WECHAT_APPID: 'wx-build-test',
      WECHAT_SECRET: 'build-test-secret',
      WECHAT_PUSH_TOKEN: 'buildTestToken1',
      WECHAT_API_BASE: 'http://127.0.0.1:9',
      STORAGE: 'local',
      PUBLIC_BASE_URL: 'https://xlb.example.cn',
      DATA_DIR: dir,
      LOG_LEVEL: 'warn'
    }
    const child = spawn(process.execPath, [join(DIST, 'start.js')], { env: { ...process.env, ...env }, stdio: 'ignore' })
    try {
      const until = Date.now() + 20_000
      let body: unknown = null
      while (Date.now() < until) {
        try {
          const res = await fetch(`http://127.0.0.1:${port}/api/health`)
          if (res.ok) {
            body = await res.json()
            break
          }
        } catch {
          await new Promise((r) => setTimeout(r, 50))
        }
      }
      expect(body).toMatchObject({ ok: true, db: 'up' })
      const openapi = await fetch(`http://127.0.0.1:${port}/api/openapi.json`)
      expect(Object.keys(((await openapi.json()) as { paths: object }).paths).length).toBeGreaterThan(50)
    } finally {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r))
        child.kill('SIGTERM')
        await exited
      }
    }
  }, 60_000)
})
