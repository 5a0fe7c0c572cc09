/**
 * `npm run bench:api`: the request path of the backend as ratios to a bare Koa route. Starts, on
 * loopback and each in a process of its own, (a) a Koa app whose only route returns a small JSON body
 * and (b) the backend (its own embedded database in a temporary directory, or MONGODB_URI) with the demo township
 * and its published guides. The same load generator — a worker thread keeping CONNECTIONS keep-alive
 * connections busy for DURATION_MS after a warm-up — then measures requests/s of (a) the bare route,
 * (b) GET /api/guides/:id of a published guide and (c) GET /api/guides?q=… (the resident's search).
 * Every answer must be 200; otherwise the exit code is 1. Progress goes to stderr; the last line on
 * stdout is the JSON summary with the ratios b/a and c/a.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { startBareKoa, startBenchServer } from './support'
import { seedOrgAndGuides, type SeededOrg } from '../seed/seedOrgAndGuides'
import { seedData } from '../seed/data'

const CONNECTIONS = 10
const DURATION_MS = 5000
const WARMUP_MS = 1000
const NOW = '2025-03-03T02:00:00Z'
const GUIDE_SLUG = 'dibao'
const SEARCH = '低保'

interface LoadResult {
  requests: number
  non200: number
  errors: number
  seconds: number
}

/** The load generator, plain JavaScript for a worker thread: N loops, each on its own keep-alive connection. */
const LOAD_GENERATOR = `
const http = require('node:http')
const { parentPort, workerData } = require('node:worker_threads')
const { url, connections, warmupMs, durationMs } = workerData
const agent = new http.Agent({ keepAlive: true, maxSockets: connections })
const get = () => new Promise((resolve) => {
  const req = http.get(url, { agent }, (res) => {
    res.resume()
    res.on('end', () => resolve(res.statusCode))
  })
  req.on('error', () => resolve(0))
})
async function run() {
  const warmEnd = Date.now() + warmupMs
  await Promise.all(Array.from({ length: connections }, async () => { while (Date.now() < warmEnd) await get() }))
  let requests = 0, non200 = 0, errors = 0
  const start = process.hrtime.bigint()
  const end = Date.now() + durationMs
  await Promise.all(Array.from({ length: connections }, async () => {
    while (Date.now() < end) {
      const status = await get()
      requests++
      if (status === 0) errors++
      else if (status !== 200) non200++
    }
  }))
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  agent.destroy()
  parentPort.postMessage({ requests, non200, errors, seconds })
}
run()
`

function load(url: string): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(LOAD_GENERATOR, {
      eval: true,
      workerData: { url, connections: CONNECTIONS, warmupMs: WARMUP_MS, durationMs: DURATION_MS }
    })
    worker.once('message', (result: LoadResult) => resolve(result))
    worker.once('error', reject)
  })
}

async function main(): Promise<void> {
  console.log = console.error
  const dataDir = mkdtempSync(join(tmpdir(), 'xlb-bench-api-'))
  let seeded: SeededOrg | null = null
  const bare = await startBareKoa()
  const server = await startBenchServer({
    dataDir,
    now: NOW,
    seed: async (db) => {
      seeded = await seedOrgAndGuides(db, seedData, { now: new Date(NOW) })
    }
  })
  let failed = false
  try {
    const org = seeded as SeededOrg | null
    const guideId = org?.guideIds[GUIDE_SLUG]
    if (!org || !guideId) throw new Error(`the demo data has no guide "${GUIDE_SLUG}"`)
    const targets = {
      bare: bare.url,
      guide: `${server.url}/api/guides/${guideId}`,
      search: `${server.url}/api/guides?townshipId=${org.townshipId}&q=${encodeURIComponent(SEARCH)}&pageSize=20`
    }
    const rps: Record<keyof typeof targets, number> = { bare: 0, guide: 0, search: 0 }
    for (const name of Object.keys(targets) as (keyof typeof targets)[]) {
      const check = await fetch(targets[name])
      if (check.status !== 200) throw new Error(`GET ${targets[name]} answered ${check.status}: ${await check.text()}`)
      await check.arrayBuffer()
      const result = await load(targets[name])
      rps[name] = result.requests / result.seconds
      if (result.non200 || result.errors) failed = true
      console.error(
        `${name}: ${result.requests} requests in ${result.seconds.toFixed(1)} s over ${CONNECTIONS} connections → ${rps[name].toFixed(0)}/s` +
          (result.non200 || result.errors ? ` (${result.non200} not 200, ${result.errors} failed)` : '')
      )
    }
    const round = (x: number) => Math.round(x)
    const ratio = (x: number) => Math.round((x / rps.bare) * 1000) / 1000
    process.stdout.write(
      JSON.stringify({
        bench: 'api',
        bareRps: round(rps.bare),
        guideRps: round(rps.guide),
        searchRps: round(rps.search),
        guideRatio: ratio(rps.guide),
        searchRatio: ratio(rps.search)
      }) + '\n'
    )
    if (failed) process.exitCode = 1
  } finally {
    await server.stop()
    await bare.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
