import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Types } from 'mongoose'
import { startTestApp, type SignedIn, type TestApp } from '../helpers/testApp'
import { caseClient, COMPLAINT } from '../helpers/caseClient'
import { caseModel, type CaseDoc } from '../../../cloud/src/modules/cases/model'
import { sweepCaseDeadlines } from '../../../cloud/src/modules/cases/jobs'
import { sessionModel } from '../../../cloud/src/modules/auth/model'

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64')

let t: TestApp
let dataDir: string
let admin: SignedIn
let staff: SignedIn

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'xlb-cases2-'))
  t = await startTestApp({ env: { DATA_DIR: dataDir, CASE_REOPEN_DAYS: '4' } })
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
function saveTemplate(who: SignedIn, body: object) {
  return t.http.post('/api/staff/case-reply-templates').set(who.headers).set('Idempotency-Key', key()).send(body)
}
async function queueItem(who: SignedIn, id: string, query = '') {
  const res = await t.http.get(`/api/staff/cases?limit=100${query}`).set(who.headers)
  return (res.body.items as { id: string; flags: string[]; reopenCount: number; followerCount: number }[]).find((c) => c.id === id)
}
/** A complaint of a fresh resident, accepted and answered by 民政办. */
async function answered(resident: SignedIn, body: object = complaint): Promise<string> {
  const { body: created } = await submit(resident, body)
  await act(staff, created.id, 'accept')
  expect((await act(staff, created.id, 'reply', { text: '路灯已修好。' })).body.status).toBe('replied')
  return created.id as string
}

describe('"没有解决" reopens the case', () => {
  it('goes back to the same department with a new working-day deadline, flagged, and staff are told', async () => {
    const resident = await t.signIn('resident', { displayName: '王建国' })
    const id = await answered(resident)
    const bare = await mine(resident, id, 'reopen', { reason: ' ' })
    expect(bare.status).toBe(400)
    expect(bare.body.message).toContain('没有解决的原因')
    expect((await act(staff, id, 'reopen', { reason: '不是我' })).status).toBe(404)
    const other = await t.signIn('resident')
    expect((await mine(other, id, 'reopen', { reason: '路灯还是不亮' })).status).toBe(404)

    t.clock.set('2025-03-04T10:00:00+08:00')
    const res = await mine(resident, id, 'reopen', { reason: '修好两天又不亮了' })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ status: 'assigned', departmentName: '民政办', reopenCount: 1, canConfirm: false, canFollowUp: true })
    expect(res.body.timeline.at(-1)).toMatchObject({ action: 'reopen', text: '修好两天又不亮了', by: '群众', from: 'replied', to: 'assigned' })

    const view = (await t.http.get(`/api/staff/cases/${id}`).set(staff.headers)).body
    // CASE_REOPEN_DAYS=4 from Tuesday 4 March: due Monday 10 March.
    expect(view.deadline).toMatchObject({ kind: 'answer', workingDays: 4, dueDate: '2025-03-10' })
    expect(view.flags).toEqual(['reopened'])
    expect(view.escalated).toBe(false)
    expect(view.allowedActions).toContain('reply')
    expect(await queueItem(staff, id, '&flag=reopened')).toMatchObject({ flags: ['reopened'], reopenCount: 1 })
    expect(await inboxTitles(staff)).toContain('群众反映没有解决，请重新办理')
    expect(await inboxTitles(admin)).not.toContain('诉求再次反映没有解决，请督办')
    expect((await mine(resident, id, 'reopen', { reason: '再说一次' })).status).toBe(409)
  })

  it('cannot close on its own before it is answered again; the new answer reaches the resident again', async () => {
    const resident = await t.signIn('resident')
    const id = await answered(resident)
    await mine(resident, id, 'reopen', { reason: '还是不亮' })
    t.clock.set('2025-03-14T18:00:00+08:00')
    await sweepCaseDeadlines(t.deps)
    const stillOpen = (await t.http.get(`/api/staff/cases/${id}`).set(staff.headers)).body
    expect(stillOpen.status).toBe('assigned')
    expect(stillOpen.history.map((h: { action: string }) => h.action)).not.toContain('autoClose')

    expect((await act(staff, id, 'reply', { text: '已更换整套灯具。' })).body.status).toBe('replied')
    const titles = await inboxTitles(resident)
    expect(titles.filter((x) => x === '诉求已答复')).toHaveLength(2)
    t.clock.set('2025-03-31T18:00:00+08:00')
    await sweepCaseDeadlines(t.deps)
    expect((await t.http.get(`/api/cases/${id}`).set(resident.headers)).body.status).toBe('closed')
  })

  it('the second reopen escalates to the township admin', async () => {
    const resident = await t.signIn('resident')
    const id = await answered(resident)
    await mine(resident, id, 'reopen', { reason: '还是不亮' })
    await act(staff, id, 'reply', { text: '再次修理。' })
    const second = await mine(resident, id, 'reopen', { reason: '第三天又坏了' })
    expect(second.body).toMatchObject({ status: 'assigned', reopenCount: 2 })
    const view = (await t.http.get(`/api/staff/cases/${id}`).set(admin.headers)).body
    expect(view.escalated).toBe(true)
    expect(view.history.at(-1)).toMatchObject({ action: 'reopen', internalNote: '第 2 次反映没有解决，已提请中心负责人督办' })
    expect(await inboxTitles(admin)).toContain('诉求再次反映没有解决，请督办')
  })

  it('a case the centre answered without a department goes back to the centre', async () => {
    const resident = await t.signIn('resident')
    const { body } = await submit(resident, { ...complaint, category: 'other' })
    await act(admin, body.id, 'accept')
    await act(admin, body.id, 'reply', { text: '已转告村委。' })
    const res = await mine(resident, body.id, 'reopen', { reason: '村委说不知道' })
    expect(res.body).toMatchObject({ status: 'accepted', departmentName: null })
    expect(await inboxTitles(admin)).toContain('群众反映没有解决，请重新办理')
  })
})

