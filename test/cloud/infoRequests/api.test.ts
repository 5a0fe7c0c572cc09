import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import { idNumberFrom, startTestApp, type SignedIn, type TestApp } from '../helpers/testApp'
import { REPLY_KINDS, type ReplyKind } from '../../../src/shared/infoRequests'
import { maskIdNumber } from '../../../src/shared/mask'
import { infoRequestModel } from '../../../cloud/src/modules/infoRequests/model'
import { sweepInfoRequests } from '../../../cloud/src/modules/infoRequests/jobs'
import { auditModel } from '../../../cloud/src/modules/audit/model'

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n')
const ID = idNumberFrom('36092319850101002')

let t: TestApp
let dataDir: string
let admin: SignedIn
let staff: SignedIn

jest.setTimeout(60_000)

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'xlb-info-'))
  t = await startTestApp({ env: { DATA_DIR: dataDir } })
  admin = await t.signIn('admin', { displayName: '袁主任' })
  staff = await t.signIn('staff', { displayName: '民政办小刘' })
})
afterAll(async () => {
  await t.stop()
  rmSync(dataDir, { recursive: true, force: true })
})
beforeEach(() => t.clock.set('2025-03-03T09:00:00+08:00'))

const key = () => randomUUID()
const person = {
  applicantType: 'person',
  name: '王建国',
  idNumber: ID,
  phone: '13800138000',
  description: '2024年度本镇城乡低保资金发放明细（按村汇总）',
  form: 'electronic',
  delivery: 'online'
}

function apply(who: SignedIn, body: object = person, opts: { key?: string; actingFor?: string } = {}) {
  const req = t.http.post('/api/infoRequests').set(who.headers).set('Idempotency-Key', opts.key ?? key())
  return (opts.actingFor ? req.set('x-acting-for', opts.actingFor) : req).send(body)
}
function act(who: SignedIn, id: string, verb: string, body: object = {}) {
  return t.http.post(`/api/staff/infoRequests/${id}/${verb}`).set(who.headers).set('Idempotency-Key', key()).send(body)
}
function mine(who: SignedIn, id: string, verb: string, body: object = {}) {
  return t.http.post(`/api/infoRequests/${id}/${verb}`).set(who.headers).set('Idempotency-Key', key()).send(body)
}
async function inboxTitles(who: SignedIn): Promise<string[]> {
  const res = await t.http.get('/api/notices/inbox').set(who.headers)
  return (res.body.items as { title: string }[]).map((i) => i.title)
}
async function uploadPdf(who: SignedIn): Promise<string> {
  const res = await t.http.post('/api/staff/disclosure/files').set(who.headers).set('Idempotency-Key', key()).send({ fileName: '低保资金发放明细.pdf', dataBase64: PDF.toString('base64') })
  expect(res.status).toBe(201)
  return res.body.id as string
}
async function received(who: SignedIn = admin): Promise<{ id: string; resident: SignedIn }> {
  const resident = await t.signIn('resident')
  const res = await apply(resident)
  expect(res.status).toBe(201)
  expect((await act(who, res.body.id, 'receive')).status).toBe(200)
  return { id: res.body.id, resident }
}

