/**
 * `npm run bench:booking`: the race for the last seats, over real HTTP on loopback. Starts the
 * backend (its own embedded database in a temporary directory, or MONGODB_URI) with one window whose
 * slot has 10 seats, then:
 * 1. 500 different residents POST /api/appointments for that slot at the same moment;
 * 2. 100 of those requests are sent again with the same Idempotency-Key (every winner and 90 losers):
 *    a retry must answer as the first attempt did and never book a second seat;
 * 3. cancels and rebooks interleaved: in 5 rounds two holders cancel while 20 others try to book at
 *    the same time; then 50 more try at once, so every freed seat is taken again.
 * Progress goes to stderr; the last line on stdout is the JSON summary. `successes` (phase 1) and
 * `finalBooked` (the slot's counter at the end, checked against the active bookings) must equal the
 * capacity, and `duplicates` and `errors5xx` must be 0; otherwise the exit code is 1.
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
import { bookingModel, openingTemplateModel, slotModel } from '../../cloud/src/modules/appointments/model'
import { scopeKeyOf } from '../../cloud/src/modules/appointments/load'
import { seedOrgAndGuides } from '../seed/seedOrgAndGuides'

const CAPACITY = 10
const RESIDENTS = 500
const RETRIES = 100
const ROUNDS = 5
const CANCELS_PER_ROUND = 2
const REBOOKERS_PER_ROUND = 20
const FINAL_WAVE = 50
/** Monday 2025-03-03 08:00 in China; the slot is 10:00 the same day (booking closes at 09:00). */
const NOW = '2025-03-03T08:00:00+08:00'
const SLOT = { date: '2025-03-03', start: '10:00' }

interface Resident {
  userId: string
  token: string
}

interface Attempt {
  resident: Resident
  key: string
  status: number
  bookingId: string | null
  code: string | null
  ms: number
}

function percentile(sorted: number[], p: number): number {
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[idx] ?? 0
}

const round1 = (x: number) => Math.round(x * 10) / 10

