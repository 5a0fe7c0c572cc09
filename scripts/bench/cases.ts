/**
 * `npm run bench:cases`: case submission under load, over real HTTP on loopback. Starts the backend
 * (its own embedded database in a temporary directory) with one township, then 1,000 different
 * residents POST /api/cases at the same moment while staff keep listing their queue; 10% of the
 * submissions are sent a second time with the same Idempotency-Key while the first is in flight (a
 * retry answered "still in progress" is retried, with a growing wait, until it gets the answer). Progress goes to stderr;
 * the last line on stdout is the JSON summary. `stored` must equal `submitted`, and `duplicates` and
 * `errors5xx` must be 0; otherwise the exit code is 1.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { Types } from 'mongoose'
import { startBenchServer } from './support'
import { randomToken, sha256Hex } from '../../cloud/src/lib/crypto'
import { sessionModel } from '../../cloud/src/modules/auth/model'
import { userModel } from '../../cloud/src/modules/users/model'
import { caseModel } from '../../cloud/src/modules/cases/model'
import { seedOrgAndGuides } from '../seed/seedOrgAndGuides'

const RESIDENTS = 1000
const RETRY_SHARE = 0.1
const STAFF = Number(process.env.BENCH_STAFF ?? 5)
const NOW = '2025-03-03T09:00:00+08:00'

interface Account {
  userId: string
  token: string
}

function percentile(sorted: number[], p: number): number {
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[idx] ?? 0
}
const round1 = (x: number) => Math.round(x * 10) / 10
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/**
 * fetch, sent again when the connection drops before an answer. Client and server share one busy
 * event loop here, so the server may close an idle keep-alive connection just as the client reuses it;
 * a real client retries such a request (a write with the same Idempotency-Key, so it cannot double).
 */
async function fetchRetrying(url: string, init: RequestInit, counter: { n: number }): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetch(url, init)
    } catch (err) {
      if (attempt >= 5 || !(err instanceof TypeError)) throw err
      counter.n++
      await sleep(20)
    }
  }
}