describe('a request from application to a partly disclosed reply', () => {
  it('receipt starts the clock; one correction restarts it; one extension by the office head; the reply carries a PDF and the appeal rights', async () => {
    const resident = await t.signIn('resident', { displayName: '王建国' })
    const created = await apply(resident)
    expect(created.status).toBe(201)
    const id = created.body.id as string
    expect(created.body).toMatchObject({
      status: 'submitted',
      number: '2025-0001',
      idMasked: maskIdNumber(ID),
      phoneMasked: '138****8000',
      deadline: { state: 'waitingReceipt', dueDate: null }
    })
    const stored = await infoRequestModel(t.db).findById(id).lean()
    expect(JSON.stringify(stored)).not.toContain(ID)
    expect(JSON.stringify(stored)).not.toContain('13800138000')
    expect(await inboxTitles(admin)).toContain('新的信息公开申请')

    const rec = await act(admin, id, 'receive')
    expect(rec.body).toMatchObject({ status: 'received', receivedOn: '2025-03-03', deadline: { dueDate: '2025-03-31', allowedDays: 20, state: 'running' } })
    expect(rec.body.correctionAllowedUntil).toBe('2025-03-12')
    expect(await inboxTitles(resident)).toContain('信息公开申请已收到')

    t.clock.set('2025-03-05T10:00:00+08:00')
    const asked = await act(admin, id, 'requestCorrection', { items: ['请写明所需的是哪一年度、哪几个村的低保资金', '请说明需要汇总数还是到户明细'], periodDays: 10 })
    expect(asked.status).toBe(200)
    expect(asked.body).toMatchObject({ status: 'correctionRequested', deadline: { state: 'paused', dueDate: null }, correction: { dueDate: '2025-03-19' } })
    expect((await act(admin, id, 'requestCorrection', { items: ['再补一次'] })).status).toBe(409)
    const seen = await t.http.get(`/api/infoRequests/${id}`).set(resident.headers)
    expect(seen.body).toMatchObject({ canCorrect: true, correction: { items: ['请写明所需的是哪一年度、哪几个村的低保资金', '请说明需要汇总数还是到户明细'] } })
    expect(await inboxTitles(resident)).toContain('请补正信息公开申请')

    t.clock.set('2025-03-10T09:00:00+08:00')
    const corrected = await mine(resident, id, 'correct', { description: '2024年度桐山村、官桥村城乡低保资金发放汇总数（按月）' })
    expect(corrected.body).toMatchObject({ status: 'corrected', description: '2024年度桐山村、官桥村城乡低保资金发放汇总数（按月）', deadline: { dueDate: '2025-04-08' } })
    expect(corrected.body.correction.originalDescription).toBe(person.description)

    expect((await act(staff, id, 'extend', { days: 10, reason: '需调取县民政局存档数据' })).status).toBe(403)
    const extended = await act(admin, id, 'extend', { days: 10, reason: '需调取县民政局存档数据' })
    expect(extended.status).toBe(200)
    expect(extended.body).toMatchObject({ status: 'extended', extension: { days: 10, approvedByName: '袁主任' }, deadline: { dueDate: '2025-04-22', allowedDays: 30 } })
    expect((await act(admin, id, 'extend', { days: 5, reason: '再延' })).status).toBe(409)
    expect(await inboxTitles(resident)).toContain('信息公开申请延期答复')
    const extendAudit = await auditModel(t.db).findOne({ action: 'infoRequest.extended', targetId: id }).lean()
    expect(extendAudit).not.toBeNull()

    const pdf = await uploadPdf(admin)
    const replied = await act(admin, id, 'reply', {
      kind: 'partlyDisclosed',
      text: '现将桐山村、官桥村2024年度低保资金按月汇总表提供给您；涉及个人身份信息的部分不予公开。',
      withheldReason: 'thirdParty',
      attachmentIds: [pdf]
    })
    expect(replied.status).toBe(200)
    expect(replied.body).toMatchObject({ status: 'replied', reply: { kind: 'partlyDisclosed', article: '第三十七条', late: false, fee: { yuan: 0 } } })

    const final = await t.http.get(`/api/infoRequests/${id}`).set(resident.headers)
    expect(final.body.reply.appealText).toBe('如对本答复不服，可以自收到本答复之日起六十日内向测试县人民政府申请行政复议，或者在六个月内向测试县人民法院提起行政诉讼。')
    expect(final.body.reply.withheldReasonLabel).toContain('第三方')
    expect(final.body.reply.attachments).toHaveLength(1)
    const file = await t.http.get(new URL(final.body.reply.attachments[0].url as string).pathname + new URL(final.body.reply.attachments[0].url as string).search)
    expect(file.status).toBe(200)
    expect(Buffer.compare(file.body as Buffer, PDF)).toBe(0)
    expect(final.body.timeline.map((e: { action: string }) => e.action)).toEqual(['submit', 'receive', 'requestCorrection', 'correct', 'extend', 'reply'])
    expect(await inboxTitles(resident)).toContain('信息公开申请已答复')
  })
})

