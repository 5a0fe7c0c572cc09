/**
 * `npm run bench:embedded`: the embedded database (vendored congodb) holding 100,000 cases. Starts it on
 * a temporary data directory with the app's indexes, loads 100,000 cases of one township (8
 * departments, 20,000 residents, most cases closed, a few hundred open), restarts it, then measures
 * (medians):
 * - `queueMs`: a department's staff queue, first page and total (open cases, by due time), as
 *   `listStaffCases` asks it;
 * - `mineMs`: a resident's "my cases", first page and total, as `listMyCases` asks it;
 * - `flushMs`: making one acknowledged case update durable (`flush()` right after the write);
 * - `loadMs`: starting the server again on the directory (after a clean stop, which waits for a
 *   compaction under way, so the queries run on a settled server).
 * A second restart checks that every case and every update made before it is there. Progress goes
 * to stderr; the last line on stdout is the JSON summary. A failed check exits with 1.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { Types, type Connection } from 'mongoose'
import { startEmbeddedMongo, type EmbeddedMongo } from '../../cloud/src/lib/embeddedMongo'
import { connectDb, ensureModelIndexes } from '../../cloud/src/lib/db'
import { CASE_LIST_PROJECTION as LIST_PROJECTION } from '../../cloud/src/modules/cases/dto'
import { caseModel, NO_RANK } from '../../cloud/src/modules/cases/model'
import { rng } from './support'
import { CASE_CATEGORY_IDS, CASE_TYPES, OPEN_CASE_STATUSES, type CaseStatus } from '../../src/shared/cases'

const CASES = 100_000
const RESIDENTS = 20_000
const DEPARTMENTS = 8
const BATCH = 1000
const RUNS = 21
const FLUSHES = 5
const DB_NAME = 'xiangliban'
/** Projection of the case lists (listCases.ts). */
const DAY = 24 * 3600_000
const NOW = new Date('2025-03-03T01:00:00Z')

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0
const round1 = (x: number) => Math.round(x * 10) / 10

interface World {
  townshipId: Types.ObjectId
  departmentIds: Types.ObjectId[]
  residents: { userId: Types.ObjectId; personId: Types.ObjectId }[]
}

/** The i-th case: about 0.5% open (running deadline), 2% replied, the rest closed, rejected or merged. */
function makeCase(world: World, i: number, r: ReturnType<typeof rng>) {
  const submittedAt = new Date(NOW.getTime() - (CASES - i) * 15 * 60_000)
  const roll = r.next()
  const status: CaseStatus = roll < 0.005 ? r.pick(OPEN_CASE_STATUSES) : roll < 0.025 ? 'replied' : roll < 0.9 ? 'closed' : roll < 0.95 ? 'rejected' : 'merged'
  const open = (OPEN_CASE_STATUSES as readonly string[]).includes(status)
  const dueBy = new Date(submittedAt.getTime() + (1 + r.int(13)) * DAY)
  const submitter = world.residents[r.int(world.residents.length)]!
  const onBehalf = r.next() < 0.1
  const applicant = onBehalf ? world.residents[r.int(world.residents.length)]! : submitter
  const departmentId = r.next() < 0.1 ? null : world.departmentIds[r.int(DEPARTMENTS)]!
  const update = (action: string, from: CaseStatus | null, to: CaseStatus, at: Date) => ({
    action,
    authorId: submitter.userId,
    authorName: '居民',
    authorRole: 'resident',
    publicBy: '群众',
    from,
    to,
    publicText: null,
    internalNote: null,
    public: true,
    at
  })
  const updates = [update('submit', null, 'submitted', submittedAt)]
  if (status !== 'submitted') updates.push(update('accept', 'submitted', 'accepted', new Date(submittedAt.getTime() + DAY)))
  if (status === 'closed' || status === 'replied') updates.push(update('reply', 'accepted', 'replied', new Date(submittedAt.getTime() + 3 * DAY)))
  return {
    _id: new Types.ObjectId(),
    number: `2025${String(i + 1).padStart(6, '0')}`,
    townshipId: world.townshipId,
    departmentId,
    departmentName: departmentId ? '民政办' : null,
    type: r.pick(CASE_TYPES),
    category: r.pick(CASE_CATEGORY_IDS),
    title: `第${i + 1}件：村口路灯不亮`,
    text: `第${i + 1}位居民反映：村口路灯不亮，晚上出行不便，请尽快修理。附近还有一段路面坑洼，下雨天积水。`,
    photoIds: [],
    villageId: null,
    location: null,
    contactPreference: 'inbox',
    contactPhone: null,
    hideName: false,
    acting: {
      submitterId: submitter.userId,
      submitterRole: 'resident',
      applicantPersonId: applicant.personId,
      applicantName: '张三',
      onBehalf,
      consentId: null
    },
    status,
    resumeStatus: null,
    moderation: 'passed',
    moderationNote: null,
    deadline: open ? { kind: 'answer', start: '2025-01-01', workingDays: 5, dueDate: dueBy.toISOString().slice(0, 10), dueBy, provisional: false } : null,
    pausedRemainingDays: null,
    queueRank: open ? dueBy : NO_RANK,
    escalatedFor: null,
    autoCloseBy: status === 'replied' ? new Date(submittedAt.getTime() + 8 * DAY) : null,
    pendingQuestion: null,
    reply: status === 'closed' || status === 'replied' ? '已安排电工修理。' : null,
    mergedIntoId: null,
    mergedIntoNumber: null,
    rating: null,
    hotResponseId: null,
    updates,
    pendingNotices: [],
    submittedAt,
    updatedAt: submittedAt
  }
}