async function main(): Promise<void> {
  console.log = console.error
  const dataDir = mkdtempSync(join(tmpdir(), 'xlb-bench-cases-'))
  const residents: Account[] = []
  const staff: Account[] = []
  const started = performance.now()
  const server = await startBenchServer({
    dataDir,
    now: NOW,
    seed: async (db) => {
      const now = new Date(NOW)
      const org = await seedOrgAndGuides(
        db,
        {
          township: { key: 'bench-cases', name: '基准测试镇', county: '上高县', province: '江西省', address: '', phone: '', hours: '' },
          villages: [],
          departments: [{ key: 'minzheng', name: '民政办', windowName: '1号窗口 民政', place: '一楼', phone: '0795-2600101', description: '', order: 1 }],
          guides: [],
          contacts: []
        },
        { now }
      )
      const townshipId = new Types.ObjectId(org.townshipId)
      const departmentId = new Types.ObjectId(org.departmentIds.minzheng)
      const users = await userModel(db).insertMany([
        ...Array.from({ length: RESIDENTS }, (_, i) => ({ role: 'resident', displayName: `居民${i + 1}`, townshipId, departmentIds: [] })),
        ...Array.from({ length: STAFF }, (_, i) => ({ role: i === 0 ? 'admin' : 'staff', displayName: `工作人员${i + 1}`, townshipId, departmentIds: [departmentId] }))
      ])
      const tokens = users.map(() => randomToken())
      await sessionModel(db).insertMany(
        users.map((u, i) => ({
          tokenHash: sha256Hex(tokens[i]!),
          userId: u._id,
          via: 'dev',
          createdAt: now,
          // A day after the later of the fixed clock and the real one: the database's TTL sweep runs on real time
          expiresAt: new Date(Math.max(now.getTime(), Date.now()) + 24 * 3600_000),
          lastSeenAt: now
        }))
      )
      users.forEach((u, i) => (i < RESIDENTS ? residents : staff).push({ userId: String(u._id), token: tokens[i]! }))
    }
  })
  console.error(`server up with ${residents.length} residents and ${staff.length} staff in ${((performance.now() - started) / 1000).toFixed(1)} s at ${server.url}`)

  let errors5xx = 0
  const dropped = { n: 0 }
  const submitOnce = async (who: Account, key: string, i: number) => {
    const t0 = performance.now()
    const res = await fetchRetrying(
      `${server.url}/api/cases`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${who.token}`, 'idempotency-key': key },
        body: JSON.stringify({ type: i % 2 ? 'complaint' : 'consult', category: 'social', text: `第${i + 1}位居民反映：村口路灯不亮，晚上出行不便，请尽快修理。` })
      },
      dropped
    )
    const json = (await res.json()) as { id?: string; code?: string; message?: string }
    if (res.status >= 500) {
      errors5xx++
      console.error(`  ${res.status}: ${json.message ?? ''}`)
    }
    return { status: res.status, id: json.id ?? null, code: json.code ?? null, ms: performance.now() - t0 }
  }
  let inProgressAnswers = 0
  /**
   * Sends until the answer is not "still in progress", waiting longer each time (100 ms doubling to
   * 2 s), as a client retrying a submission should: a busy server is not asked faster the slower it is.
   */
  const submit = async (who: Account, key: string, i: number) => {
    for (let wait = 100; ; wait = Math.min(wait * 2, 2000)) {
      const r = await submitOnce(who, key, i)
      if (r.code !== 'IDEMPOTENCY_IN_PROGRESS') return r
      inProgressAnswers++
      await sleep(wait)
    }
  }

  try {
    let listing = true
    const listLatencies: number[] = []
    const staffLoops = staff.map(async (s) => {
      while (listing) {
        const t0 = performance.now()
        const res = await fetchRetrying(`${server.url}/api/staff/cases?pageSize=50`, { headers: { authorization: `Bearer ${s.token}` } }, dropped)
        await res.arrayBuffer()
        if (res.status >= 500) errors5xx++
        listLatencies.push(performance.now() - t0)
      }
    })
    const retried = Math.round(RESIDENTS * RETRY_SHARE)
    const t1 = performance.now()
    const firsts = residents.map((r, i) => submit(r, `bench-case-${i}`, i))
    const retries = residents.slice(0, retried).map((r, i) => sleep(5).then(() => submit(r, `bench-case-${i}`, i)))
    const [a, b] = await Promise.all([Promise.all(firsts), Promise.all(retries)])
    const elapsed = (performance.now() - t1) / 1000
    listing = false
    await Promise.all(staffLoops)

    const created = a.filter((x) => x.status === 201)
    const sameAnswer = b.filter((x, i) => x.status === 201 && x.id === a[i]!.id).length
    const statusCounts = [...a, ...b].reduce<Record<number, number>>((acc, x) => ({ ...acc, [x.status]: (acc[x.status] ?? 0) + 1 }), {})
    const Case = caseModel(server.db)
    const stored = await Case.countDocuments({})
    const perResident = await Case.aggregate<{ _id: unknown; n: number }>([{ $group: { _id: '$acting.submitterId', n: { $sum: 1 } } }])
    const duplicates = perResident.reduce((sum, g) => sum + g.n - 1, 0)
    const latencies = a.map((x) => x.ms).sort((x, y) => x - y)
    const listSorted = listLatencies.sort((x, y) => x - y)
    console.error(
      `${RESIDENTS} submissions + ${retried} retries in ${elapsed.toFixed(2)} s → ${JSON.stringify(statusCounts)}; ` +
        `${sameAnswer}/${retried} retries answered with the first case (${inProgressAnswers} "still in progress" answers on the way); ${listLatencies.length} queue listings, p99 ${percentile(listSorted, 99).toFixed(0)} ms; ${dropped.n} requests re-sent after a dropped connection`
    )
    process.stdout.write(
      JSON.stringify({
        bench: 'cases',
        submitted: RESIDENTS,
        stored,
        duplicates,
        errors5xx,
        perSecond: round1(created.length / elapsed),
        p99ms: round1(percentile(latencies, 99))
      }) + '\n'
    )
    const ok = stored === RESIDENTS && created.length === RESIDENTS && duplicates === 0 && errors5xx === 0 && sameAnswer === retried
    if (!ok) process.exitCode = 1
  } finally {
    await server.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
