import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import { Types } from 'mongoose'
import { startTestApp, type SignedIn, type TestApp } from '../helpers/testApp'
import { contactModel } from '../../../cloud/src/modules/org/model'
import { userModel } from '../../../cloud/src/modules/users/model'
import { auditModel } from '../../../cloud/src/modules/audit/model'
import { SUBSCRIBERS_PER_EVENT } from '../../../cloud/src/modules/disclosure/notices'

const PDF = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n')
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64')

let t: TestApp
let dataDir: string
let admin: SignedIn
let clerk: SignedIn
let colleague: SignedIn

jest.setTimeout(60_000)

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'xlb-disclosure-'))
  t = await startTestApp({ env: { DATA_DIR: dataDir } })
  admin = await t.signIn('admin', { displayName: '袁主任' })
  clerk = await t.signIn('staff', { displayName: '民政办刘芳' })
  colleague = await t.signIn('staff', { displayName: '民政办钟丽华' })
})
afterAll(async () => {
  await t.stop()
  rmSync(dataDir, { recursive: true, force: true })
})
beforeEach(() => t.clock.set('2025-03-03T09:00:00+08:00'))

const key = () => randomUUID()
const post = (who: SignedIn, url: string, body: object = {}) => t.http.post(url).set(who.headers).set('Idempotency-Key', key()).send(body)
const move = (who: SignedIn, id: string, verb: string, body: object = {}) => post(who, `/api/staff/disclosure/items/${id}/${verb}`, body)
const items = (query = '') => t.http.get(`/api/townships/${t.township.id}/disclosure/items${query}`)

const policy = () => ({
  kind: 'policy',
  scope: 'township',
  category: 'decision',
  domainKey: 'social-assistance',
  departmentId: t.township.departmentIds[0],
  title: '新界埠镇2025年城乡最低生活保障标准的通知',
  body: '根据县人民政府通知，自2025年1月1日起，城市低保标准提高到每人每月900元，农村低保标准提高到每人每月720元。',
  source: '新界埠镇人民政府',
  documentNumber: '新府发〔2025〕3号',
  keywords: ['低保标准']
})
const accounts = (villageId: string) => ({
  kind: 'accounts',
  scope: 'village',
  villageId,
  villageAffair: 'finance',
  departmentId: t.township.departmentIds[0],
  title: '2025年第一季度财务收支公开',
  source: '东村村民委员会',
  accounts: {
    year: 2025,
    quarter: 1,
    openingBalanceFen: 12_345_600,
    lines: [
      { direction: 'income', item: '上级转移支付（村级组织运转经费）', amountFen: 8_000_000 },
      { direction: 'income', item: '村集体林地承包费', amountFen: 1_520_000 },
      { direction: 'spending', item: '村干部报酬', amountFen: 4_860_000 },
      { direction: 'spending', item: '村道路灯电费', amountFen: 312_050, note: '1—3月' }
    ]
  }
})

/** Drafts, submits and has a second person publish an item; returns its id. */
async function published(body: object, by: SignedIn = clerk, reviewer: SignedIn = colleague): Promise<string> {
  const draft = await post(by, '/api/staff/disclosure/items', body)
  expect(draft.status).toBe(201)
  expect((await move(by, draft.body.id, 'submitForReview')).status).toBe(200)
  const done = await move(reviewer, draft.body.id, 'publish')
  expect(done.status).toBe(200)
  return draft.body.id as string
}