const replies: Record<ReplyKind, Record<string, unknown>> = {
  alreadyPublic: { text: '该信息已主动公开。', whereToFind: '乡里办“政务公开”栏目，或镇政府公开栏' },
  disclosed: { text: '现将所申请信息提供给您。', whereToFind: '请到便民服务中心2号窗口领取纸质件' },
  partlyDisclosed: { text: '部分公开。', withheldReason: 'process', whereToFind: '见附件' },
  withheld: { text: '不予公开。', withheldReason: 'internalAffairs' },
  notExist: { text: '经检索，本机关未制作或获取该信息。', cannotProvideReason: 'notHeld' },
  notThisAgency: { text: '该信息不属于本机关负责公开。', otherAgency: { name: '上高县自然资源局', contact: '0795-2501234，上高县敖阳街道' } },
  repeat: { text: '您于2025年1月已提出相同申请，本机关已答复，不再重复处理。' },
  otherLaw: { text: '不动产登记资料的查询，请依照不动产登记的规定办理。', otherLaw: '《不动产登记暂行条例》第二十七条' }
}

describe('the Art. 36 reply kinds', () => {
  it.each(REPLY_KINDS)('%s: answers with its article and always states the appeal rights', async (kind) => {
    const { id, resident } = await received()
    const res = await act(admin, id, 'reply', { kind, ...replies[kind] })
    expect(res.status).toBe(200)
    expect(res.body.reply.kind).toBe(kind)
    const seen = await t.http.get(`/api/infoRequests/${id}`).set(resident.headers)
    expect(seen.body.reply.article).toMatch(/^第三十[六七]条/)
    expect(seen.body.reply.appealText).toMatch(/六十日内.*申请行政复议.*六个月内.*提起行政诉讼/)
    if (kind === 'notThisAgency') expect(seen.body.reply.otherAgency).toEqual(replies.notThisAgency.otherAgency)
    if (kind === 'withheld') expect(seen.body.reply.withheldReasonLabel).toContain('内部事务')
    expect((await act(admin, id, 'reply', { kind, ...replies[kind] })).status).toBe(409)
  })

  it('refuses a reply that lacks what its kind needs, naming the field', async () => {
    const { id } = await received()
    const cases: [object, string][] = [
      [{ kind: 'withheld', text: '不予公开' }, 'withheldReason'],
      [{ kind: 'notThisAgency', text: '不属于本机关' }, 'otherAgency'],
      [{ kind: 'alreadyPublic', text: '已公开' }, 'whereToFind'],
      [{ kind: 'otherLaw', text: '依法办理' }, 'otherLaw'],
      [{ kind: 'disclosed', text: '予以公开' }, 'attachmentIds'],
      [{ kind: 'notExist', text: '不存在' }, 'cannotProvideReason']
    ]
    for (const [body, field] of cases) {
      const res = await act(admin, id, 'reply', body)
      expect(res.status).toBe(400)
      expect(Object.keys(res.body.fields ?? {})).toContain(field)
      expect(res.body.message).toMatch(/[\u4e00-\u9fff]/)
    }
  })

  it('links an already public answer to the published item it is in', async () => {
    const { id, resident } = await received()
    const draft = await t.http.post('/api/staff/disclosure/items').set(admin.headers).set('Idempotency-Key', key()).send({
      kind: 'notice',
      scope: 'township',
      category: 'result',
      domainKey: 'social-assistance',
      departmentId: t.township.departmentIds[0],
      title: '2024年度城乡低保资金发放情况',
      body: '全年发放城乡低保资金共计……',
      source: '新界埠镇民政所'
    })
    await t.http.post(`/api/staff/disclosure/items/${draft.body.id}/submitForReview`).set(admin.headers).set('Idempotency-Key', key()).send({})
    await t.http.post(`/api/staff/disclosure/items/${draft.body.id}/publish`).set(staff.headers).set('Idempotency-Key', key()).send({})
    const res = await act(admin, id, 'reply', { kind: 'alreadyPublic', text: '该信息已主动公开', disclosureItemId: draft.body.id })
    expect(res.status).toBe(200)
    const seen = await t.http.get(`/api/infoRequests/${id}`).set(resident.headers)
    expect(seen.body.reply.disclosureItem).toEqual({ id: draft.body.id, title: '2024年度城乡低保资金发放情况' })
  })
})