async function main(): Promise<void> {
  console.log = console.error
  const dataDir = mkdtempSync(join(tmpdir(), 'xlb-bench-booking-'))
  const residents: Resident[] = []
  let guideId = ''
  const started = performance.now()
  const server = await startBenchServer({
    dataDir,
    now: NOW,
    seed: async (db) => {
      const now = new Date(NOW)
      const org = await seedOrgAndGuides(
        db,
        {
          township: { key: 'bench-booking', name: '基准测试镇', county: '上高县', province: '江西省', address: '', phone: '', hours: '' },
          villages: [],
          departments: [
            { key: 'minzheng', name: '民政', windowName: '1号窗口 民政', place: '便民服务中心一楼', phone: '0795-2600101', description: '', order: 1 }
          ],
          guides: [
            {
              slug: 'dibao',
              departmentKey: 'minzheng',
              content: {
                title: '最低生活保障申请',
                summary: '家庭人均收入低于低保标准的，可以申请最低生活保障。',
                eligibility: ['本镇户籍居民'],
                materials: [{ name: '居民身份证', originals: 1, copies: 1, required: true }],
                steps: [{ title: '窗口受理', detail: '材料齐全当场受理。', actor: 'window', days: 0 }],
                legalTimeLimitDays: 30,
                promisedTimeLimitDays: 15,
                fee: { free: true },
                place: '便民服务中心一楼 1号窗口',
                hours: '工作日 8:30–12:00、14:30–17:30',
                contactPhone: '0795-2600101',
                legalBasis: ['《社会救助暂行办法》'],
                faq: [],
                appointmentAvailable: true,
                maxOneTrip: true,
                proxyAllowed: true
              }
            }
          ],
          contacts: []
        },
        { now }
      )
      guideId = org.guideIds.dibao!
      const townshipId = new Types.ObjectId(org.townshipId)
      const departmentId = new Types.ObjectId(org.departmentIds.minzheng)
      const benchUser = new Types.ObjectId()
      await openingTemplateModel(db).create({
        townshipId,
        departmentId,
        guideId: null,
        scopeKey: scopeKeyOf(departmentId, null),
        weekdays: [1, 2, 3, 4, 5],
        sessions: [{ start: '08:30', end: '12:00' }],
        slotMinutes: 30,
        capacity: CAPACITY,
        horizonDays: 14,
        closeBeforeMinutes: 60,
        changeBeforeMinutes: 30,
        active: true,
        revision: 1,
        createdBy: benchUser,
        createdAt: now,
        updatedBy: benchUser,
        updatedAt: now
      })
      const total = RESIDENTS + ROUNDS * REBOOKERS_PER_ROUND + FINAL_WAVE
      const users = await userModel(db).insertMany(
        Array.from({ length: total }, (_, i) => ({ role: 'resident', displayName: `居民${i + 1}`, townshipId, departmentIds: [] }))
      )
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
      users.forEach((u, i) => residents.push({ userId: String(u._id), token: tokens[i]! }))
    }
  })
  console.error(`server up with ${residents.length} signed-in residents in ${((performance.now() - started) / 1000).toFixed(1)} s at ${server.url}`)

  let errors5xx = 0
  let keyCounter = 0
  const post = async (who: Resident, path: string, body: unknown, key: string) => {
    const t0 = performance.now()
    const res = await fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${who.token}`, 'idempotency-key': key },
      body: JSON.stringify(body)
    })
    const json = (await res.json()) as { id?: string; code?: string; message?: string }
    const ms = performance.now() - t0
    if (res.status >= 500) {
      errors5xx++
      console.error(`  ${res.status} on ${path}: ${json.message ?? ''}`)
    }
    return { status: res.status, json, ms }
  }
  const attempt = async (who: Resident, key = `bench-${++keyCounter}`): Promise<Attempt> => {
    const { status, json, ms } = await post(who, '/api/appointments', { guideId, ...SLOT }, key)
    return { resident: who, key, status, ms, bookingId: status === 201 ? (json.id ?? null) : null, code: status === 201 ? (json.code ?? null) : null }
  }

  try {
    const db = server.db
    const pool = residents.slice(RESIDENTS)
    const t1 = performance.now()
    const first = await Promise.all(residents.slice(0, RESIDENTS).map((r) => attempt(r)))
    const winners = first.filter((a) => a.status === 201)
    const latencies = first.map((a) => a.ms).sort((a, b) => a - b)
    const statusCounts = first.reduce<Record<number, number>>((acc, a) => ({ ...acc, [a.status]: (acc[a.status] ?? 0) + 1 }), {})
    console.error(
      `phase 1: ${RESIDENTS} concurrent attempts in ${((performance.now() - t1) / 1000).toFixed(2)} s → ${JSON.stringify(statusCounts)}; ` +
        `codes ${winners.map((w) => w.code).join(' ')}`
    )

    let duplicates = 0
    const replayed = [...winners, ...first.filter((a) => a.status !== 201).slice(0, RETRIES - winners.length)]
    const retries = await Promise.all(replayed.map((a) => attempt(a.resident, a.key)))
    retries.forEach((r, i) => {
      const original = replayed[i]!
      if (r.status === 201 && r.bookingId !== original.bookingId) duplicates++
    })
    const replayedSame = retries.filter((r, i) => r.status === replayed[i]!.status && r.bookingId === replayed[i]!.bookingId).length
    console.error(`phase 2: ${retries.length} retries with the same Idempotency-Key → ${replayedSame} answered as the first attempt, ${duplicates} new bookings`)

    const holders = new Map(winners.map((w) => [w.resident.userId, w]))
    let cancels = 0
    let rebooked = 0
    for (let round = 0; round < ROUNDS; round++) {
      const leaving = [...holders.values()].slice(0, CANCELS_PER_ROUND)
      const comers = pool.splice(0, REBOOKERS_PER_ROUND)
      const [cancelled, booked] = await Promise.all([
        Promise.all(leaving.map((h) => post(h.resident, `/api/appointments/${h.bookingId}/cancel`, {}, `bench-cancel-${++keyCounter}`))),
        Promise.all(comers.map((c) => attempt(c)))
      ])
      cancelled.forEach((c, i) => {
        if (c.status === 200) {
          cancels++
          holders.delete(leaving[i]!.resident.userId)
        }
      })
      for (const b of booked.filter((x) => x.status === 201)) {
        rebooked++
        holders.set(b.resident.userId, b)
      }
    }
    const last = await Promise.all(pool.splice(0, FINAL_WAVE).map((c) => attempt(c)))
    for (const b of last.filter((x) => x.status === 201)) {
      rebooked++
      holders.set(b.resident.userId, b)
    }
    console.error(`phase 3: ${cancels} cancels interleaved with ${ROUNDS * REBOOKERS_PER_ROUND} rebook attempts, then ${FINAL_WAVE} more → ${rebooked} seats taken again`)

    const slot = await slotModel(db).findOne({ date: SLOT.date, start: SLOT.start }).lean()
    const active = await bookingModel(db).find({ slotId: slot?._id, status: { $in: ['booked', 'checked_in'] } }, { acting: 1 }).lean()
    const perApplicant = new Map<string, number>()
    for (const b of active) perApplicant.set(String(b.acting.submitterId), (perApplicant.get(String(b.acting.submitterId)) ?? 0) + 1)
    duplicates += [...perApplicant.values()].filter((n) => n > 1).reduce((sum, n) => sum + n - 1, 0)
    const finalBooked = slot?.booked ?? 0
    const consistent = finalBooked === active.length && (slot?.holders.length ?? 0) === active.length && active.length === holders.size
    console.error(
      `end: slot counter ${finalBooked}, seat holders ${slot?.holders.length ?? 0}, active bookings ${active.length}, ` +
        `holders by the client's count ${holders.size}${consistent ? '' : ' — MISMATCH'}; p99 ${percentile(latencies, 99).toFixed(0)} ms, max ${latencies.at(-1)?.toFixed(0)} ms`
    )
    process.stdout.write(
      JSON.stringify({
        bench: 'booking',
        attempts: RESIDENTS,
        capacity: CAPACITY,
        successes: winners.length,
        duplicates,
        errors5xx,
        finalBooked,
        p50ms: round1(percentile(latencies, 50)),
        p99ms: round1(percentile(latencies, 99))
      }) + '\n'
    )
    const ok = winners.length === CAPACITY && finalBooked === CAPACITY && duplicates === 0 && errors5xx === 0 && consistent
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