describe('follow-ups reach the handling staff', () => {
  it('flags the case as 群众追问 until staff answer, and tells the department', async () => {
    const resident = await t.signIn('resident')
    const { body } = await submit(resident)
    await act(staff, body.id, 'accept')
    const res = await mine(resident, body.id, 'followUp', { text: '今晚又有老人摔倒了，请快点' })
    expect(res.status).toBe(200)
    expect(res.body.timeline.at(-1)).toMatchObject({ action: 'followUp', text: '今晚又有老人摔倒了，请快点', from: 'accepted', to: 'accepted' })
    expect(await inboxTitles(staff)).toContain('群众追问')
    expect(await queueItem(staff, body.id, '&flag=followUp')).toMatchObject({ flags: ['followUp'] })
    await act(staff, body.id, 'reply', { text: '明天上午修。' })
    expect((await queueItem(staff, body.id))!.flags).toEqual([])
    expect((await mine(resident, body.id, 'followUp', { text: '已答复后再追问' })).status).toBe(409)
    expect((await mine(resident, body.id, 'followUp', { text: '  ' })).status).toBe(400)
  })

  it('later text and photos go through content security like the first ones (follow-up and supplied information)', async () => {
    t.wechat.state.flaggedWords.add('敏感词甲')
    const resident = await t.signIn('resident')
    const { body } = await submit(resident)
    await act(staff, body.id, 'accept')
    expect((await t.http.get(`/api/staff/cases/${body.id}`).set(staff.headers)).body.moderation).toBe('passed')
    await mine(resident, body.id, 'followUp', { text: '这里有敏感词甲' })
    const held = (await t.http.get(`/api/staff/cases/${body.id}`).set(staff.headers)).body
    expect(held.moderation).toBe('held')
    expect(held.history.at(-1).text).toBe('这里有敏感词甲')

    const second = (await submit(resident)).body
    await act(staff, second.id, 'requestInfo', { question: '请拍一张路灯照片' })
    const photo = await upload(resident, PNG)
    const supplied = await mine(resident, second.id, 'supplyInfo', { text: '照片在这里', photoIds: [photo.body.id] })
    expect(supplied.status).toBe(200)
    const checking = (await t.http.get(`/api/staff/cases/${second.id}`).set(staff.headers)).body
    expect(checking.moderation).toBe('checking')
    expect(checking.photos).toHaveLength(1)
    const other = await t.signIn('resident')
    const theirs = await upload(other, PNG)
    await act(staff, second.id, 'assign', { departmentId: t.township.departmentIds[0] })
    expect((await mine(resident, second.id, 'followUp', { text: '别人的照片', photoIds: [theirs.body.id] })).status).toBe(400)
  })
})