describe('who sees what', () => {
  it('a resident sees only their own requests; staff outside the office and other townships do not see them', async () => {
    const { id, resident } = await received()
    const other = await t.signIn('resident')
    expect((await t.http.get(`/api/infoRequests/${id}`).set(other.headers)).status).toBe(404)
    expect((await mine(other, id, 'withdraw', {})).status).toBe(404)
    expect((await t.http.get('/api/infoRequests/mine').set(other.headers)).body.items).toEqual([])
    const own = await t.http.get('/api/infoRequests/mine').set(resident.headers)
    expect(own.body.items.map((i: { id: string }) => i.id)).toEqual([id])
    expect((await t.http.get('/api/staff/infoRequests').set(resident.headers)).status).toBe(403)
    expect((await t.http.get(`/api/staff/infoRequests/${id}`).set(staff.headers)).status).toBe(403)
    const elsewhere = await t.addTownship('别的镇')
    const otherAdmin = await t.signIn('admin', { township: elsewhere })
    expect((await t.http.get(`/api/staff/infoRequests/${id}`).set(otherAdmin.headers)).status).toBe(404)
    expect((await act(otherAdmin, id, 'reply', { kind: 'repeat', text: 'x' })).status).toBe(404)
  })

  it('the office department set by the admin works the queue; the full ID is shown only through an audited read', async () => {
    const settings = {
      officeName: '新界埠镇党政综合办公室',
      officeDepartmentId: t.township.departmentIds[0],
      reviewBody: '上高县人民政府',
      court: '上高县人民法院',
      feeMethod: 'free',
      officePhone: '0795-2600100',
      officeAddress: '新界埠镇人民政府一楼'
    }
    const saved = await t.http.put('/api/staff/infoRequests/settings').set(admin.headers).set('Idempotency-Key', key()).send(settings)
    expect(saved.status).toBe(200)
    expect((await t.http.put('/api/staff/infoRequests/settings').set(staff.headers).set('Idempotency-Key', key()).send(settings)).status).toBe(403)
    const resident = await t.signIn('resident')
    const { body } = await apply(resident)
    expect(await inboxTitles(staff)).toContain('新的信息公开申请')
    const queue = await t.http.get('/api/staff/infoRequests').set(staff.headers)
    expect(queue.body.items.map((i: { id: string }) => i.id)).toContain(body.id)
    const view = await t.http.get(`/api/staff/infoRequests/${body.id}`).set(staff.headers)
    expect(view.body.idMasked).not.toContain(ID)
    expect(JSON.stringify(view.body)).not.toContain(ID)
    const identity = await t.http.get(`/api/staff/infoRequests/${body.id}/identity`).set(staff.headers)
    expect(identity.body).toMatchObject({ idNumber: ID, phone: '13800138000' })
    expect(await auditModel(t.db).countDocuments({ action: 'infoRequest.identityRead', targetId: body.id })).toBe(1)
    const after = await act(admin, body.id, 'receive')
    expect(after.status).toBe(200)
    const guide = await t.http.get(`/api/townships/${t.township.id}/infoRequests/guide`)
    expect(guide.body).toMatchObject({ officeName: '新界埠镇党政综合办公室', feeMethod: 'free', appealText: expect.stringContaining('上高县人民法院') })
    await t.http.put('/api/staff/infoRequests/settings').set(admin.headers).set('Idempotency-Key', key()).send({ ...settings, officeDepartmentId: null })
  })

  it('an assistant applies for a person they help; both hear of the receipt; the audit log says so', async () => {
    const assistant = await t.signIn('assistant', { displayName: '陈晓燕' })
    const added = await t.http.post('/api/assistant/people').set(assistant.headers).set('Idempotency-Key', key()).send({ name: '李桂兰', villageId: t.township.villageIds[0], consentHow: 'signed_paper' })
    const res = await apply(assistant, { ...person, name: '李桂兰', idNumber: idNumberFrom('36092319450303004') }, { actingFor: added.body.personId })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ onBehalf: true, applicantName: '李桂兰' })
    const audit = await auditModel(t.db).findOne({ action: 'infoRequest.submittedOnBehalf', targetId: res.body.id }).lean()
    expect(String(audit!.onBehalfOfPersonId)).toBe(added.body.personId)
    await act(admin, res.body.id, 'receive')
    const inbox = await t.http.get('/api/notices/inbox').set(assistant.headers)
    expect(inbox.body.items[0]).toMatchObject({ title: '信息公开申请已收到', onBehalfOfName: '李桂兰' })
    expect((await apply(await t.signIn('resident'), person, { actingFor: added.body.personId })).status).toBe(403)
  })
})