describe('draft → second-person review → publish', () => {
  it('the submitter cannot publish; a colleague can; the item gets its 索引号 and appears in the public list', async () => {
    const draft = await post(clerk, '/api/staff/disclosure/items', policy())
    expect(draft.status).toBe(201)
    expect(draft.body).toMatchObject({ status: 'draft', version: 1, allowedActions: ['edit', 'submitForReview'] })
    const id = draft.body.id as string
    expect((await t.http.get(`/api/disclosure/items/${id}`)).status).toBe(404)

    const edited = await move(clerk, id, 'edit', { ...policy(), body: `${policy().body}特此通知。` })
    expect(edited.body.content.body).toContain('特此通知')
    const submitted = await move(clerk, id, 'submitForReview')
    expect(submitted.body).toMatchObject({ status: 'inReview', moderation: 'passed', submittedByName: '民政办刘芳' })
    expect(submitted.body.allowedActions).not.toContain('publish')
    expect(submitted.body.reviewNote).toContain('另一位工作人员')
    expect((await move(clerk, id, 'edit', policy())).status).toBe(409)
    const own = await move(clerk, id, 'publish')
    expect(own.status).toBe(403)
    expect(own.body.message).toContain('另一位工作人员')
    expect((await t.http.get('/api/notices/inbox').set(admin.headers)).body.items.map((i: { title: string }) => i.title)).toContain('公开信息待审核')

    const view = await t.http.get(`/api/staff/disclosure/items/${id}`).set(colleague.headers)
    expect(view.body.allowedActions).toEqual(expect.arrayContaining(['publish', 'returnToDraft']))
    const done = await move(colleague, id, 'publish', { note: '内容核对无误' })
    expect(done.body).toMatchObject({ status: 'published', canRevise: true })
    expect(done.body.indexNumber).toMatch(/^t\d+-\d+\/2025-\d{5}$/)
    expect(done.body.history.map((h: { action: string }) => h.action)).toEqual(['create', 'edit', 'submitForReview', 'publish'])

    const pub = await t.http.get(`/api/disclosure/items/${id}`)
    expect(pub.body).toMatchObject({
      title: '新界埠镇2025年城乡最低生活保障标准的通知',
      categoryLabel: '决策公开',
      domainName: '社会救助',
      documentNumber: '新府发〔2025〕3号',
      indexNumber: done.body.indexNumber,
      validity: 'valid',
      validityLabel: '有效',
      versions: [{ id, version: 1, status: 'published' }]
    })
    const list = await items('?category=decision')
    expect(list.body.items.map((i: { id: string }) => i.id)).toContain(id)
    expect((await items('?category=result')).body.items.map((i: { id: string }) => i.id)).not.toContain(id)
    expect(await auditModel(t.db).countDocuments({ action: 'disclosure.published', targetId: id })).toBe(1)
  })

  it('the reviewer returns an item with a reason the submitter is told', async () => {
    const draft = await post(clerk, '/api/staff/disclosure/items', { ...policy(), title: '关于调整高龄津贴发放时间的公告', documentNumber: null })
    await move(clerk, draft.body.id, 'submitForReview')
    expect((await move(colleague, draft.body.id, 'returnToDraft', {})).status).toBe(400)
    const back = await move(colleague, draft.body.id, 'returnToDraft', { reason: '请补充发放月份' })
    expect(back.body.status).toBe('draft')
    const inbox = await t.http.get('/api/notices/inbox').set(clerk.headers)
    expect(inbox.body.items[0]).toMatchObject({ title: '公开信息被退回修改', body: expect.stringContaining('请补充发放月份') })
  })

  it('text held by content security is kept, and is published only when the reviewer clears it', async () => {
    t.wechat.state.flaggedWords.add('敏感词')
    const draft = await post(clerk, '/api/staff/disclosure/items', { ...policy(), title: '关于某敏感词事项的说明', documentNumber: null })
    const sent = await move(clerk, draft.body.id, 'submitForReview')
    expect(sent.body).toMatchObject({ status: 'inReview', moderation: 'held' })
    expect(sent.body.moderationNote).toContain('人工审核')
    const refused = await move(colleague, draft.body.id, 'publish')
    expect(refused.status).toBe(409)
    expect(refused.body.code).toBe('DISCLOSURE_CONTENT_HELD')
    const cleared = await move(colleague, draft.body.id, 'publish', { contentCleared: true })
    expect(cleared.body).toMatchObject({ status: 'published', moderation: 'passed' })
    expect(cleared.body.history.at(-1).internalNote).toContain('人工审核通过')
    t.wechat.state.flaggedWords.delete('敏感词')
  })

  it('a long body is checked in pieces WeChat accepts', async () => {
    const before = t.wechat.state.callsTo('/wxa/msg_sec_check').length
    const draft = await post(clerk, '/api/staff/disclosure/items', { ...policy(), title: '新界埠镇2025年政府工作报告', documentNumber: null, body: '一、过去一年工作回顾。'.repeat(600) })
    expect((await move(clerk, draft.body.id, 'submitForReview')).body.moderation).toBe('passed')
    const calls = t.wechat.state.callsTo('/wxa/msg_sec_check').slice(before)
    expect(calls.length).toBeGreaterThanOrEqual(3)
    for (const c of calls) expect(Array.from((c.body as { content: string }).content).length).toBeLessThanOrEqual(2500)
  })
})

