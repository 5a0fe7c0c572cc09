import { randomUUID } from 'node:crypto'
import { Types } from 'mongoose'
import { startTestApp, type SignedIn, type TestApp } from '../helpers/testApp'
import { userModel } from '../../../cloud/src/modules/users/model'
import { auditModel } from '../../../cloud/src/modules/audit/model'
import { reviewModel } from '../../../cloud/src/modules/reviews/model'
import { escalateOverdueRectifications } from '../../../cloud/src/modules/reviews/jobs'
import { applyDefaultRatings } from '../../../cloud/src/modules/reviews/defaults'
import { book, buildWorld, type BookingWorld } from '../appointments/fixture'

/** Whole flows over HTTP: each test walks a rating through several requests. */
jest.setTimeout(30_000)

let t: TestApp
let admin: SignedIn
let staff: SignedIn
let otherDeptStaff: SignedIn
let w: BookingWorld

beforeAll(async () => {
  t = await startTestApp({ env: { SESSION_TTL_HOURS: String(24 * 365) } })
  w = await buildWorld(t)
  admin = await t.signIn('admin', { displayName: '周主任' })
  staff = await t.signIn('staff', { displayName: '民政办小李' })
  otherDeptStaff = await t.signIn('staff', { displayName: '社保所小王' })
  await userModel(t.db).updateOne({ _id: otherDeptStaff.userId }, { $set: { departmentIds: [new Types.ObjectId(t.township.departmentIds[1])] } })
})
afterAll(() => t.stop())
beforeEach(() => t.clock.set('2025-03-03T09:00:00+08:00'))

const key = () => randomUUID()
const complaint = { type: 'complaint', category: 'social', text: '村口路灯坏了一个月，晚上老人出门不方便，请尽快修理。' }

function post(who: SignedIn, path: string, body: object = {}, actingFor?: string) {
  const req = t.http.post(path).set(who.headers).set('Idempotency-Key', key())
  if (actingFor) req.set('x-acting-for', actingFor)
  return req.send(body)
}
const staffDo = (who: SignedIn, id: string, verb: string, body: object) => post(who, `/api/staff/reviews/${id}/${verb}`, body)
const rate = (who: SignedIn, body: object, actingFor?: string) => post(who, '/api/reviews', body, actingFor)
async function inboxTitles(who: SignedIn): Promise<string[]> {
  const res = await t.http.get('/api/notices/inbox').set(who.headers)
  return (res.body.items as { title: string }[]).map((i) => i.title)
}

/** A case of `who` (or submitted for `actingFor`) taken to closed by staff and the resident's confirmation. */
async function closedCase(who: SignedIn, opts: { actingFor?: string; confirm?: boolean } = {}): Promise<string> {
  const created = await post(who, '/api/cases', complaint, opts.actingFor)
  const id = created.body.id as string
  await post(staff, `/api/staff/cases/${id}/accept`)
  await post(admin, `/api/staff/cases/${id}/assign`, { departmentId: t.township.departmentIds[0] })
  await post(staff, `/api/staff/cases/${id}/reply`, { text: '路灯已修复，感谢您的反映。' })
  if (opts.confirm !== false) expect((await post(who, `/api/cases/${id}/confirm`, {}, opts.actingFor)).body.status).toBe('closed')
  return id
}