describe('similar cases before filing', () => {
  it('finds open cases of the same village and category and 热点回应, in Chinese and pinyin; following counts as support', async () => {
    const village = t.township.villageIds[1]!
    const first = await t.signIn('resident', { displayName: '李秀英' })
    const lamp = (await submit(first, { ...complaint, category: 'roads', villageId: village, text: '我是李秀英，西村村口的路灯坏了，晚上一片漆黑。' })).body
    await submit(first, { ...complaint, category: 'roads', villageId: village, text: '村里的自来水管爆裂，停水三天了。' })
    await submit(first, { ...complaint, category: 'roads', villageId: t.township.villageIds[0], text: '东村的路灯也坏了好几盏，晚上漆黑。' })
    const hotCase = (await submit(first, { ...complaint, category: 'roads', text: '桥面有个大坑，骑车很危险，希望修补。' })).body
    await act(admin, hotCase.id, 'accept')
    await act(admin, hotCase.id, 'reply', { text: '已安排修补桥面。' })
    expect((await act(admin, hotCase.id, 'publish', { title: '桥面坑洼何时修补' })).status).toBe(201)

    const second = await t.signIn('resident')
    const look = (text: string, villageId = village) =>
      t.http.get('/api/cases/similar').query({ category: 'roads', villageId, text }).set(second.headers)
    const found = await look('村口路灯不亮了，晚上很黑')
    expect(found.status).toBe(200)
    expect(found.body.map((s: { caseId: string }) => s.caseId)).toEqual([lamp.id])
    expect(found.body[0]).toMatchObject({ kind: 'case', statusLabel: '待受理', following: false, followerCount: 0, answer: null })
    expect(found.body[0].excerpt).not.toContain('李秀英')
    expect((await look('ludeng')).body.map((s: { caseId: string }) => s.caseId)).toEqual([lamp.id])
    expect((await look('路等坏了')).body.map((s: { caseId: string }) => s.caseId)).toEqual([lamp.id])
    const hot = (await look('桥面有大坑')).body
    expect(hot).toHaveLength(1)
    expect(hot[0]).toMatchObject({ caseId: hotCase.id, kind: 'hot', answer: '已安排修补桥面。' })
    expect((await look('想咨询低保申请条件')).body).toEqual([])
    expect((await look('路')).body).toEqual([])
    const own = await t.http.get('/api/cases/similar').query({ category: 'roads', villageId: village, text: '村口路灯不亮了' }).set(first.headers)
    expect(own.body).toEqual([])
    expect((await t.http.get('/api/cases/similar').query({ category: 'nope', text: '路灯' }).set(second.headers)).status).toBe(400)

    const follow = await mine(second, lamp.id, 'follow')
    expect(follow.body).toEqual({ caseId: lamp.id, following: true, followerCount: 1 })
    expect((await mine(second, lamp.id, 'follow')).body.followerCount).toBe(1)
    expect((await mine(first, lamp.id, 'follow')).status).toBe(400)
    expect((await look('村口路灯不亮了')).body[0]).toMatchObject({ following: true, followerCount: 1 })
    expect((await t.http.get(`/api/staff/cases/${lamp.id}`).set(admin.headers)).body.followerCount).toBe(1)
    await act(admin, lamp.id, 'accept')
    await act(admin, lamp.id, 'reply', { text: '路灯已修复。' })
    expect(await inboxTitles(second)).toContain('您关注的诉求已答复')
    const elsewhere = await t.addTownship('别的镇')
    const stranger = await t.signIn('resident', { township: elsewhere })
    expect((await mine(stranger, lamp.id, 'follow')).status).toBe(404)
  })
})

describe('transfer to the county (转办)', () => {
  it('records the reason, tells the resident where it went, and no longer runs a deadline', async () => {
    const resident = await t.signIn('resident')
    const { body } = await submit(resident, { ...complaint, text: '高速公路服务区的收费问题' })
    await act(staff, body.id, 'accept')
    expect((await act(staff, body.id, 'transfer', { to: '县交通运输局' })).status).toBe(400)
    const res = await act(staff, body.id, 'transfer', { to: '县交通运输局', reason: '高速公路由县交通运输局管理' })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ status: 'transferred', statusLabel: '已转办', transferredTo: '县交通运输局', allowedActions: ['note', 'review'] })
    expect(res.body.deadline.state).toBe('none')
    const seen = (await t.http.get(`/api/cases/${body.id}`).set(resident.headers)).body
    expect(seen).toMatchObject({ transferredTo: '县交通运输局', canConfirm: false, canFollowUp: false })
    expect(seen.timeline.at(-1).text).toBe('已转至县交通运输局办理。高速公路由县交通运输局管理')
    expect(await inboxTitles(resident)).toContain('诉求已转办')
    t.clock.set('2025-03-28T18:00:00+08:00')
    await sweepCaseDeadlines(t.deps)
    const later = (await t.http.get(`/api/staff/cases/${body.id}`).set(staff.headers)).body
    expect(later.escalated).toBe(false)
    expect((await t.http.get('/api/staff/cases?due=overdue&limit=100').set(staff.headers)).body.items.map((c: { id: string }) => c.id)).not.toContain(body.id)
  })
})