describe('versions, withdrawal and interpretations', () => {
  it('a revision supersedes the published version once published; both link to each other; a withdrawal keeps the record and says why', async () => {
    const v1 = await published(policy())
    const rev = await move(clerk, v1, 'revise')
    expect(rev.status).toBe(201)
    expect(rev.body).toMatchObject({ status: 'draft', version: 2, supersedes: { id: v1 } })
    expect((await move(clerk, v1, 'revise')).status).toBe(409)
    await move(clerk, rev.body.id, 'edit', { ...rev.body.content, documentNumber: '新府发〔2025〕7号', body: '城市低保标准调整为每人每月930元，农村低保标准调整为每人每月750元。' })
    expect((await t.http.get(`/api/disclosure/items/${v1}`)).body.validity).toBe('valid')
    await move(clerk, rev.body.id, 'submitForReview')
    await move(admin, rev.body.id, 'publish')
    const old = await t.http.get(`/api/disclosure/items/${v1}`)
    expect(old.body).toMatchObject({ validity: 'revised', validityLabel: '已修订', supersededBy: { id: rev.body.id, version: 2 } })
    const current = await t.http.get(`/api/disclosure/items/${rev.body.id}`)
    expect(current.body.supersedes).toMatchObject({ id: v1, status: 'revised' })
    expect(current.body.versions.map((v: { version: number }) => v.version)).toEqual([1, 2])
    expect(current.body.indexNumber).not.toBe(old.body.indexNumber)
    const listed = (await items('?q=低保标准')).body.items.map((i: { id: string }) => i.id)
    expect(listed).toContain(rev.body.id)
    expect(listed).not.toContain(v1)

    expect((await move(clerk, rev.body.id, 'withdraw', {})).status).toBe(400)
    const gone = await move(clerk, rev.body.id, 'withdraw', { reason: '标准以县人民政府最新文件为准' })
    expect(gone.body.status).toBe('withdrawn')
    const shown = await t.http.get(`/api/disclosure/items/${rev.body.id}`)
    expect(shown.body).toMatchObject({ validity: 'withdrawn', withdrawReason: '标准以县人民政府最新文件为准' })
    expect((await items('?q=低保标准')).body.items.map((i: { id: string }) => i.id)).not.toContain(rev.body.id)
  })

  it('an interpretation links to its policy, and the policy lists its interpretations', async () => {
    const pol = await published({ ...policy(), title: '关于开展2025年耕地地力保护补贴发放工作的通知', domainKey: 'farm-subsidy', documentNumber: '新府发〔2025〕9号', keywords: [] })
    const bad = await post(clerk, '/api/staff/disclosure/items', { ...policy(), kind: 'interpretation', title: '解读', documentNumber: null })
    expect(bad.status).toBe(400)
    expect(Object.keys(bad.body.fields)).toContain('interpretsId')
    const interp = await published({ ...policy(), kind: 'interpretation', category: 'execution', domainKey: 'farm-subsidy', interpretsId: pol, title: '一图读懂2025年耕地地力保护补贴', documentNumber: null })
    const policyPage = await t.http.get(`/api/disclosure/items/${pol}`)
    expect(policyPage.body.interpretations.map((i: { id: string }) => i.id)).toEqual([interp])
    const interpPage = await t.http.get(`/api/disclosure/items/${interp}`)
    expect(interpPage.body.interprets).toMatchObject({ id: pol, title: '关于开展2025年耕地地力保护补贴发放工作的通知' })
  })
})

describe('attachments', () => {
  it('PDF and images only, by their bytes; links work without a session; another township cannot use them', async () => {
    const pdf = await post(clerk, '/api/staff/disclosure/files', { fileName: '补贴名单.pdf', dataBase64: PDF.toString('base64') })
    expect(pdf.status).toBe(201)
    expect(pdf.body).toMatchObject({ name: '补贴名单.pdf', mimeType: 'application/pdf' })
    const png = await post(clerk, '/api/staff/disclosure/files', { fileName: '公示照片.png', dataBase64: PNG.toString('base64') })
    expect(png.body.mimeType).toBe('image/png')
    const exe = await post(clerk, '/api/staff/disclosure/files', { fileName: 'x.exe', dataBase64: Buffer.from('MZ\x90\x00').toString('base64') })
    expect(exe.status).toBe(400)
    expect(exe.body.message).toContain('PDF')
    expect((await post(await t.signIn('resident'), '/api/staff/disclosure/files', { fileName: 'a.pdf', dataBase64: PDF.toString('base64') })).status).toBe(403)

    const id = await published({ ...policy(), kind: 'notice', category: 'result', title: '2025年耕地地力保护补贴发放名单公示', documentNumber: null, attachmentIds: [pdf.body.id, png.body.id] })
    const pub = await t.http.get(`/api/disclosure/items/${id}`)
    expect(pub.body.attachments.map((a: { name: string }) => a.name)).toEqual(['补贴名单.pdf', '公示照片.png'])
    const url = new URL(pub.body.attachments[0].url as string)
    const bytes = await t.http.get(url.pathname + url.search)
    expect(bytes.status).toBe(200)
    expect(bytes.headers['content-type']).toBe('application/pdf')
    expect(Buffer.compare(bytes.body as Buffer, PDF)).toBe(0)

    const elsewhere = await t.addTownship('邻镇')
    const otherAdmin = await t.signIn('admin', { township: elsewhere })
    const stolen = await post(otherAdmin, '/api/staff/disclosure/items', { ...policy(), departmentId: elsewhere.departmentIds[0], domainKey: null, attachmentIds: [pdf.body.id] })
    expect(stolen.status).toBe(400)
    expect(Object.keys(stolen.body.fields)).toContain('attachmentIds')
  })
})

