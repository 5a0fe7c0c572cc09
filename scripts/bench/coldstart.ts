/**
 * `npm run bench:coldstart`: process start to the first answered `/api/health`, as WeChat Cloud Hosting
 * sees a container scaled from zero. Builds the production bundle (`npm run build:cloud`), starts a
 * database (the embedded server in this process, or MONGODB_URI) that already holds the app's
 * collections and indexes, as a production database does, then 5 times: spawns
 * `node dist/cloud/server.js` (NODE_ENV=production) and polls `/api/health` every 2 ms until it
 * answers 200 with the database up. The same for a bare Koa app answering a small JSON body. Progress
 * goes to stderr; the last line of stdout is the JSON result.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { startEmbeddedMongo } from '../../cloud/src/lib/embeddedMongo'

const RUNS = 5
const root = join(__dirname, '..', '..')
const log = (msg: string) => process.stderr.write(`${msg}\n`)

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number }
      s.close(() => resolve(port))
    })
  })
}

/** Milliseconds from spawning `args` until `url` answers 200 with `ok` in its body. */
async function timeToFirstAnswer(args: string[], env: Record<string, string>, url: string): Promise<number> {
  const started = performance.now()
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${stderr.slice(0, 500)}`)
      try {
        const res = await fetch(url)
        if (res.status === 200 && (await res.text()).includes('"ok":true')) return performance.now() - started
      } catch {
        // not listening yet
      }
      if (performance.now() - started > 30_000) throw new Error(`no answer within 30 s: ${stderr.slice(0, 500)}`)
      await new Promise((r) => setTimeout(r, 2))
    }
  } finally {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r))
      child.kill('SIGKILL')
      await exited
    }
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const round = (x: number) => Math.round(x * 10) / 10

/** A Koa app with one route and nothing else: the floor of what a Node HTTP service needs to start. */
const BARE_KOA = `
const Koa = require('koa')
const Router = require('@koa/router')
const app = new Koa()
const router = new Router()
router.get('/api/health', (ctx) => { ctx.body = { ok: true } })
app.use(router.routes())
app.listen(Number(process.env.PORT), '127.0.0.1')
`

async function main(): Promise<void> {
  log('building dist/cloud …')
  const built = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build-cloud.ts'], { cwd: root, encoding: 'utf8' })
  if (built.status !== 0) throw new Error(built.stderr || built.stdout)
  log(built.stdout.trim())

  const external = process.env.MONGODB_URI
  const embedded = external ? null : await startEmbeddedMongo({ dataDir: null })
  const mongoUri = external ?? embedded!.uri.replace("/?", "/xlb_coldstart?")
  const dir = mkdtempSync(join(tmpdir(), 'xlb-coldstart-'))
  const bare = join(dir, 'bare-koa.cjs')
  writeFileSync(bare, BARE_KOA.replace("require('koa')", `require(${JSON.stringify(join(root, 'node_modules/koa'))})`).replace("require('@koa/router')", `require(${JSON.stringify(join(root, 'node_modules/@koa/router'))})`))
  try {
    const key = (n: number) => Buffer.alloc(32, n).toString('base64')
    const appEnv = (port: number) => ({
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      MONGODB_URI: mongoUri,
      ID_ENCRYPTION_KEY: key(11),
      ID_HASH_KEY: key(12),
      WECHAT_APPID: 'wx-bench',
      WECHAT_SECRET: 'bench-secret',
      WECHAT_PUSH_TOKEN: 'benchPushToken1',
      WECHAT_API_BASE: 'http://127.0.0.1:9',
      STORAGE: 'local',
      PUBLIC_BASE_URL: 'https://xlb.example.cn',
      DATA_DIR: dir,
      H5_DIR: join(dir, 'no-h5'),
      LOG_LEVEL: 'warn'
    })
    log('warming the database (first start creates the collections and indexes) …')
    const warm = await freePort()
    await timeToFirstAnswer(['dist/cloud/start.js'], appEnv(warm), `http://127.0.0.1:${warm}/api/health`)

    const app: number[] = []
    const koa: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const p1 = await freePort()
      app.push(await timeToFirstAnswer(['dist/cloud/start.js'], appEnv(p1), `http://127.0.0.1:${p1}/api/health`))
      const p2 = await freePort()
      koa.push(await timeToFirstAnswer([bare], { PORT: String(p2) }, `http://127.0.0.1:${p2}/api/health`))
      log(`run ${i + 1}: app ${app[i]!.toFixed(0)} ms, bare Koa ${koa[i]!.toFixed(0)} ms`)
    }
    console.log(JSON.stringify({ bench: 'coldstart', runs: RUNS, medianMs: round(median(app)), bareKoaMedianMs: round(median(koa)) }))
  } finally {
    rmSync(dir, { recursive: true, force: true })
    await embedded?.stop()
  }
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