describe('the clock in working days', () => {
  it('a correction must go out within 7 working days of receipt', async () => {
    const { id } = await received()
    t.clock.set('2025-03-13T09:00:00+08:00')
    const late = await act(admin, id, 'requestCorrection', { items: ['请写清楚年份'] })
    expect(late.status).toBe(409)
    expect(late.body.message).toContain('7 个工作日')
  })

  it('no correction within the stated time closes the request as withdrawn and tells the applicant', async () => {
    const { id, resident } = await received()
    await act(admin, id, 'requestCorrection', { items: ['请写清楚年份'], periodDays: 5 })
    t.clock.set('2025-03-10T23:00:00+08:00')
    expect((await sweepInfoRequests(t.deps)).lapsed).toBe(0)
    t.clock.set('2025-03-11T09:00:00+08:00')
    expect((await mine(resident, id, 'correct', { description: '2024年' })).status).toBe(409)
    expect((await sweepInfoRequests(t.deps)).lapsed).toBeGreaterThanOrEqual(1)
    const seen = await t.http.get(`/api/infoRequests/${id}`).set(resident.headers)
    expect(seen.body).toMatchObject({ status: 'withdrawn', canCorrect: false })
    expect(seen.body.timeline.at(-1).text).toContain('视为放弃申请')
    expect(await inboxTitles(resident)).toContain('信息公开申请已终止')
  })

  it('consulting a third party stops the clock; their silence after 15 working days lets it run on', async () => {
    const { id, resident } = await received()
    t.clock.set('2025-03-10T09:00:00+08:00')
    const consulting = await act(admin, id, 'consult', { party: 'thirdParty', name: '某农业合作社', note: '涉及合作社经营信息' })
    expect(consulting.body).toMatchObject({ status: 'consulting', deadline: { state: 'paused', dueDate: null } })
    expect(consulting.body.consultations[0]).toMatchObject({ dueDate: '2025-03-31', name: '某农业合作社' })
    const seen = await t.http.get(`/api/infoRequests/${id}`).set(resident.headers)
    expect(JSON.stringify(seen.body)).not.toContain('某农业合作社')
    expect(await inboxTitles(resident)).toContain('信息公开申请正在征求意见')
    expect((await act(admin, id, 'endConsultation', { outcome: 'noReply' })).status).toBe(409)
    expect((await act(admin, id, 'reply', { kind: 'repeat', ...replies.repeat })).status).toBe(409)
    t.clock.set('2025-04-02T09:00:00+08:00')
    expect((await sweepInfoRequests(t.deps)).consultationsEnded).toBeGreaterThanOrEqual(1)
    const after = await t.http.get(`/api/staff/infoRequests/${id}`).set((await t.signIn('admin')).headers)
    // 11–31 March (15 working days) do not count: 31 March + 15 working days, 清明 on 4 April.
    expect(after.body).toMatchObject({ status: 'received', deadline: { dueDate: '2025-04-22' } })
    expect(after.body.consultations[0]).toMatchObject({ endedOn: '2025-03-31', outcome: 'noReply' })
  })

  it('another agency answering ends the consultation that day', async () => {
    const { id } = await received()
    t.clock.set('2025-03-10T09:00:00+08:00')
    await act(admin, id, 'consult', { party: 'agency', name: '上高县民政局' })
    t.clock.set('2025-03-12T15:00:00+08:00')
    const ended = await act(admin, id, 'endConsultation', { outcome: 'agreed', note: '县民政局复函同意公开' })
    expect(ended.body).toMatchObject({ status: 'received', deadline: { dueDate: '2025-04-02' } })
  })

  it('a holiday the admin adds while a request is open moves its deadline, and the applicant sees why', async () => {
    const { id, resident } = await received()
    const put = await t.http.put('/api/admin/calendar/overrides/2025-03-20').set(admin.headers).send({ kind: 'closed', reason: '防汛抢险停止办公' })
    expect(put.status).toBe(200)
    const report = await sweepInfoRequests(t.deps)
    expect(report.moved).toBeGreaterThanOrEqual(1)
    const view = await t.http.get(`/api/staff/infoRequests/${id}`).set(admin.headers)
    expect(view.body.deadline.dueDate).toBe('2025-04-01')
    const seen = await t.http.get(`/api/infoRequests/${id}`).set(resident.headers)
    expect(seen.body.timeline.at(-1).text).toBe('工作日历调整（节假日安排变化），答复期限由 2025-03-31 调整为 2025-04-01')
    await t.http.delete('/api/admin/calendar/overrides/2025-03-20').set(admin.headers)
    await sweepInfoRequests(t.deps)
    expect((await t.http.get(`/api/staff/infoRequests/${id}`).set(admin.headers)).body.deadline.dueDate).toBe('2025-03-31')
  })

  it('the queue puts overdue requests first, and a late reply is recorded as late', async () => {
    const overdue = await received()
    t.clock.set('2025-03-20T09:00:00+08:00')
    const fresh = await received()
    t.clock.set('2025-04-01T09:00:00+08:00')
    const queue = await t.http.get('/api/staff/infoRequests?status=open').set(admin.headers)
    const ids = queue.body.items.map((i: { id: string }) => i.id)
    expect(ids.indexOf(overdue.id)).toBeLessThan(ids.indexOf(fresh.id))
    expect(queue.body.items.find((i: { id: string }) => i.id === overdue.id).deadline.state).toBe('overdue')
    const only = await t.http.get('/api/staff/infoRequests?due=overdue').set(admin.headers)
    expect(only.body.items.map((i: { id: string }) => i.id)).toContain(overdue.id)
    expect(only.body.items.map((i: { id: string }) => i.id)).not.toContain(fresh.id)
    expect((await act(admin, overdue.id, 'extend', { days: 5, reason: '来不及' })).status).toBe(409)
    const late = await act(admin, overdue.id, 'reply', { kind: 'repeat', ...replies.repeat })
    expect(late.body.reply.late).toBe(true)
  })
})

