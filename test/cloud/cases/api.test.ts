import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startTestApp, type SignedIn, type TestApp } from '../helpers/testApp'
import { caseClient, COMPLAINT } from '../helpers/caseClient'
import { caseModel } from '../../../cloud/src/modules/cases/model'
import { sweepCaseDeadlines } from '../../../cloud/src/modules/cases/jobs'
import { auditModel } from '../../../cloud/src/modules/audit/model'

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64')
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(100, 1)])
const GIF = Buffer.from('GIF89a' + 'x'.repeat(40))

let t: TestApp
let dataDir: string
let admin: SignedIn
let staff: SignedIn

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'xlb-cases-'))
  t = await startTestApp({ env: { DATA_DIR: dataDir } })
  admin = await t.signIn('admin', { displayName: '周主任' })
  staff = await t.signIn('staff', { displayName: '民政办小李' })
})
afterAll(async () => {
  await t.stop()
  rmSync(dataDir, { recursive: true, force: true })
})
beforeEach(() => t.clock.set('2025-03-03T09:00:00+08:00'))

const complaint = COMPLAINT
const { key, submit, act, mine, upload, inboxTitles } = caseClient(() => t)

describe('a complaint from submission to a closed loop', () => {
  it('submit with a photo → accept → assign → reply → confirm → rate, timeline and notices along the way', async () => {
    const resident = await t.signIn('resident', { displayName: '王建国' })
    const photo = await upload(resident, PNG)
    expect(photo.status).toBe(201)
    expect(photo.body.mimeType).toBe('image/png')
    const bytes = await t.http.get(photo.body.url).set(resident.headers)
    expect(bytes.status).toBe(200)
    expect(Buffer.compare(bytes.body as Buffer, PNG)).toBe(0)

    const created = await submit(resident, { ...complaint, photoIds: [photo.body.id], hideName: true })
    expect(created.status).toBe(201)
    const id = created.body.id as string
    expect(created.body).toMatchObject({ status: 'submitted', statusLabel: '待受理', departmentName: '民政办', applicantName: '王建国' })
    expect(created.body.photos).toHaveLength(1)

    const queue = await t.http.get('/api/staff/cases').set(staff.headers)
    expect(queue.body.items.map((c: { id: string }) => c.id)).toContain(id)
    const item = queue.body.items.find((c: { id: string }) => c.id === id)
    expect(item.deadline).toMatchObject({ kind: 'accept', dueDate: '2025-03-04', state: 'dueSoon' })

    expect((await act(staff, id, 'accept')).body.status).toBe('accepted')
    const assigned = await act(admin, id, 'assign', { departmentId: t.township.departmentIds[0] })
    expect(assigned.status).toBe(200)
    expect(assigned.body.deadline).toMatchObject({ kind: 'answer', workingDays: 13, dueDate: '2025-03-20' })
    await act(staff, id, 'note', { text: '已联系村委会电工，周三上门' })
    const replied = await act(staff, id, 'reply', { text: '路灯已于3月5日修复，感谢您的反映。', internalNote: '更换灯泡一只' })
    expect(replied.body).toMatchObject({ status: 'replied', reply: '路灯已于3月5日修复，感谢您的反映。' })
    expect(replied.body.history.map((h: { action: string }) => h.action)).toEqual(['submit', 'accept', 'assign', 'note', 'reply'])
    expect(replied.body.history[3]).toMatchObject({ internalNote: '已联系村委会电工，周三上门', public: false, authorName: '民政办小李' })

    const seen = await t.http.get(`/api/cases/${id}`).set(resident.headers)
    expect(seen.body.timeline.map((e: { action: string }) => e.action)).toEqual(['submit', 'accept', 'assign', 'reply'])
    expect(JSON.stringify(seen.body)).not.toMatch(/村委会电工|更换灯泡|民政办小李/)
    expect(seen.body.canConfirm).toBe(true)
    expect(await inboxTitles(resident)).toEqual(expect.arrayContaining(['诉求已受理', '诉求已答复']))

    const closed = await mine(resident, id, 'confirm')
    expect(closed.body).toMatchObject({ status: 'closed', canRate: true })
    expect(await inboxTitles(resident)).toContain('诉求已办结')
    const rated = await mine(resident, id, 'rate', { level: 5, comment: '很及时' })
    expect(rated.body).toMatchObject({ rating: { level: 5, comment: '很及时' }, canRate: false })
    expect((await mine(resident, id, 'rate', { level: 1 })).status).toBe(409)

    const list = await t.http.get('/api/cases/mine').set(resident.headers)
    expect(list.body.items[0]).toMatchObject({ id, status: 'closed' })
  })

  it('rejects with a reason the resident reads; the reason is required', async () => {
    const resident = await t.signIn('resident')
    const { body } = await submit(resident)
    const noReason = await act(staff, body.id, 'reject', {})
    expect(noReason.status).toBe(400)
    expect(noReason.body.message).toMatch(/[\u4e00-\u9fff]/)
    const rejected = await act(staff, body.id, 'reject', { reason: '不属于本乡镇职责，请向县供电公司反映' })
    expect(rejected.body.status).toBe('rejected')
    const seen = await t.http.get(`/api/cases/${body.id}`).set(resident.headers)
    expect(seen.body.timeline.at(-1)).toMatchObject({ action: 'reject', text: '不属于本乡镇职责，请向县供电公司反映' })
    expect(await inboxTitles(resident)).toContain('诉求不予受理')
  })

  it('return and reassign; request information pauses the clock and supplying it resumes', async () => {
    const resident = await t.signIn('resident')
    const { body } = await submit(resident, { ...complaint, type: 'consult' })
    await act(staff, body.id, 'accept')
    await act(admin, body.id, 'assign', { departmentId: t.township.departmentIds[0] })
    const returned = await act(staff, body.id, 'return', { reason: '应由社保所办理' })
    expect(returned.body).toMatchObject({ status: 'accepted', departmentId: null })
    expect((await act(staff, body.id, 'note', { text: 'x' })).status).toBe(403)
    const again = await act(admin, body.id, 'assign', { departmentId: t.township.departmentIds[1] })
    expect(again.body).toMatchObject({ status: 'assigned', departmentName: '社保所' })
    expect(again.body.deadline.dueDate).toBe('2025-03-06')

    const asked = await act(admin, body.id, 'requestInfo', { question: '请补充路灯所在的具体位置' })
    expect(asked.body.status).toBe('info_requested')
    expect(asked.body.deadline.state).toBe('paused')
    expect(await inboxTitles(resident)).toContain('请补充诉求材料')
    const seen = await t.http.get(`/api/cases/${body.id}`).set(resident.headers)
    expect(seen.body).toMatchObject({ canSupplyInfo: true, pendingQuestion: '请补充路灯所在的具体位置' })

    t.clock.set('2025-03-10T09:00:00+08:00')
    const supplied = await mine(resident, body.id, 'supplyInfo', { text: '在东村三组村口的大樟树旁边' })
    expect(supplied.body).toMatchObject({ status: 'assigned', pendingQuestion: null })
    const staffView = await t.http.get(`/api/staff/cases/${body.id}`).set(admin.headers)
    expect(staffView.body.deadline).toMatchObject({ kind: 'answer', dueDate: '2025-03-13' })
  })

  it('merges a duplicate into another case of the township', async () => {
    const a = await submit(await t.signIn('resident'))
    const b = await submit(await t.signIn('resident'))
    const merged = await act(staff, b.body.id, 'merge', { intoCaseId: a.body.id })
    expect(merged.body).toMatchObject({ status: 'merged', mergedIntoId: a.body.id })
    expect((await act(staff, b.body.id, 'accept')).status).toBe(409)
    expect((await act(staff, a.body.id, 'merge', { intoCaseId: a.body.id })).status).toBe(400)
  })
})