describe('一事一评: one rating per finished service', () => {
  it('rates a closed case once; an unfinished case, someone else’s and a second rating are refused', async () => {
    const resident = await t.signIn('resident', { displayName: '王建国' })
    const open = await closedCase(resident, { confirm: false })
    const early = await rate(resident, { service: 'case', serviceId: open, level: 'satisfied' })
    expect(early.status).toBe(409)
    expect(early.body).toMatchObject({ code: 'SERVICE_NOT_FINISHED' })
    expect(early.body.message).toMatch(/还没有办结/)

    const id = await closedCase(resident)
    const before = await t.http.get(`/api/reviews/services/case/${id}`).set(resident.headers)
    expect(before.body).toMatchObject({ blocked: null, departmentName: '民政办', review: null })

    const stranger = await t.signIn('resident')
    expect((await rate(stranger, { service: 'case', serviceId: id, level: 'veryDissatisfied' })).status).toBe(404)

    const body = { service: 'case', serviceId: id, level: 'verySatisfied', dimensions: { efficiency: 'satisfied', guideAccuracy: 'verySatisfied' }, comment: '很及时' }
    const k = key()
    const first = await t.http.post('/api/reviews').set(resident.headers).set('Idempotency-Key', k).send(body)
    expect(first.status).toBe(201)
    expect(first.body).toMatchObject({ level: 'verySatisfied', levelLabel: '非常满意', status: 'rated', bad: false, rectification: null, dimensions: { efficiency: 'satisfied' } })
    const replay = await t.http.post('/api/reviews').set(resident.headers).set('Idempotency-Key', k).send(body)
    expect(replay.status).toBe(201)
    expect(replay.body.id).toBe(first.body.id)
    const second = await rate(resident, { ...body, level: 'dissatisfied' })
    expect(second.status).toBe(409)
    expect(second.body).toMatchObject({ code: 'REVIEW_EXISTS' })
    expect(await reviewModel(t.db).countDocuments({ serviceKey: `case:${id}` })).toBe(1)

    const after = await t.http.get(`/api/reviews/services/case/${id}`).set(resident.headers)
    expect(after.body.blocked).toMatch(/已经评价过/)
    const mine = await t.http.get('/api/reviews/mine').set(resident.headers)
    expect(mine.body.items.map((r: { id: string }) => r.id)).toEqual([first.body.id])
    expect((await t.http.get(`/api/reviews/${first.body.id}`).set(stranger.headers)).status).toBe(404)
  })

  it('rates a completed appointment visit, naming the staff member who served', async () => {
    const person = await t.signIn('resident', { displayName: '周志强' })
    const booking = await book(t, person, { guideId: w.dibao, date: '2025-03-04', start: '09:00' })
    expect(booking.status).toBe(201)
    expect((await rate(person, { service: 'appointment', serviceId: booking.body.id, level: 'satisfied' })).body.code).toBe('SERVICE_NOT_FINISHED')
    t.clock.set('2025-03-04T09:05:00+08:00')
    await t.http.post('/api/staff/appointments/check-in').set(w.staffA.headers).send({ code: booking.body.code })
    expect((await t.http.post(`/api/staff/appointments/${booking.body.id}/complete`).set(w.staffA.headers)).body.status).toBe('completed')
    const res = await rate(person, { service: 'appointment', serviceId: booking.body.id, level: 'satisfied' })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ service: 'appointment', title: '最低生活保障申请', departmentName: '民政办' })
    expect((await reviewModel(t.db).findById(res.body.id).lean())!.staffName).toBe('刘芳')
  })

  it('accepts ratings only within the township’s window after the service, and locks them after 7 days', async () => {
    const resident = await t.signIn('resident')
    const late = await closedCase(resident)
    t.clock.set('2025-04-03T09:00:00+08:00')
    expect((await rate(resident, { service: 'case', serviceId: late, level: 'satisfied' })).body.code).toBe('REVIEW_WINDOW_CLOSED')

    const id = await closedCase(resident)
    const r = await rate(resident, { service: 'case', serviceId: id, level: 'basic' })
    expect(r.body.amendableUntil).toBe('2025-04-10T01:00:00.000Z')
    t.clock.set('2025-04-09T09:00:00+08:00')
    const changed = await post(resident, `/api/reviews/${r.body.id}/amend`, { level: 'satisfied', comment: '后来办好了' })
    expect(changed.body).toMatchObject({ level: 'satisfied', comment: '后来办好了' })
    t.clock.set('2025-04-10T09:00:01+08:00')
    const locked = await post(resident, `/api/reviews/${r.body.id}/amend`, { level: 'verySatisfied' })
    expect(locked.status).toBe(409)
    expect(locked.body).toMatchObject({ code: 'REVIEW_LOCKED' })
  })

  it('lets an assistant rate only with the person’s consent, and records and audits that', async () => {
    const assistant = await t.signIn('assistant', { displayName: '网格员小周' })
    const added = await post(assistant, '/api/assistant/people', { name: '张奶奶', villageId: t.township.villageIds[0], consentHow: 'in_person' })
    expect(added.status).toBe(201)
    const personId = added.body.personId as string
    const id = await closedCase(assistant, { actingFor: personId })
    const asSelf = await rate(assistant, { service: 'case', serviceId: id, level: 'satisfied' })
    expect(asSelf.status).toBe(404)
    const res = await rate(assistant, { service: 'case', serviceId: id, level: 'satisfied' }, personId)
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ onBehalf: true, applicantName: '张奶奶', submitterName: '网格员小周' })
    expect(await auditModel(t.db).countDocuments({ action: 'review.ratedOnBehalf', targetId: res.body.id })).toBe(1)
    const resident = await t.signIn('resident')
    expect((await rate(resident, { service: 'case', serviceId: id, level: 'satisfied' }, personId)).status).toBe(403)
  })

  it('holds a flagged comment for review while the rating counts', async () => {
    const resident = await t.signIn('resident')
    const id = await closedCase(resident)
    t.wechat.state.flaggedWords.add('违禁词')
    const res = await rate(resident, { service: 'case', serviceId: id, level: 'satisfied', comment: '办事员违禁词' })
    expect(res.body).toMatchObject({ commentHeld: true, status: 'rated' })
    const held = await t.http.get('/api/staff/reviews').query({ queue: 'held' }).set(staff.headers)
    expect(held.body.items.map((r: { id: string }) => r.id)).toContain(res.body.id)
    const passed = await staffDo(staff, res.body.id, 'reviewComment', { decision: 'pass' })
    expect(passed.body.commentHeld).toBe(false)
    expect((await staffDo(staff, res.body.id, 'reviewComment', { decision: 'pass' })).status).toBe(409)
  })

  it('answers bad input with a plain Chinese message', async () => {
    const resident = await t.signIn('resident')
    const res = await rate(resident, { service: 'case', serviceId: 'x', level: 'great' })
    expect(res.status).toBe(400)
    expect(res.body.message).toMatch(/[\u4e00-\u9fff]/)
    const long = await rate(resident, { service: 'case', serviceId: new Types.ObjectId().toHexString(), level: 'satisfied', comment: '长'.repeat(301) })
    expect(long.status).toBe(400)
    expect(long.body.message).toMatch(/300/)
  })
})