describe('villages: 三务公开 with quarterly accounts, the board, subscriptions', () => {
  it('a village’s quarterly accounts are published with their totals and shown on the village board', async () => {
    const village = t.township.villageIds[0]!
    const noTable = await post(clerk, '/api/staff/disclosure/items', { ...accounts(village), accounts: null })
    expect(noTable.status).toBe(400)
    expect(Object.keys(noTable.body.fields)).toContain('accounts')
    const id = await published(accounts(village))
    const board = await t.http.get(`/api/disclosure/villages/${village}/board`)
    expect(board.status).toBe(200)
    expect(board.body.village).toEqual({ id: village, name: '新界埠镇东村' })
    expect(board.body.affairs.map((a: { label: string }) => a.label)).toEqual(['党务公开', '村务公开', '财务公开'])
    expect(board.body.affairs[2].items.map((i: { id: string }) => i.id)).toContain(id)
    expect(board.body.accounts[0]).toMatchObject({
      id,
      accounts: { year: 2025, quarter: 1, incomeFen: 9_520_000, spendingFen: 5_172_050, closingBalanceFen: 16_693_550 }
    })
    expect((await t.http.get(`/api/disclosure/villages/${new Types.ObjectId()}/board`)).status).toBe(404)
    expect((await t.http.get('/api/disclosure/villages/nonsense/board')).status).toBe(400)
    const byVillage = await items(`?villageId=${village}&villageAffair=finance`)
    expect(byVillage.body.items[0]).toMatchObject({ id, categoryLabel: '财务公开', villageName: '新界埠镇东村', kindLabel: '收支明细' })
  })

  it('subscribers of a village and of a domain hear of a new item there, once each; others do not', async () => {
    const village = t.township.villageIds[1]!
    const follower = await t.signIn('resident')
    const domainFan = await t.signIn('resident')
    const bystander = await t.signIn('resident')
    const sub = await t.http.put('/api/disclosure/subscriptions').set(follower.headers).set('Idempotency-Key', key()).send({ target: 'village', key: village })
    expect(sub.body).toMatchObject({ target: 'village', name: '新界埠镇西村' })
    await t.http.put('/api/disclosure/subscriptions').set(follower.headers).set('Idempotency-Key', key()).send({ target: 'village', key: village })
    await t.http.put('/api/disclosure/subscriptions').set(follower.headers).set('Idempotency-Key', key()).send({ target: 'domain', key: 'rural-housing' })
    await t.http.put('/api/disclosure/subscriptions').set(domainFan.headers).set('Idempotency-Key', key()).send({ target: 'domain', key: 'rural-housing' })
    expect((await t.http.get('/api/disclosure/subscriptions').set(follower.headers)).body).toHaveLength(2)
    expect((await t.http.put('/api/disclosure/subscriptions').set(follower.headers).set('Idempotency-Key', key()).send({ target: 'domain', key: 'no-such-domain' })).status).toBe(400)

    await published({ ...accounts(village), kind: 'notice', villageAffair: 'village', domainKey: 'rural-housing', title: '西村2025年农村危房改造对象评议结果公示', source: '西村村民委员会', accounts: null, body: '经村民代表会议评议……' })
    const titles = async (who: SignedIn) => ((await t.http.get('/api/notices/inbox').set(who.headers)).body.items as { title: string; body: string }[])
    const got = await titles(follower)
    expect(got.filter((i) => i.title === '您订阅的公开信息有更新')).toHaveLength(1)
    expect(got[0]!.body).toContain('西村2025年农村危房改造对象评议结果公示')
    expect((await titles(domainFan)).map((i) => i.title)).toContain('您订阅的公开信息有更新')
    expect(await titles(bystander)).toEqual([])

    const off = await t.http.delete(`/api/disclosure/subscriptions/village/${village}`).set(follower.headers)
    expect(off.body).toEqual({ removed: true })
    expect((await t.http.delete(`/api/disclosure/subscriptions/village/${village}`).set(follower.headers)).body).toEqual({ removed: false })
    expect(SUBSCRIBERS_PER_EVENT).toBeGreaterThan(1)
  })
})