describe('illegal and stale transitions', () => {
  it('answer 409 with a clear Chinese message; concurrent accepts succeed once', async () => {
    const resident = await t.signIn('resident')
    const { body } = await submit(resident)
    const early = await act(staff, body.id, 'reply', { text: '答复' })
    expect(early.status).toBe(409)
    expect(early.body.message).toContain('待受理')
    expect((await mine(resident, body.id, 'confirm')).status).toBe(409)
    const results = await Promise.all([act(staff, body.id, 'accept'), act(admin, body.id, 'accept'), act(staff, body.id, 'accept')])
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409])
    const doc = await caseModel(t.db).findById(body.id).lean()
    expect(doc!.updates.filter((u) => u.action === 'accept')).toHaveLength(1)
  })
})

describe('permissions', () => {
  it('resident A cannot read or act on resident B’s case (404)', async () => {
    const a = await t.signIn('resident')
    const b = await t.signIn('resident')
    const { body } = await submit(a)
    expect((await t.http.get(`/api/cases/${body.id}`).set(b.headers)).status).toBe(404)
    expect((await mine(b, body.id, 'confirm')).status).toBe(404)
    expect((await t.http.get('/api/cases/mine').set(b.headers)).body.items).toEqual([])
    expect((await t.http.get(`/api/staff/cases/${body.id}`).set(a.headers)).status).toBe(403)
  })

  it('department X cannot see or act on department Y’s case; another township sees nothing; admin sees all', async () => {
    const resident = await t.signIn('resident')
    const { body } = await submit(resident, { ...complaint, category: 'medical' })
    expect(body.departmentName).toBe('社保所')
    expect((await act(staff, body.id, 'accept')).status).toBe(403)
    expect((await t.http.get(`/api/staff/cases/${body.id}`).set(staff.headers)).status).toBe(403)
    const queue = await t.http.get('/api/staff/cases').set(staff.headers).query({ pageSize: 50 })
    expect(queue.body.items.map((c: { id: string }) => c.id)).not.toContain(body.id)
    const other = await t.addTownship('另一镇')
    const otherAdmin = await t.signIn('admin', { township: other })
    expect((await t.http.get(`/api/staff/cases/${body.id}`).set(otherAdmin.headers)).status).toBe(404)
    expect((await act(admin, body.id, 'accept')).status).toBe(200)
  })

  it('an assistant submits for a person they help; both are told', async () => {
    const assistant = await t.signIn('assistant', { displayName: '陈晓燕' })
    const added = await t.http
      .post('/api/assistant/people')
      .set(assistant.headers)
      .set('Idempotency-Key', key())
      .send({ name: '李桂兰', villageId: t.township.villageIds[0], consentHow: 'signed_paper' })
    expect(added.status).toBe(201)
    const res = await t.http.post('/api/cases').set(assistant.headers).set('x-acting-for', added.body.personId).set('Idempotency-Key', key()).send(complaint)
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ applicantName: '李桂兰', onBehalf: true })
    const audit = await auditModel(t.db).findOne({ action: 'case.submittedOnBehalf', targetId: res.body.id }).lean()
    expect(String(audit!.onBehalfOfPersonId)).toBe(added.body.personId)
    await act(staff, res.body.id, 'accept')
    const inbox = await t.http.get('/api/notices/inbox').set(assistant.headers)
    expect(inbox.body.items[0].body).toMatch(/李桂兰/)
  })
})