describe('一次一评: the window QR', () => {
  it('takes one rating per person, window and day; anonymous ones hide the name and need no call-back', async () => {
    const resident = await t.signIn('resident', { displayName: '李大姐' })
    const dept = t.township.departmentIds[0]
    const first = await post(resident, '/api/reviews/window', { departmentId: dept, level: 'dissatisfied', anonymous: true, comment: '等了很久' })
    expect(first.status).toBe(201)
    expect(first.body).toMatchObject({ service: 'window', status: 'verifying', bad: true, anonymous: true })
    const again = await post(resident, '/api/reviews/window', { departmentId: dept, level: 'satisfied' })
    expect(again.body.code).toBe('REVIEW_EXISTS')
    expect((await post(resident, '/api/reviews/window', { departmentId: t.township.departmentIds[1], level: 'satisfied' })).status).toBe(201)
    t.clock.set('2025-03-04T09:00:00+08:00')
    expect((await post(resident, '/api/reviews/window', { departmentId: dept, level: 'satisfied' })).status).toBe(201)

    const seen = await t.http.get(`/api/staff/reviews/${first.body.id}`).set(staff.headers)
    expect(seen.body).toMatchObject({ applicantName: null, submitterName: null })
    expect(JSON.stringify(seen.body)).not.toMatch(/李大姐/)
    expect(seen.body.allowedActions).toEqual(expect.arrayContaining(['verify', 'appeal']))
    await staffDo(staff, first.body.id, 'verify', { finding: '当天窗口只有一人，排队 40 分钟' })
    const done = await staffDo(staff, first.body.id, 'act', { outcome: 'rectified', text: '高峰时段增开一个窗口' })
    expect(done.body).toMatchObject({ status: 'closed', rectification: { outcome: 'rectified' } })

    const otherTownship = await t.addTownship('别的镇')
    const outsider = await t.signIn('resident', { township: otherTownship })
    expect((await post(outsider, '/api/reviews/window', { departmentId: dept, level: 'satisfied' })).status).toBe(404)
  })
})