describe('catalogue, search, 权责清单 and 便民地图', () => {
  it('the admin extends the 18-area catalogue; the catalogue counts what is published', async () => {
    const cat = await t.http.get(`/api/townships/${t.township.id}/disclosure/catalog`)
    expect(cat.body.domains.filter((d: { standard: boolean }) => d.standard)).toHaveLength(18)
    expect(cat.body.categories.map((c: { label: string }) => c.label)).toEqual(['决策公开', '执行公开', '管理公开', '服务公开', '结果公开'])
    expect((await post(clerk, '/api/admin/disclosure/domains', { name: '移风易俗' })).status).toBe(403)
    const added = await post(admin, '/api/admin/disclosure/domains', { name: '移风易俗' })
    expect(added.status).toBe(201)
    expect((await post(admin, '/api/admin/disclosure/domains', { name: '移风易俗' })).status).toBe(409)
    expect((await post(admin, '/api/admin/disclosure/domains', { name: '社会救助' })).status).toBe(409)
    const id = await published({ ...policy(), kind: 'notice', domainKey: added.body.key, title: '倡导婚事新办丧事简办的倡议书', documentNumber: null })
    const after = await t.http.get(`/api/townships/${t.township.id}/disclosure/catalog`)
    expect(after.body.domains.find((d: { key: string }) => d.key === added.body.key)).toMatchObject({ name: '移风易俗', standard: false, published: 1 })
    expect((await items(`?domainKey=${added.body.key}`)).body.items.map((i: { id: string }) => i.id)).toEqual([id])
  })

  it('search finds items by Chinese words, pinyin, initials, 文号 and the village name', async () => {
    const id = await published({ ...policy(), title: '关于做好2025年城乡居民医疗保险参保缴费工作的通知', domainKey: 'health', documentNumber: '新府字〔2025〕12号', keywords: ['医保缴费'] })
    for (const q of ['医疗保险', 'yibaojiaofei', 'ybjf', '新府字〔2025〕12号', '参保 缴费']) {
      const res = await items(`?q=${encodeURIComponent(q)}`)
      expect([q, res.body.items.map((i: { id: string }) => i.id)]).toEqual([q, expect.arrayContaining([id])])
    }
    expect((await items(`?q=${encodeURIComponent('东村')}`)).body.items.every((i: { villageName: string | null }) => i.villageName === '新界埠镇东村')).toBe(true)
    expect((await items('?q=zzzzqqq')).body).toMatchObject({ items: [], total: 0 })
    expect((await items(`?q=${'长'.repeat(41)}`)).status).toBe(400)
  })

  it('the 权责清单 is searchable and joined with the 多对一 contact table by post', async () => {
    await contactModel(t.db).create({ townshipId: new Types.ObjectId(t.township.id), post: '民政人社岗', name: '刘芳', duties: '低保受理', phone: '13800138201', countyDepartment: '县民政局', countyPerson: '黄建明', countyPhone: '0795-2501201', order: 1 })
    const power = { name: '最低生活保障对象认定', type: 'confirmation', basis: '《社会救助暂行办法》第十一条', responsiblePost: '民政人社岗', keywords: ['低保'], order: 1 }
    expect((await post(clerk, '/api/admin/disclosure/powers', power)).status).toBe(403)
    const saved = await post(admin, '/api/admin/disclosure/powers', power)
    expect(saved.status).toBe(201)
    expect(saved.body).toMatchObject({ typeLabel: '行政确认', contacts: [{ name: '刘芳', countyPerson: '黄建明' }] })
    expect((await post(admin, '/api/admin/disclosure/powers', power)).status).toBe(409)
    await post(admin, '/api/admin/disclosure/powers', { name: '农村村民宅基地审批', type: 'permit', basis: '《中华人民共和国土地管理法》第六十二条', responsiblePost: '自然资源岗', order: 2 })
    const found = await t.http.get(`/api/townships/${t.township.id}/powers?q=dibao`)
    const search = await t.http.get(`/api/townships/${t.township.id}/powers?q=${encodeURIComponent('宅基地')}`)
    expect(found.body.map((p: { name: string }) => p.name)).toEqual(['最低生活保障对象认定'])
    expect(search.body.map((p: { name: string }) => p.name)).toEqual(['农村村民宅基地审批'])
    const byType = await t.http.get(`/api/townships/${t.township.id}/powers?q=${encodeURIComponent('行政许可')}`)
    expect(byType.body.map((p: { name: string }) => p.name)).toEqual(['农村村民宅基地审批'])
    const edited = await post(admin, `/api/admin/disclosure/powers/${saved.body.id}`, { ...power, basis: '《社会救助暂行办法》第十一条、《江西省最低生活保障办法》' })
    expect(edited.body.basis).toContain('江西省')
    expect((await t.http.delete(`/api/admin/disclosure/powers/${saved.body.id}`).set(admin.headers)).body).toEqual({ removed: true })
    expect((await t.http.get(`/api/townships/${t.township.id}/powers`)).body).toHaveLength(1)
  })

  it('the 便民地图 lists service points with their location, by village and by search', async () => {
    const hall = { name: '新界埠镇便民服务中心', kind: 'hall', address: '新界埠镇人民政府大院东侧', hours: '周一至周五 8:30–12:00、14:30–17:30', phone: '0795-2600100', latitude: 28.2346, longitude: 114.9231, services: ['低保', '社保', '医保'] }
    const station = { ...hall, name: '东村便民服务站', kind: 'villageStation', villageId: t.township.villageIds[0], address: '东村村委会一楼', services: ['代办', '村级证明'], order: 2 }
    expect((await post(admin, '/api/admin/disclosure/servicePoints', { ...hall, latitude: 200 })).status).toBe(400)
    expect((await post(admin, '/api/admin/disclosure/servicePoints', hall)).status).toBe(201)
    expect((await post(admin, '/api/admin/disclosure/servicePoints', station)).body).toMatchObject({ villageName: '新界埠镇东村', kindLabel: '村（社区）便民服务站' })
    const all = await t.http.get(`/api/townships/${t.township.id}/servicePoints`)
    expect(all.body.map((p: { name: string }) => p.name)).toEqual(['新界埠镇便民服务中心', '东村便民服务站'])
    expect(all.body[0]).toMatchObject({ latitude: 28.2346, longitude: 114.9231 })
    const inVillage = await t.http.get(`/api/townships/${t.township.id}/servicePoints?villageId=${t.township.villageIds[0]}`)
    expect(inVillage.body.map((p: { name: string }) => p.name)).toEqual(['东村便民服务站'])
    const byService = await t.http.get(`/api/townships/${t.township.id}/servicePoints?q=cjzm`)
    expect(byService.body.map((p: { name: string }) => p.name)).toEqual(['东村便民服务站'])
  })
})

