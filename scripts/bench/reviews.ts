/**
 * `npm run bench:reviews`: 好差评 statistics over 100,000 ratings through the HTTP API. Starts the
 * backend (its own embedded database in a temporary directory) with one township of four
 * departments, seeds 100,000 ratings over twelve months (levels, services, staff members, 差评 with
 * rectifications, a few upheld appeals and defaulted ratings), then asks GET /api/staff/reviewStats
 * for the whole year as the admin: one warm-up, then the median of five answers. Progress goes to
 * stderr; the last line on stdout is the JSON summary. A 5xx or a total that does not match the
 * seeded ratings exits 1.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { Types } from 'mongoose'
import { REVIEW_LEVELS, isBadLevel } from '../../src/shared/reviews'
import { randomToken, sha256Hex } from '../../cloud/src/lib/crypto'
import { sessionModel } from '../../cloud/src/modules/auth/model'
import { userModel } from '../../cloud/src/modules/users/model'
import { NO_RANK, reviewModel } from '../../cloud/src/modules/reviews/model'
import { seedOrgAndGuides } from '../seed/seedOrgAndGuides'
import { rng, startBenchServer } from './support'

const RATINGS = Number(process.env.BENCH_RATINGS ?? 100_000)
const NOW = '2025-12-20T09:00:00+08:00'
const DEPARTMENTS = ['minzheng', 'shebao', 'nongye', 'tuiyi'] as const
/** Level weights, best first: most people are satisfied. */
const WEIGHTS = [0.55, 0.3, 0.09, 0.04, 0.02]

async function main(): Promise<void> {
  console.log = console.error
  const dataDir = mkdtempSync(join(tmpdir(), 'xlb-bench-reviews-'))
  let token = ''
  const started = performance.now()
  const server = await startBenchServer({
    dataDir,
    now: NOW,
    seed: async (db) => {
      const now = new Date(NOW)
      const org = await seedOrgAndGuides(
        db,
        {
          township: { key: 'bench-reviews', name: '基准测试镇', county: '上高县', province: '江西省', address: '', phone: '', hours: '' },
          villages: [],
          departments: DEPARTMENTS.map((key, i) => ({ key, name: `${key}站`, windowName: `${i + 1}号窗口`, place: '一楼', phone: '', description: '', order: i + 1 })),
          guides: [],
          contacts: []
        },
        { now }
      )
      const townshipId = new Types.ObjectId(org.townshipId)
      const [admin] = await userModel(db).insertMany([{ role: 'admin', displayName: '主任', townshipId, departmentIds: [] }])
      token = randomToken()
      await sessionModel(db).insertMany([
        { tokenHash: sha256Hex(token), userId: admin!._id, via: 'dev', createdAt: now, expiresAt: new Date(Math.max(now.getTime(), Date.now()) + 24 * 3600_000), lastSeenAt: now }
      ])
      const r = rng(11)
      const staff = Array.from({ length: 20 }, (_, i) => ({ id: new Types.ObjectId(), name: `工作人员${i + 1}` }))
      const services = Array.from({ length: 40 }, (_, i) => `事项${i + 1}`)
      const Review = reviewModel(db)
      for (let done = 0; done < RATINGS; ) {
        const batch = Array.from({ length: Math.min(5000, RATINGS - done) }, (_, j) => {
          const i = done + j
          const roll = r.next()
          let acc = 0
          const level = REVIEW_LEVELS[WEIGHTS.findIndex((w) => roll < (acc += w))] ?? 'satisfied'
          const month = `2025-${String(1 + r.int(12)).padStart(2, '0')}`
          const at = new Date(`${month}-10T02:00:00Z`)
          const d = r.int(DEPARTMENTS.length)
          const s = r.pick(staff)
          const window = r.next() < 0.2
          const bad = isBadLevel(level)
          const dueBy = new Date(at.getTime() + 7 * 86_400_000)
          const doneAt = bad ? new Date(at.getTime() + (r.int(9) + 1) * 86_400_000) : null
          return {
            _id: new Types.ObjectId(),
            townshipId,
            departmentId: new Types.ObjectId(org.departmentIds[DEPARTMENTS[d]!]),
            departmentName: `${DEPARTMENTS[d]}站`,
            windowName: `${d + 1}号窗口`,
            service: window ? 'window' : r.next() < 0.5 ? 'appointment' : 'case',
            serviceId: window ? null : new Types.ObjectId(),
            serviceKey: `bench:${i}`,
            serviceTitle: window ? `${d + 1}号窗口` : r.pick(services),
            staffId: window ? null : s.id,
            staffName: window ? null : s.name,
            servedAt: at,
            month,
            level,
            dimensions: {},
            comment: null,
            moderation: 'passed',
            moderationNote: null,
            commentReviewed: false,
            anonymous: window && r.next() < 0.5,
            acting: { submitterId: new Types.ObjectId(), submitterRole: 'resident', submitterName: '居民', applicantPersonId: new Types.ObjectId(), applicantName: '居民', onBehalf: false, consentId: null },
            defaulted: !bad && r.next() < 0.03,
            bad,
            excluded: bad && r.next() < 0.05,
            status: bad ? 'closed' : 'rated',
            resumeStatus: null,
            rectification: bad
              ? { start: month, workingDays: 5, dueDate: month, dueBy, finding: '核实', outcome: 'rectified', outcomeText: '已整改', callBackMethod: 'phone', callBackText: '已回访', calledBackAt: doneAt, doneAt, onTime: doneAt! <= dueBy, reopened: false, residentLevel: 'satisfied', residentComment: null, escalatedFor: null }
              : null,
            queueRank: NO_RANK,
            appeal: null,
            ratedAt: at,
            amendableUntil: at,
            updates: [],
            pendingNotices: [],
            updatedAt: at
          }
        })
        await Review.collection.insertMany(batch as never[])
        done += batch.length
        console.error(`  seeded ${done} ratings`)
      }
    }
  })
  console.error(`server up with ${RATINGS} ratings in ${((performance.now() - started) / 1000).toFixed(1)} s at ${server.url}`)
  try {
    const ask = async () => {
      const t0 = performance.now()
      const res = await fetch(`${server.url}/api/staff/reviewStats?from=2025-01&to=2025-12`, { headers: { authorization: `Bearer ${token}` } })
      const body = (await res.json()) as { total?: { counted: number; excluded: number }; message?: string }
      const ms = performance.now() - t0
      if (res.status !== 200 || !body.total) throw new Error(`reviewStats answered ${res.status}: ${body.message ?? ''}`)
      if (body.total.counted + body.total.excluded !== RATINGS) throw new Error(`reviewStats counted ${body.total.counted + body.total.excluded} of ${RATINGS} ratings`)
      return ms
    }
    await ask()
    const times: number[] = []
    for (let i = 0; i < 5; i++) times.push(await ask())
    times.sort((a, b) => a - b)
    console.error(`  answers: ${times.map((t) => t.toFixed(0)).join(', ')} ms`)
    process.stdout.write(`${JSON.stringify({ bench: 'reviews', ratings: RATINGS, statsMs: Math.round(times[2]!) })}\n`)
  } finally {
    await server.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