describe('fees, idempotency and bad input', () => {
  it('is free by default; a township that charges by volume shows the fee in the reply', async () => {
    const { id } = await received()
    const free = await act(admin, id, 'reply', { kind: 'alreadyPublic', ...replies.alreadyPublic })
    expect(free.body.reply.fee).toEqual({ yuan: 0, basis: '依申请公开政府信息不收费' })
    const settings = (await t.http.get('/api/staff/infoRequests/settings').set(admin.headers)).body
    const { townshipId: _t, updatedAt: _u, ...body } = settings
    await t.http.put('/api/staff/infoRequests/settings').set(admin.headers).set('Idempotency-Key', key()).send({ ...body, feeMethod: 'byPages' })
    const second = await received()
    const charged = await act(admin, second.id, 'reply', { kind: 'disclosed', ...replies.disclosed, pages: 120 })
    expect(charged.body.reply.fee).toEqual({ yuan: 1100, basis: '本件 120 页，按量计收 1100 元' })
    await t.http.put('/api/staff/infoRequests/settings').set(admin.headers).set('Idempotency-Key', key()).send({ ...body, feeMethod: 'free' })
  })

  it('a retried application makes one request; bad input is a 400 naming each field', async () => {
    const resident = await t.signIn('resident')
    const k = key()
    const first = await apply(resident, person, { key: k })
    const again = await apply(resident, person, { key: k })
    expect(again.body.id).toBe(first.body.id)
    expect(await infoRequestModel(t.db).countDocuments({ 'acting.submitterId': resident.userId })).toBe(1)
    const bad = await apply(resident, { ...person, idNumber: '360923198501010011', delivery: 'mail' })
    expect(bad.status).toBe(400)
    expect(Object.keys(bad.body.fields)).toEqual(expect.arrayContaining(['idNumber', 'address']))
    const org = await apply(resident, { ...person, applicantType: 'organisation', name: '某某农业科技有限公司', idNumber: '91110000600037341L' })
    expect(org.status).toBe(400)
    expect(Object.keys(org.body.fields)).toContain('orgType')
    const okOrg = await apply(resident, { ...person, applicantType: 'organisation', orgType: 'business', name: '某某农业科技有限公司', idNumber: '91110000600037341L', contactPerson: '张经理' })
    expect(okOrg.status).toBe(201)
    expect(okOrg.body).toMatchObject({ applicantTypeLabel: '法人或其他组织', orgTypeLabel: '商业企业' })
    expect((await t.http.post('/api/infoRequests').set(resident.headers).send(person)).status).toBe(400)
  })
})