describe('差评 → rectification → call-back → the resident’s verdict', () => {
  it('counts the deadline in working days across 劳动节 with its 调休 Sunday, and escalates when missed', async () => {
    t.clock.set('2025-04-20T09:00:00+08:00')
    const resident = await t.signIn('resident')
    const id = await closedCase(resident)
    t.clock.set('2025-04-25T10:00:00+08:00')
    const res = await rate(resident, { service: 'case', serviceId: id, level: 'veryDissatisfied', comment: '答复敷衍' })
    expect(res.body.rectification).toMatchObject({ dueDate: '2025-05-06', overdue: false })
    const queue = await t.http.get('/api/staff/reviews').set(staff.headers)
    expect(queue.body.items.map((r: { id: string }) => r.id)).toContain(res.body.id)
    t.clock.set('2025-05-05T12:00:00+08:00')
    expect((await t.http.get(`/api/staff/reviews/${res.body.id}`).set(staff.headers)).body.rectification).toMatchObject({ dueSoon: true, overdue: false })
    t.clock.set('2025-05-07T09:00:00+08:00')
    const overdue = await t.http.get('/api/staff/reviews').set(staff.headers)
    expect(overdue.body.items[0]).toMatchObject({ id: res.body.id, rectification: { overdue: true } })
    expect(await escalateOverdueRectifications(t.deps)).toBeGreaterThanOrEqual(1)
    expect(await escalateOverdueRectifications(t.deps)).toBe(0)
    expect(await inboxTitles(admin)).toContain('差评整改督办')
    expect((await t.http.get(`/api/staff/reviews/${res.body.id}`).set(staff.headers)).body.escalated).toBe(true)
  })

  it('uses the township’s deadline setting (5 to 15 working days), set by the admin only', async () => {
    const bad = await t.http.put('/api/staff/reviewSettings').set(admin.headers).set('Idempotency-Key', key()).send({ acceptDays: 30, lockDays: 7, rectifyDays: 4, defaultRating: false, defaultAfterDays: 7 })
    expect(bad.status).toBe(400)
    expect(bad.body.message).toMatch(/最少 5/)
    const body = { acceptDays: 30, lockDays: 7, rectifyDays: 10, defaultRating: false, defaultAfterDays: 7 }
    expect((await t.http.put('/api/staff/reviewSettings').set(staff.headers).set('Idempotency-Key', key()).send(body)).status).toBe(403)
    expect((await t.http.put('/api/staff/reviewSettings').set(admin.headers).set('Idempotency-Key', key()).send(body)).body.rectifyDays).toBe(10)
    const resident = await t.signIn('resident')
    const res = await post(resident, '/api/reviews/window', { departmentId: t.township.departmentIds[0], level: 'dissatisfied' })
    expect(res.body.rectification.dueDate).toBe('2025-03-17')
    await t.http.put('/api/staff/reviewSettings').set(admin.headers).set('Idempotency-Key', key()).send({ ...body, rectifyDays: 5 })
  })

  it('verify → act → call back tells the resident; 不满意 reopens once with a new deadline and escalates', async () => {
    const resident = await t.signIn('resident', { displayName: '赵四' })
    const id = await closedCase(resident)
    const r = await rate(resident, { service: 'case', serviceId: id, level: 'dissatisfied', comment: '路灯修了又坏' })
    const rid = r.body.id as string
    expect(r.body.rectification.dueDate).toBe('2025-03-10')

    expect((await staffDo(otherDeptStaff, rid, 'verify', { finding: 'x' })).status).toBe(403)
    expect((await staffDo(staff, rid, 'act', { outcome: 'rectified', text: 'x' })).status).toBe(409)
    expect((await staffDo(staff, rid, 'verify', { finding: '灯具老化，修理后再次损坏' })).body.status).toBe('acting')
    expect((await staffDo(staff, rid, 'act', { outcome: 'rectified', text: '已更换新灯具' })).body.status).toBe('callingBack')
    t.clock.set('2025-03-05T10:00:00+08:00')
    const called = await staffDo(staff, rid, 'callBack', { method: 'phone', text: '电话告知已更换，群众表示会去看看' })
    expect(called.body).toMatchObject({ status: 'awaitingResident', rectification: { calledBackAt: '2025-03-05T02:00:00.000Z' } })
    expect(await inboxTitles(resident)).toContain('您的评价已整改回复')
    const seen = await t.http.get(`/api/reviews/${rid}`).set(resident.headers)
    expect(seen.body).toMatchObject({ canRateRectification: true, rectification: { outcomeLabel: '已整改', outcomeText: '已更换新灯具' } })
    expect(JSON.stringify(seen.body)).not.toMatch(/灯具老化/)

    t.clock.set('2025-03-06T10:00:00+08:00')
    const reopened = await post(resident, `/api/reviews/${rid}/rateRectification`, { level: 'dissatisfied', comment: '还是不亮' })
    expect(reopened.body).toMatchObject({ status: 'acting', rectification: { reopened: true, dueDate: '2025-03-13' } })
    expect(await inboxTitles(admin)).toContain('差评整改督办')
    await staffDo(staff, rid, 'act', { outcome: 'rectified', text: '请供电所更换了线路' })
    await staffDo(staff, rid, 'callBack', { method: 'visit', text: '上门查看，路灯正常' })
    const closed = await post(resident, `/api/reviews/${rid}/rateRectification`, { level: 'dissatisfied' })
    expect(closed.body).toMatchObject({ status: 'closed', rectification: { residentLevel: 'dissatisfied' } })
    expect((await post(resident, `/api/reviews/${rid}/rateRectification`, { level: 'satisfied' })).status).toBe(409)
  })
})