describe('who may do what', () => {
  it('department staff see and publish only for their departments; other townships see nothing; residents none of it', async () => {
    const otherSession = await t.signIn('staff', { displayName: '社保所小王' })
    await userModel(t.db).updateOne({ _id: otherSession.userId }, { $set: { departmentIds: [new Types.ObjectId(t.township.departmentIds[1])] } })
    const draft = await post(clerk, '/api/staff/disclosure/items', policy())
    expect((await t.http.get(`/api/staff/disclosure/items/${draft.body.id}`).set(otherSession.headers)).status).toBe(403)
    expect((await post(otherSession, '/api/staff/disclosure/items', policy())).status).toBe(403)
    const list = await t.http.get('/api/staff/disclosure/items').set(otherSession.headers)
    expect(list.body.items.map((i: { id: string }) => i.id)).not.toContain(draft.body.id)
    const elsewhere = await t.addTownship('远镇')
    const far = await t.signIn('admin', { township: elsewhere })
    expect((await t.http.get(`/api/staff/disclosure/items/${draft.body.id}`).set(far.headers)).status).toBe(404)
    const resident = await t.signIn('resident')
    expect((await t.http.get('/api/staff/disclosure/items').set(resident.headers)).status).toBe(403)
    expect((await post(resident, '/api/staff/disclosure/items', policy())).status).toBe(403)
    expect((await t.http.put('/api/disclosure/subscriptions').send({ target: 'domain', key: 'health' })).status).toBe(401)
  })
})