describe('the annual report', () => {
  it('counts the year by applicant kind and result, carries open requests over, and exports CSV with a BOM', async () => {
    const other = await t.addTownship('报表镇')
    const head = await t.signIn('admin', { township: other })
    const people = [await t.signIn('resident', { township: other }), await t.signIn('resident', { township: other })]
    const make = async (who: SignedIn, body: object = person) => {
      const res = await apply(who, body)
      await act(head, res.body.id, 'receive')
      return res.body.id as string
    }
    t.clock.set('2024-12-20T09:00:00+08:00')
    const carried = await make(people[0]!)
    t.clock.set('2025-03-03T09:00:00+08:00')
    await act(head, carried, 'reply', { kind: 'alreadyPublic', ...replies.alreadyPublic })
    const a = await make(people[0]!)
    await act(head, a, 'reply', { kind: 'withheld', ...replies.withheld })
    const b = await make(people[1]!, { ...person, applicantType: 'organisation', orgType: 'business', name: '某公司', idNumber: '91440300708461136T' })
    await act(head, b, 'reply', { kind: 'partlyDisclosed', ...replies.partlyDisclosed })
    const c = await make(people[1]!)
    await act(head, c, 'requestCorrection', { items: ['请写明年份'], periodDays: 1 })
    t.clock.set('2025-03-06T09:00:00+08:00')
    await sweepInfoRequests(t.deps)
    await make(people[0]!)
    const res = await t.http.get('/api/staff/infoRequests/report?year=2025').set(head.headers)
    expect(res.status).toBe(200)
    const row = (k: string) => res.body.rows.find((r: { key: string }) => r.key === k).values
    expect(row('new')).toMatchObject({ person: 3, business: 1, total: 4 })
    expect(row('carried')).toMatchObject({ person: 1, total: 1 })
    expect(row('disclosed').person).toBe(1)
    expect(row('partly').business).toBe(1)
    expect(row('withheld:internalAffairs').person).toBe(1)
    expect(row('withheld').person).toBe(1)
    expect(row('other:lapse').person).toBe(1)
    expect(row('total').total).toBe(4)
    expect(row('carriedNext').total).toBe(1)
    expect(row('new').total + row('carried').total).toBe(row('total').total + row('carriedNext').total)
    // The carried-over request was answered after its deadline (2025-01-20); the open one will be past its deadline at the end of the year.
    expect(res.body.overdue).toBe(2)

    expect((await t.http.put('/api/staff/infoRequests/report/2025/appeals').set(people[0]!.headers).set('Idempotency-Key', key()).send({})).status).toBe(403)
    const counts = { maintained: 1, corrected: 0, other: 0, pending: 1 }
    const none = { maintained: 0, corrected: 0, other: 0, pending: 0 }
    const saved = await t.http.put('/api/staff/infoRequests/report/2025/appeals').set(head.headers).set('Idempotency-Key', key()).send({ review: counts, lawsuitDirect: none, lawsuitAfterReview: none })
    expect(saved.body.appeals.review).toEqual(counts)

    const csv = await t.http.get('/api/staff/infoRequests/report.csv?year=2025').set(head.headers).buffer(true).parse((r, done) => {
      const chunks: Buffer[] = []
      r.on('data', (c: Buffer) => chunks.push(c))
      r.on('end', () => done(null, Buffer.concat(chunks)))
    })
    expect(csv.status).toBe(200)
    expect(csv.headers['content-type']).toContain('text/csv')
    const bytes = csv.body as Buffer
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.toString('utf8')
    expect(text).toContain('一、本年新收政府信息公开申请数量,3,1,0,0,0,0,4')
    expect(text).toContain('行政复议,1,0,0,1,2')
    expect((await t.http.get('/api/staff/infoRequests/report?year=2018').set(head.headers)).status).toBe(400)
  })
})