describe('the default-rating rule', () => {
  it('never counts an unrated service unless the township turns the rule on; then 基本满意 after 7 days, marked defaulted', async () => {
    t.clock.set('2025-07-01T09:00:00+08:00')
    const resident = await t.signIn('resident', { displayName: '钱七' })
    const unrated = await closedCase(resident)
    const rated = await closedCase(resident)
    await rate(resident, { service: 'case', serviceId: rated, level: 'dissatisfied' })
    t.clock.set('2025-07-09T09:00:00+08:00')
    expect(await applyDefaultRatings(t.deps)).toBe(0)
    expect(await reviewModel(t.db).countDocuments({ serviceKey: `case:${unrated}` })).toBe(0)

    const rule = { acceptDays: 30, lockDays: 7, rectifyDays: 5, defaultAfterDays: 7 }
    await t.http.put('/api/staff/reviewSettings').set(admin.headers).set('Idempotency-Key', key()).send({ ...rule, defaultRating: true })
    expect(await applyDefaultRatings(t.deps)).toBeGreaterThanOrEqual(1)
    expect(await applyDefaultRatings(t.deps)).toBe(0)
    const defaulted = await reviewModel(t.db).findOne({ serviceKey: `case:${unrated}` }).lean()
    expect(defaulted).toMatchObject({ level: 'basic', defaulted: true, status: 'rated', month: '2025-07' })
    expect((await reviewModel(t.db).findOne({ serviceKey: `case:${rated}` }).lean())).toMatchObject({ level: 'dissatisfied', defaulted: false })
    const mine = await t.http.get('/api/reviews/mine').set(resident.headers)
    expect(mine.body.items.find((r: { defaulted: boolean }) => r.defaulted)).toMatchObject({ levelLabel: '基本满意', amendableUntil: null })
    const stats = await t.http.get('/api/staff/reviewStats').query({ from: '2025-07', to: '2025-07' }).set(admin.headers)
    expect(stats.body.total.defaulted).toBeGreaterThanOrEqual(1)
    await t.http.put('/api/staff/reviewSettings').set(admin.headers).set('Idempotency-Key', key()).send({ ...rule, defaultRating: false })
  })
})