function dirBytes(dir: string): number {
  let total = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name)
    total += entry.isDirectory() ? dirBytes(p) : statSync(p).size
  }
  return total
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now()
  const value = await fn()
  return { ms: performance.now() - t0, value }
}

function queueQuery(db: Connection, world: World, departmentId: Types.ObjectId) {
  const Case = caseModel(db)
  const filter = { townshipId: world.townshipId, departmentId: { $in: [departmentId] }, status: { $in: [...OPEN_CASE_STATUSES] } }
  return Promise.all([
    Case.find(filter, LIST_PROJECTION).sort({ queueRank: 1, submittedAt: -1 }).limit(20).lean(),
    Case.countDocuments(filter)
  ])
}

function mineQuery(db: Connection, resident: World['residents'][number]) {
  const Case = caseModel(db)
  const filter = { $or: [{ 'acting.submitterId': resident.userId }, { 'acting.applicantPersonId': resident.personId }] }
  return Promise.all([Case.find(filter, LIST_PROJECTION).sort({ submittedAt: -1 }).limit(20).lean(), Case.countDocuments(filter)])
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'xlb-bench-embedded-'))
  let embedded: EmbeddedMongo | null = null
  let db: Connection | null = null
  try {
    embedded = await startEmbeddedMongo({ dataDir })
    db = await connectDb(embedded.uri, DB_NAME)
    await ensureModelIndexes([caseModel(db)])
    const r = rng(9)
    const world: World = {
      townshipId: new Types.ObjectId(),
      departmentIds: Array.from({ length: DEPARTMENTS }, () => new Types.ObjectId()),
      residents: Array.from({ length: RESIDENTS }, () => ({ userId: new Types.ObjectId(), personId: new Types.ObjectId() }))
    }
    let Case = caseModel(db)
    const t0 = performance.now()
    for (let i = 0; i < CASES; i += BATCH) {
      await Case.collection.insertMany(Array.from({ length: Math.min(BATCH, CASES - i) }, (_, j) => makeCase(world, i + j, r)))
      if ((i + BATCH) % 20_000 === 0) console.error(`  ${i + BATCH} cases inserted (${((performance.now() - t0) / 1000).toFixed(1)} s)`)
    }
    await embedded.flush()
    console.error(`${CASES} cases loaded and on disk in ${((performance.now() - t0) / 1000).toFixed(1)} s; data directory ${(dirBytes(dataDir) / 1e6).toFixed(1)} MB`)
    await db.close()
    const stopped = await timed(() => embedded!.stop())
    const load = await timed(() => startEmbeddedMongo({ dataDir }))
    embedded = load.value
    db = await connectDb(embedded.uri, DB_NAME)
    console.error(`stop ${stopped.ms.toFixed(0)} ms, start ${load.ms.toFixed(0)} ms; data directory ${(dirBytes(dataDir) / 1e6).toFixed(1)} MB`)

    Case = caseModel(db)
    const first = await timed(() => queueQuery(db!, world, world.departmentIds[0]!))
    console.error(`first queue query (builds the index entries it needs): ${first.ms.toFixed(1)} ms (${first.value[1]} open cases of the department)`)
    const queue: number[] = []
    const mine: number[] = []
    for (let i = 0; i < RUNS; i++) {
      queue.push((await timed(() => queueQuery(db!, world, world.departmentIds[i % DEPARTMENTS]!))).ms)
      mine.push((await timed(() => mineQuery(db!, world.residents[r.int(RESIDENTS)]!))).ms)
    }
    const probe = world.residents[0]!
    const [probeItems, probeTotal] = await mineQuery(db, probe)

    const open = await Case.find({ status: 'submitted' }, { _id: 1 }).limit(FLUSHES).lean()
    const flushes: number[] = []
    const grew: number[] = []
    for (const { _id } of open) {
      const before = dirBytes(dataDir)
      await Case.updateOne(
        { _id, status: 'submitted' },
        { $set: { status: 'accepted', updatedAt: NOW }, $push: { updates: { action: 'accept', authorName: '工作人员', authorRole: 'staff', publicBy: '民政办', from: 'submitted', to: 'accepted', public: true, at: NOW } } }
      )
      flushes.push((await timed(() => embedded!.flush())).ms)
      grew.push(dirBytes(dataDir) - before)
    }
    console.error(`one case update: flush ${flushes.map((ms) => ms.toFixed(1)).join(', ')} ms; data directory grew by ${grew.join(', ')} bytes`)

    await db.close()
    db = null
    await embedded.stop()
    embedded = null
    const again = await timed(() => startEmbeddedMongo({ dataDir }))
    embedded = again.value
    db = await connectDb(embedded.uri, DB_NAME)
    const stored = await caseModel(db).countDocuments({})
    const accepted = await caseModel(db).countDocuments({ _id: { $in: open.map((c) => c._id) }, status: 'accepted' })
    const [againItems, againTotal] = await mineQuery(db, probe)
    const sameMine = againTotal === probeTotal && JSON.stringify(againItems) === JSON.stringify(probeItems)
    console.error(`second restart: ${again.ms.toFixed(0)} ms; ${stored} cases, ${accepted}/${open.length} updates kept, "my cases" ${sameMine ? 'unchanged' : 'DIFFERENT'}`)

    process.stdout.write(
      JSON.stringify({
        bench: 'embedded',
        cases: CASES,
        queueMs: round1(median(queue)),
        mineMs: round1(median(mine)),
        flushMs: round1(median(flushes)),
        loadMs: Math.round(load.ms)
      }) + '\n'
    )
    if (stored !== CASES || accepted !== open.length || open.length !== FLUSHES || !sameMine) process.exitCode = 1
  } finally {
    await db?.close()
    await embedded?.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