describe('idempotent submission and bad input', () => {
  it('a retry with the same key stores one case and replays the answer', async () => {
    const resident = await t.signIn('resident')
    const k = key()
    const [a, b] = await Promise.all([submit(resident, complaint, k), submit(resident, complaint, k)])
    const ok = [a, b].filter((r) => r.status === 201)
    expect(ok.length).toBeGreaterThanOrEqual(1)
    const again = await submit(resident, complaint, k)
    expect(again.status).toBe(201)
    expect(again.body.id).toBe(ok[0]!.body.id)
    expect(await caseModel(t.db).countDocuments({ 'acting.submitterId': resident.userId })).toBe(1)
    expect((await t.http.post('/api/cases').set(resident.headers).send(complaint)).status).toBe(400)
  })

  it.each([
    ['empty text', { ...complaint, text: '   ' }, /请填写诉求内容/],
    ['5,000-character text', { ...complaint, text: '路'.repeat(5000) }, /不能超过 2000 个字/],
    ['10 photos', { ...complaint, photoIds: Array.from({ length: 10 }, (_, i) => `${'0'.repeat(23)}${i}`) }, /照片最多 9 张/],
    ['unknown type', { ...complaint, type: 'praise' }, /请选择诉求类型/],
    ['someone else’s photo id', { ...complaint, photoIds: ['0123456789abcdef01234567'] }, /照片没有上传成功/]
  ])('%s → 400 with a Chinese message', async (_name, body, message) => {
    const res = await submit(await t.signIn('resident'), body)
    expect(res.status).toBe(400)
    expect(res.body.message).toMatch(message)
  })

  it('photos: only JPEG/PNG/WebP by their bytes, at most 1 MB', async () => {
    const resident = await t.signIn('resident')
    expect((await upload(resident, JPEG)).body.mimeType).toBe('image/jpeg')
    const gif = await upload(resident, GIF)
    expect(gif.status).toBe(400)
    expect(gif.body.message).toContain('JPG、PNG 或 WebP')
    const big = await upload(resident, Buffer.concat([PNG, Buffer.alloc(1024 * 1024)]))
    expect(big.status).toBe(400)
    expect(big.body.message).toContain('1 MB')
    const other = await t.signIn('resident')
    const photo = await upload(resident, PNG)
    expect((await t.http.get(photo.body.url).set(other.headers)).status).toBe(404)
    expect((await t.http.get(photo.body.url).set(staff.headers)).status).toBe(404)
    expect((await t.http.get(photo.body.url).set(resident.headers)).status).toBe(200)
  })
})