describe('reply templates per department', () => {
  it('staff save templates for their department and reuse them; another department is refused', async () => {
    const [minzheng, shebao] = t.township.departmentIds as [string, string]
    const saved = await saveTemplate(staff, { departmentId: minzheng, title: '路灯维修', text: '您好，路灯已安排电工维修。' })
    expect(saved.status).toBe(201)
    expect(saved.body).toMatchObject({ title: '路灯维修', departmentId: minzheng })
    const list = (await t.http.get('/api/staff/case-reply-templates').set(staff.headers)).body as { id: string; departmentId: string | null }[]
    expect(list.some((x) => x.departmentId === null)).toBe(true)
    expect(list.map((x) => x.id)).toContain(saved.body.id)
    const refused = await saveTemplate(staff, { departmentId: shebao, title: '社保', text: '社保答复' })
    expect(refused.status).toBe(403)
    const byAdmin = await saveTemplate(admin, { departmentId: shebao, title: '社保', text: '社保答复' })
    expect(byAdmin.status).toBe(201)
    const mineOnly = (await t.http.get('/api/staff/case-reply-templates').set(staff.headers)).body as { id: string }[]
    expect(mineOnly.map((x) => x.id)).not.toContain(byAdmin.body.id)
    expect((await saveTemplate(staff, { departmentId: minzheng, title: '' })).status).toBe(400)
  })
})

describe('paging', () => {
  it('refuses a limit above 100 and a damaged cursor with Chinese messages', async () => {
    const over = await t.http.get('/api/staff/cases?limit=101').set(staff.headers)
    expect(over.status).toBe(400)
    expect(over.body.message).toContain('每页最多 100 条')
    const bad = await t.http.get('/api/staff/cases?cursor=abc').set(staff.headers)
    expect(bad.status).toBe(400)
    expect(bad.body.message).toContain('翻页位置不对')
    const resident = await t.signIn('resident')
    const other = await t.http.get('/api/cases/mine?limit=1').set(resident.headers)
    expect(other.body).toEqual({ items: [], nextCursor: null })
  })

  it('5,000 cases of one department: the first page stays far below 1,000 KiB and walking all pages shows each case once, also while cases arrive', async () => {
    const township = await t.addTownship('大关镇')
    const clerk = await t.signIn('staff', { township })
    const resident = await t.signIn('resident', { township })
    // Sessions opened on the fixed 2025 clock look expired to the database's real-time TTL sweep (every minute).
    await sessionModel(t.db).updateMany({}, { $set: { expiresAt: new Date('2100-01-01T00:00:00Z') } })
    const template = (await submit(resident)).body
    const base = (await caseModel(t.db).findById(template.id).lean<CaseDoc>())!
    const start = base.submittedAt.getTime()
    const make = (i: number): CaseDoc => ({
      ...base,
      _id: new Types.ObjectId(),
      number: `P-${i}`,
      title: `第 ${i} 件：村口路灯坏了一个月，晚上老人出门不方便`,
      text: '很长的诉求内容'.repeat(20),
      // Every tenth shares a due time, so the order ties and the cursor must break them.
      queueRank: new Date(start + Math.floor(i / 10) * 60_000),
      submittedAt: new Date(start - (i % 7) * 1000),
      updates: base.updates
    })
    const docs = Array.from({ length: 4999 }, (_, i) => make(i))
    for (let i = 0; i < docs.length; i += 1000) await caseModel(t.db).insertMany(docs.slice(i, i + 1000), { lean: true })

    const first = await t.http.get('/api/staff/cases?limit=100').set(clerk.headers)
    expect(first.status).toBe(200)
    expect(first.body.items).toHaveLength(100)
    expect(Buffer.byteLength(first.text)).toBeLessThan(1000 * 1024)
    expect(first.body.items[0]).not.toHaveProperty('text')

    const seen = new Map<string, number>()
    let cursor: string | null = null
    let pages = 0
    let arrivals = 0
    do {
      const res: { body: { items: { id: string }[]; nextCursor: string | null } } = await t.http
        .get('/api/staff/cases')
        .query({ limit: 100, ...(cursor ? { cursor } : {}) })
        .set(clerk.headers)
      for (const c of res.body.items) seen.set(c.id, (seen.get(c.id) ?? 0) + 1)
      cursor = res.body.nextCursor
      pages++
      if (pages % 10 === 0) {
        await caseModel(t.db).insertMany([make(10_000 + pages), make(20_000 + pages)], { lean: true })
        arrivals += 2
      }
    } while (cursor)
    const original = [template.id, ...docs.map((d) => String(d._id))]
    for (const id of original) expect(seen.get(id)).toBe(1)
    expect([...seen.values()].every((n) => n === 1)).toBe(true)
    expect(seen.size).toBeGreaterThanOrEqual(original.length)
    expect(seen.size).toBeLessThanOrEqual(original.length + arrivals)
  }, 120_000)
})