describe('appeals and statistics', () => {
  it('an upheld appeal keeps the rating, marked, out of the statistics; a rejected one resumes the rectification', async () => {
    t.clock.set('2025-06-02T09:00:00+08:00')
    const dept = t.township.departmentIds[1]
    const people = await Promise.all([1, 2, 3, 4].map(() => t.signIn('resident')))
    const levels = ['verySatisfied', 'satisfied', 'veryDissatisfied', 'dissatisfied'] as const
    const ids: string[] = []
    for (const [i, p] of people.entries()) ids.push((await post(p, '/api/reviews/window', { departmentId: dept, level: levels[i] })).body.id)
    const stats = () => t.http.get('/api/staff/reviewStats').query({ from: '2025-06', to: '2025-06', departmentId: dept }).set(admin.headers)
    expect((await stats()).body.total).toMatchObject({ counted: 4, satisfactionRate: 0.5, bad: 2, excluded: 0 })

    expect((await staffDo(staff, ids[2]!, 'appeal', { reason: 'x' })).status).toBe(403)
    const appealed = await staffDo(otherDeptStaff, ids[2]!, 'appeal', { reason: '评价人当天未到窗口办事，系恶意差评', evidence: '窗口监控记录' })
    expect(appealed.body).toMatchObject({ status: 'appealed', appeal: { decision: null } })
    expect(await inboxTitles(admin)).toContain('差评申诉待裁定')
    expect((await staffDo(otherDeptStaff, ids[2]!, 'decideAppeal', { decision: 'upheld', note: 'x' })).status).toBe(403)
    const upheld = await staffDo(admin, ids[2]!, 'decideAppeal', { decision: 'upheld', note: '核实为恶意差评' })
    expect(upheld.body).toMatchObject({ status: 'excluded', excluded: true, appeal: { decision: 'upheld' } })
    expect((await stats()).body.total).toMatchObject({ counted: 3, excluded: 1, bad: 1 })
    expect((await stats()).body.total.satisfactionRate).toBeCloseTo(2 / 3)

    await staffDo(otherDeptStaff, ids[3]!, 'verify', { finding: '属实' })
    await staffDo(otherDeptStaff, ids[3]!, 'appeal', { reason: '群众误会了办理时限' })
    const rejected = await staffDo(admin, ids[3]!, 'decideAppeal', { decision: 'rejected', note: '属于服务问题，应整改' })
    expect(rejected.body).toMatchObject({ status: 'acting', excluded: false })
    expect((await staffDo(otherDeptStaff, ids[3]!, 'appeal', { reason: '再申诉' })).body.code).toBe('APPEAL_EXISTS')

    const s = (await stats()).body
    expect(s.byDepartment).toEqual([expect.objectContaining({ departmentId: dept, name: '社保所', counted: 3 })])
    expect(s.byMonth).toEqual([expect.objectContaining({ month: '2025-06', counted: 3 })])
    expect(s.rectification).toMatchObject({ opened: 1, finished: 0 })
    expect((await t.http.get('/api/staff/reviewStats').query({ departmentId: dept }).set(staff.headers)).status).toBe(403)

    const summary = await t.http.get(`/api/townships/${t.township.id}/reviewSummary`)
    expect(summary.status).toBe(200)
    expect(summary.body.departments).toEqual(expect.arrayContaining([expect.objectContaining({ name: '社保所' })]))
    expect(JSON.stringify(summary.body)).not.toMatch(/恶意|评价人/)
  })

  it('keeps each department’s ratings to its own staff, and another township’s out of sight', async () => {
    const resident = await t.signIn('resident')
    const r = await post(resident, '/api/reviews/window', { departmentId: t.township.departmentIds[0], level: 'dissatisfied' })
    expect((await t.http.get(`/api/staff/reviews/${r.body.id}`).set(otherDeptStaff.headers)).status).toBe(403)
    const list = await t.http.get('/api/staff/reviews').query({ queue: 'all' }).set(otherDeptStaff.headers)
    expect(list.body.items.map((x: { id: string }) => x.id)).not.toContain(r.body.id)
    const elsewhere = await t.addTownship('远方镇')
    const far = await t.signIn('admin', { township: elsewhere })
    expect((await t.http.get(`/api/staff/reviews/${r.body.id}`).set(far.headers)).status).toBe(404)
    expect((await t.http.get(`/api/staff/reviews/${r.body.id}`).set(resident.headers)).status).toBe(403)
  })
})