describe('content security', () => {
  it('flagged text is held for staff review, never dropped, and cannot be published until passed', async () => {
    t.wechat.state.flaggedWords.add('违禁词')
    const resident = await t.signIn('resident')
    const res = await submit(resident, { ...complaint, text: '这里有违禁词，路灯坏了' })
    expect(res.status).toBe(201)
    const view = await t.http.get(`/api/staff/cases/${res.body.id}`).set(staff.headers)
    expect(view.body).toMatchObject({ moderation: 'held', text: '这里有违禁词，路灯坏了' })
    await act(staff, res.body.id, 'accept')
    await act(staff, res.body.id, 'reply', { text: '已处理' })
    expect((await act(staff, res.body.id, 'publish', { title: '路灯维修' })).status).toBe(409)
    expect((await act(staff, res.body.id, 'review', { decision: 'pass' })).body.moderation).toBe('passed')
    expect((await act(staff, res.body.id, 'publish', { title: '路灯维修' })).status).toBe(201)
    expect(t.wechat.state.callsTo('/wxa/msg_sec_check').length).toBeGreaterThan(0)
  })

  it('a flagged photo holds the case; WeChat being down holds it too', async () => {
    const resident = await t.signIn('resident')
    t.wechat.state.failNext(1, { kind: 'errcode', errcode: 87014 }, '/wxa/media_check_async')
    const photo = await upload(resident, PNG)
    expect(photo.status).toBe(201)
    const res = await submit(resident, { ...complaint, photoIds: [photo.body.id] })
    expect((await t.http.get(`/api/staff/cases/${res.body.id}`).set(staff.headers)).body.moderation).toBe('held')
    t.wechat.state.failNext(1, { kind: 'http500' }, '/wxa/msg_sec_check')
    const down = await submit(resident)
    expect(down.status).toBe(201)
    expect((await t.http.get(`/api/staff/cases/${down.body.id}`).set(staff.headers)).body.moderation).toBe('held')
  })
})

describe('热点回应', () => {
  it('publishes an answered case anonymised; the public list shows it', async () => {
    const resident = await t.signIn('resident', { displayName: '赵小红' })
    const { body } = await submit(resident, { ...complaint, text: '我是赵小红，电话13912345678，住东村8号，门前水沟堵了。' })
    expect((await act(staff, body.id, 'publish', { title: '水沟' })).status).toBe(409)
    await act(staff, body.id, 'accept')
    await act(staff, body.id, 'reply', { text: '已安排清理，赵小红反映的问题已解决。' })
    const pub = await act(staff, body.id, 'publish', { title: '门前水沟堵塞怎么办' })
    expect(pub.status).toBe(201)
    expect(pub.body.question).not.toMatch(/赵小红|13912345678|8号/)
    expect(pub.body.answer).not.toMatch(/赵小红/)
    expect((await act(staff, body.id, 'publish', { title: '再发一次' })).status).toBe(409)
    const list = await t.http.get(`/api/townships/${t.township.id}/hotResponses`)
    expect(list.status).toBe(200)
    expect(list.body.items.map((h: { id: string }) => h.id)).toContain(pub.body.id)
    expect((await t.http.get(`/api/hotResponses/${pub.body.id}`)).body.title).toBe('门前水沟堵塞怎么办')
  })
})

describe('deadlines, escalation and auto-close', () => {
  it('overdue cases sort first, escalate once to the admin with an apology to the resident', async () => {
    const resident = await t.signIn('resident')
    const late = await submit(resident, { ...complaint, text: '先提交的，没有人受理' })
    t.clock.set('2025-03-06T09:00:00+08:00')
    const fresh = await submit(resident, { ...complaint, text: '后提交的' })
    const queue = await t.http.get('/api/staff/cases').set(admin.headers).query({ status: 'submitted', pageSize: 50 })
    const ids = queue.body.items.map((c: { id: string }) => c.id)
    expect(ids.indexOf(late.body.id)).toBeLessThan(ids.indexOf(fresh.body.id))
    expect(queue.body.items.find((c: { id: string }) => c.id === late.body.id).deadline.state).toBe('overdue')
    const overdueOnly = await t.http.get('/api/staff/cases').set(admin.headers).query({ due: 'overdue', pageSize: 50 })
    expect(overdueOnly.body.items.map((c: { id: string }) => c.id)).toContain(late.body.id)
    expect(overdueOnly.body.items.map((c: { id: string }) => c.id)).not.toContain(fresh.body.id)

    const first = await sweepCaseDeadlines(t.deps)
    expect(first.escalated).toBeGreaterThanOrEqual(1)
    const second = await sweepCaseDeadlines(t.deps)
    expect(second.escalated).toBe(0)
    expect(await inboxTitles(resident)).toContain('办理超时致歉')
    expect(await inboxTitles(admin)).toContain('诉求超期督办')
    const view = await t.http.get(`/api/staff/cases/${late.body.id}`).set(admin.headers)
    expect(view.body.escalated).toBe(true)
  })

  it('a calendar change moves running deadlines', async () => {
    const resident = await t.signIn('resident')
    const { body } = await submit(resident)
    await act(staff, body.id, 'accept')
    const before = await t.http.get(`/api/staff/cases/${body.id}`).set(admin.headers)
    expect(before.body.deadline.dueDate).toBe('2025-03-20')
    const closed = await t.http
      .put('/api/admin/calendar/overrides/2025-03-05')
      .set(admin.headers)
      .set('Idempotency-Key', key())
      .send({ kind: 'closed', reason: '防汛抢险' })
    expect(closed.status).toBeLessThan(300)
    const report = await sweepCaseDeadlines(t.deps)
    expect(report.recomputed).toBeGreaterThanOrEqual(1)
    const after = await t.http.get(`/api/staff/cases/${body.id}`).set(admin.headers)
    expect(after.body.deadline.dueDate).toBe('2025-03-21')
    expect(after.body.history.at(-1)).toMatchObject({ action: 'moveDeadline', public: true })
    expect(after.body.history.at(-1).text).toContain('2025-03-21')
    await t.http.delete('/api/admin/calendar/overrides/2025-03-05').set(admin.headers).set('Idempotency-Key', key())
    await sweepCaseDeadlines(t.deps)
  })

  it('a replied case closes on its own after the confirmation window', async () => {
    const resident = await t.signIn('resident')
    const { body } = await submit(resident)
    await act(staff, body.id, 'accept')
    await act(staff, body.id, 'reply', { text: '已答复' })
    t.clock.set('2025-03-12T09:00:00+08:00')
    const report = await sweepCaseDeadlines(t.deps)
    expect(report.autoClosed).toBeGreaterThanOrEqual(1)
    const seen = await t.http.get(`/api/cases/${body.id}`).set(resident.headers)
    expect(seen.body).toMatchObject({ status: 'closed', canRate: true })
    expect(seen.body.timeline.at(-1).action).toBe('autoClose')
  })
})
