import { Types } from 'mongoose'
import type { Page } from '../../../src/shared/common'
import type { GuideDetail, GuideForStaff, GuideSummary } from '../../../src/shared/guides'
import { guideModel } from '../../../cloud/src/modules/guides/model'
import type { StaffGuideRow } from '../../../src/shared/guides'
import type { SeededOrg } from '../../../scripts/seed/seedOrgAndGuides'
import { startTestApp, type TestApp } from '../helpers/testApp'
import { content, seedFixture, signInAs } from './fixture'

jest.setTimeout(60_000)

let t: TestApp
let org: SeededOrg
let other: SeededOrg
type Headers = { Authorization: string }
let minzhengStaff: Headers
let yibaoStaff: Headers
let admin: Headers
let otherAdmin: Headers
let resident: Headers
let keyCounter = 0
const idem = () => ({ 'Idempotency-Key': `guide-test-${++keyCounter}` })

beforeAll(async () => {
  t = await startTestApp()
  org = await seedFixture(t, 'fixture')
  other = await seedFixture(t, 'other')
  minzhengStaff = (await signInAs(t, 'staff', org.townshipId, [org.departmentIds.minzheng!])).headers
  yibaoStaff = (await signInAs(t, 'staff', org.townshipId, [org.departmentIds.yibao!])).headers
  admin = (await signInAs(t, 'admin', org.townshipId)).headers
  otherAdmin = (await signInAs(t, 'admin', other.townshipId)).headers
  resident = (await signInAs(t, 'resident', org.townshipId)).headers
})

afterAll(async () => {
  await t?.stop()
})

const search = async (q: Record<string, string | number>) => {
  const res = await t.http.get('/api/guides').query({ townshipId: org.townshipId, ...q })
  expect(res.status).toBe(200)
  return res.body as Page<GuideSummary>
}
const slugs = (page: Page<GuideSummary>) => page.items.map((g) => g.slug)

async function createDraft(headers: Headers, slug: string, deptKey: string, overrides: Parameters<typeof content>[0] = {}) {
  const res = await t.http
    .post('/api/staff/guides')
    .set(headers)
    .set(idem())
    .send({ townshipId: org.townshipId, slug, content: { ...content(overrides), departmentId: org.departmentIds[deptKey] } })
  expect(res.status).toBe(201)
  return res.body as GuideForStaff
}

describe('resident search', () => {
  it.each([['低保'], ['dibao'], ['db'], ['DiBao'], ['ＤＩＢＡＯ'], ['di bao'], ['低保怎么办理']])('finds 低保 first for %s', async (q) => {
    const page = await search({ q })
    expect(page.items[0]?.slug).toBe('dibao')
  })

  it.each([
    ['医疗救助', 'yiliao-jiuzhu'],
    ['yiliaojiuzhu', 'yiliao-jiuzhu'],
    ['yljz', 'yiliao-jiuzhu'],
    ['宅基地', 'zhaijidi'],
    ['zhai ji di', 'zhaijidi'],
    ['zjd', 'zhaijidi'],
    ['zhongdu', 'canji-huli'],
    ['zdcj', 'canji-huli'],
    ['cunji', 'cunji-zhengming']
  ])('finds %s → %s first', async (q, slug) => {
    expect((await search({ q })).items[0]?.slug).toBe(slug)
  })

  it('requires every word of a multi-word query when the words only match apart', async () => {
    expect(slugs(await search({ q: '医保 救助' }))).toEqual(['yiliao-jiuzhu'])
    expect(slugs(await search({ q: '低保 宅基地' }))).toEqual([])
  })

  it('ranks the exact keyword above a title that only starts with it', async () => {
    const page = await search({ q: '低保' })
    expect(slugs(page).slice(0, 2)).toEqual(['dibao', 'dibao-bianyuan'])
  })

  it('finds guides by department name and by summary text, below title matches', async () => {
    expect(slugs(await search({ q: '医保' }))).toEqual(['yiliao-jiuzhu'])
    const page = await search({ q: '因病致贫' })
    expect(slugs(page)).toEqual(['yiliao-jiuzhu'])
  })

  it('returns summaries with the department name and nothing private', async () => {
    const page = await search({ q: 'yljz' })
    expect(page.items[0]).toEqual({
      id: expect.any(String),
      slug: 'yiliao-jiuzhu',
      title: '医疗救助',
      summary: '因病致贫家庭的医疗费用救助。',
      departmentId: org.departmentIds.yibao,
      departmentName: '医保',
      lifeEvents: ['illness', 'hardship'],
      promisedTimeLimitDays: 5,
      maxOneTrip: true,
      appointmentAvailable: false
    })
  })

  it('lists everything by department order, then title, when q is empty', async () => {
    const page = await search({ q: '  ' })
    expect(page.total).toBe(6)
    expect(page.items.map((g) => g.departmentName)).toEqual(['民政', '民政', '民政', '医保', '城乡规划三合一', '城乡规划三合一'])
    const minzheng = page.items.filter((g) => g.departmentName === '民政').map((g) => g.title)
    expect(minzheng).toEqual([...minzheng].sort((a, b) => a.localeCompare(b, 'zh-Hans-CN')))
  })

  it('filters by department and by life event', async () => {
    const byDept = await search({ departmentId: org.departmentIds.yibao! })
    expect(slugs(byDept)).toEqual(['yiliao-jiuzhu'])
    const hardship = await search({ lifeEvent: 'hardship' })
    expect(slugs(hardship).sort()).toEqual(['dibao', 'dibao-bianyuan', 'yiliao-jiuzhu'])
    const hardshipDibao = await search({ lifeEvent: 'hardship', q: 'db' })
    expect(slugs(hardshipDibao)[0]).toBe('dibao')
    expect(slugs(await search({ lifeEvent: 'housing', q: 'db' }))).toEqual([])
  })

  it('pages within bounds', async () => {
    const p1 = await search({ pageSize: 4, page: 1 })
    const p2 = await search({ pageSize: 4, page: 2 })
    expect(p1.items).toHaveLength(4)
    expect(p2.items).toHaveLength(2)
    expect(new Set([...slugs(p1), ...slugs(p2)]).size).toBe(6)
    const beyond = await search({ pageSize: 4, page: 9 })
    expect(beyond).toMatchObject({ items: [], total: 6, page: 9, pageSize: 4 })
  })

  it.each([
    [{ pageSize: 51 }, '每页最多 50 条'],
    [{ page: 0 }, '页码从 1 开始'],
    [{ q: '低'.repeat(41) }, '搜索词不能超过 40 个字'],
    [{ lifeEvent: 'party-time' }, ''],
    [{ departmentId: 'not-an-id' }, '编号格式不正确']
  ])('rejects bad query %p with a Chinese message', async (q, message) => {
    const res = await t.http.get('/api/guides').query({ townshipId: org.townshipId, ...q })
    expect(res.status).toBe(400)
    expect(res.body.message).toMatch(/[\u4e00-\u9fff]/)
    if (message) expect(res.body.message).toContain(message)
  })

  it('answers 400 without a township and 404 for an unknown one', async () => {
    const missing = await t.http.get('/api/guides')
    expect(missing.status).toBe(400)
    expect(missing.body.message).toMatch(/[\u4e00-\u9fff]/)
    const unknown = await t.http.get('/api/guides').query({ townshipId: new Types.ObjectId().toHexString() })
    expect(unknown.status).toBe(404)
    expect(unknown.body.message).toContain('乡镇')
  })

  it('keeps townships apart', async () => {
    const page = await t.http.get('/api/guides').query({ townshipId: other.townshipId, q: 'db' })
    expect(page.body.items[0].id).toBe(other.guideIds.dibao)
    expect(page.body.items.map((g: GuideSummary) => g.id)).not.toContain(org.guideIds.dibao)
  })
})

describe('guide detail', () => {
  it('shows the published version with its department', async () => {
    const res = await t.http.get(`/api/guides/${org.guideIds.dibao}`)
    expect(res.status).toBe(200)
    const g = res.body as GuideDetail
    expect(g).toMatchObject({ slug: 'dibao', title: '最低生活保障申请', version: 1, townshipId: org.townshipId })
    expect(g.department).toEqual({ id: org.departmentIds.minzheng, name: '民政', windowName: '1号窗口', place: '一楼1号窗口', phone: '0795-2600101' })
    expect(g).not.toHaveProperty('draft')
    expect(g).not.toHaveProperty('search')
    expect(g).not.toHaveProperty('history')
  })

  it('opens by township and slug (码上知道)', async () => {
    const res = await t.http.get(`/api/townships/${org.townshipId}/guides/by-slug/zhaijidi`)
    expect(res.status).toBe(200)
    expect(res.body.id).toBe(org.guideIds.zhaijidi)
    const unknown = await t.http.get(`/api/townships/${org.townshipId}/guides/by-slug/no-such-item`)
    expect(unknown.status).toBe(404)
    const bad = await t.http.get(`/api/townships/${org.townshipId}/guides/by-slug/BAD_SLUG!`)
    expect(bad.status).toBe(400)
    const badTownship = await t.http.get('/api/townships/xyz/guides/by-slug/dibao')
    expect(badTownship.status).toBe(400)
    expect(badTownship.body.message).toContain('编号格式不正确')
  })

  it('answers 400 for a malformed id and 404 for an unknown one', async () => {
    const bad = await t.http.get('/api/guides/12345')
    expect(bad.status).toBe(400)
    expect(bad.body.message).toBe('编号格式不正确')
    const unknown = await t.http.get(`/api/guides/${new Types.ObjectId().toHexString()}`)
    expect(unknown.status).toBe(404)
    expect(unknown.body.message).toBe('这个事项还没有发布或已下线')
  })
})

describe('draft → publish', () => {
  it('keeps drafts invisible to residents until published, then bumps the version on each publish', async () => {
    const created = await createDraft(minzhengStaff, 'linshi-jiuzhu', 'minzheng', { title: '临时救助申请', keywords: ['急难救助'] })
    expect(created).toMatchObject({ draftRevision: 0, published: null, version: 0, publishedAt: null, hasUnpublishedChanges: true })

    expect((await t.http.get(`/api/guides/${created.id}`)).status).toBe(404)
    expect((await t.http.get(`/api/townships/${org.townshipId}/guides/by-slug/linshi-jiuzhu`)).status).toBe(404)
    expect(slugs(await search({ q: 'linshi' }))).toEqual([])

    const published = await t.http.post(`/api/staff/guides/${created.id}/publish`).set(minzhengStaff)
    expect(published.status).toBe(200)
    expect(published.body).toMatchObject({ version: 1, publishedAt: new Date(t.clock.now()).toISOString(), hasUnpublishedChanges: false })
    expect(slugs(await search({ q: 'linshi' }))).toEqual(['linshi-jiuzhu'])
    expect(slugs(await search({ q: 'jnjz' }))).toEqual(['linshi-jiuzhu'])

    const saved = await t.http
      .put(`/api/staff/guides/${created.id}/draft`)
      .set(minzhengStaff)
      .send({ baseRevision: 0, content: { ...content({ title: '临时救助金申请' }), departmentId: org.departmentIds.minzheng } })
    expect(saved.status).toBe(200)
    expect(saved.body).toMatchObject({ draftRevision: 1, version: 1, hasUnpublishedChanges: true })
    expect(saved.body.published.title).toBe('临时救助申请')

    const seen = await t.http.get(`/api/guides/${created.id}`)
    expect(seen.body).toMatchObject({ title: '临时救助申请', version: 1 })
    expect(slugs(await search({ q: '急难救助' }))).toEqual(['linshi-jiuzhu'])

    t.clock.advance(60_000)
    const again = await t.http.post(`/api/staff/guides/${created.id}/publish`).set(minzhengStaff)
    expect(again.body).toMatchObject({ version: 2, hasUnpublishedChanges: false })
    expect((await t.http.get(`/api/guides/${created.id}`)).body).toMatchObject({ title: '临时救助金申请', version: 2 })
    expect(slugs(await search({ q: '急难救助' }))).toEqual([])
    expect(slugs(await search({ q: 'linshijiuzhujin' }))).toEqual(['linshi-jiuzhu'])

    const unchanged = await t.http.post(`/api/staff/guides/${created.id}/publish`).set(minzhengStaff)
    expect(unchanged.body.version).toBe(2)

    const doc = await guideModel(t.db).findById(created.id).lean()
    expect(doc!.history.map((h) => h.action)).toEqual(['create', 'publish', 'saveDraft', 'publish'])
    expect(doc!.publishedBy).toBe(doc!.history[3]!.by)
    expect(doc!.draftUpdatedBy).toBeTruthy()
  })

  it('takes a guide offline and republishes it as the next version', async () => {
    const g = await createDraft(admin, 'gaoling-jintie', 'minzheng', { title: '高龄津贴申请' })
    await t.http.post(`/api/staff/guides/${g.id}/publish`).set(admin).expect(200)
    expect(slugs(await search({ q: 'gljt' }))).toEqual(['gaoling-jintie'])

    const off = await t.http.post(`/api/staff/guides/${g.id}/unpublish`).set(admin)
    expect(off.status).toBe(200)
    expect(off.body).toMatchObject({ published: null, publishedAt: null, version: 1 })
    expect((await t.http.get(`/api/guides/${g.id}`)).body.message).toBe('这个事项还没有发布或已下线')
    expect(slugs(await search({ q: 'gljt' }))).toEqual([])
    expect((await t.http.post(`/api/staff/guides/${g.id}/unpublish`).set(admin)).status).toBe(200)

    const back = await t.http.post(`/api/staff/guides/${g.id}/publish`).set(admin)
    expect(back.body.version).toBe(2)
    expect(slugs(await search({ q: 'gljt' }))).toEqual(['gaoling-jintie'])
  })

  it('counts published guides per life event on the overview', async () => {
    const before = await t.http.get(`/api/townships/${org.townshipId}/overview`)
    const count = (body: { lifeEvents: { id: string; guideCount: number }[] }) => body.lifeEvents.find((e) => e.id === 'veteran')!.guideCount
    const g = await createDraft(admin, 'tuiyi-youdai', 'yibao', { title: '退役军人住院优待', lifeEvents: ['veteran'] })
    expect(count((await t.http.get(`/api/townships/${org.townshipId}/overview`)).body)).toBe(count(before.body))
    await t.http.post(`/api/staff/guides/${g.id}/publish`).set(admin).expect(200)
    expect(count((await t.http.get(`/api/townships/${org.townshipId}/overview`)).body)).toBe(count(before.body) + 1)
  })
})

describe('concurrent editing', () => {
  it('answers 409 to a save based on a stale revision', async () => {
    const g = await createDraft(yibaoStaff, 'yidi-jiuyi', 'yibao', { title: '异地就医备案' })
    const body = (title: string) => ({ baseRevision: 0, content: { ...content({ title }), departmentId: org.departmentIds.yibao } })
    const first = await t.http.put(`/api/staff/guides/${g.id}/draft`).set(yibaoStaff).send(body('异地就医备案（一）'))
    expect(first.status).toBe(200)
    const stale = await t.http.put(`/api/staff/guides/${g.id}/draft`).set(admin).send(body('异地就医备案（二）'))
    expect(stale.status).toBe(409)
    expect(stale.body).toMatchObject({ code: 'STALE_DRAFT', message: '草稿已被别人修改，请刷新后再改' })
    const kept = await t.http.get(`/api/staff/guides/${g.id}`).set(admin)
    expect(kept.body).toMatchObject({ draftRevision: 1, draft: { title: '异地就医备案（一）' } })
  })

  it('lets exactly one of two simultaneous saves on the same revision win', async () => {
    const g = await createDraft(yibaoStaff, 'manbing', 'yibao', { title: '门诊慢特病待遇认定' })
    const save = (title: string, headers: Headers) =>
      t.http
        .put(`/api/staff/guides/${g.id}/draft`)
        .set(headers)
        .send({ baseRevision: 0, content: { ...content({ title }), departmentId: org.departmentIds.yibao } })
    const results = await Promise.all([save('慢特病甲', yibaoStaff), save('慢特病乙', admin)])
    expect(results.map((r) => r.status).sort()).toEqual([200, 409])
  })

  it('treats a retried save of the same content by the same person as done', async () => {
    const g = await createDraft(yibaoStaff, 'yibao-canbao', 'yibao', { title: '城乡居民医保参保登记' })
    const send = () =>
      t.http
        .put(`/api/staff/guides/${g.id}/draft`)
        .set(yibaoStaff)
        .send({ baseRevision: 0, content: { ...content({ title: '城乡居民医保参保' }), departmentId: org.departmentIds.yibao } })
    expect((await send()).status).toBe(200)
    const retry = await send()
    expect(retry.status).toBe(200)
    expect(retry.body.draftRevision).toBe(1)
  })
})

describe('who may edit', () => {
  it('keeps department staff to their own departments', async () => {
    const headers = minzhengStaff
    const foreign = org.guideIds['yiliao-jiuzhu']!
    const save = await t.http
      .put(`/api/staff/guides/${foreign}/draft`)
      .set(headers)
      .send({ baseRevision: 0, content: { ...content(), departmentId: org.departmentIds.yibao } })
    expect(save.status).toBe(403)
    expect(save.body.message).toContain('本站所')
    expect((await t.http.post(`/api/staff/guides/${foreign}/publish`).set(headers)).status).toBe(403)
    expect((await t.http.post(`/api/staff/guides/${foreign}/unpublish`).set(headers)).status).toBe(403)

    const create = await t.http
      .post('/api/staff/guides')
      .set(headers)
      .set(idem())
      .send({ townshipId: org.townshipId, slug: 'not-mine', content: { ...content(), departmentId: org.departmentIds.yibao } })
    expect(create.status).toBe(403)

    const move = await t.http
      .put(`/api/staff/guides/${org.guideIds.dibao}/draft`)
      .set(headers)
      .send({ baseRevision: 0, content: { ...content({ title: '最低生活保障申请' }), departmentId: org.departmentIds.yibao } })
    expect(move.status).toBe(403)
  })

  it('lets an admin edit any guide of the township; another township’s guides do not exist for them', async () => {
    const own = await t.http.post(`/api/staff/guides/${org.guideIds['cunji-zhengming']}/publish`).set(admin)
    expect(own.status).toBe(200)
    const foreign = await t.http.post(`/api/staff/guides/${org.guideIds['cunji-zhengming']}/unpublish`).set(otherAdmin)
    expect(foreign.status).toBe(404)
    expect(foreign.body.message).toBe('没有找到这份办事指南')
    const read = await t.http.get(`/api/staff/guides/${org.guideIds.dibao}`).set(otherAdmin)
    expect(read.status).toBe(404)
    const create = await t.http
      .post('/api/staff/guides')
      .set(otherAdmin)
      .set(idem())
      .send({ townshipId: org.townshipId, slug: 'intruder', content: { ...content(), departmentId: org.departmentIds.minzheng } })
    expect(create.status).toBe(403)
  })

  it('keeps residents and anonymous callers out of staff routes', async () => {
    const asResident = await t.http.get('/api/staff/guides').set(resident)
    expect(asResident.status).toBe(403)
    expect(asResident.body.message).toMatch(/[\u4e00-\u9fff]/)
    expect((await t.http.post(`/api/staff/guides/${org.guideIds.dibao}/publish`).set(resident)).status).toBe(403)
    expect((await t.http.get(`/api/staff/guides/${org.guideIds.dibao}`)).status).toBe(401)
    expect((await t.http.post(`/api/staff/guides/${org.guideIds.dibao}/unpublish`)).status).toBe(401)
  })

  it('lists staff their departments’ guides and an admin all of the township', async () => {
    const mine = await t.http.get('/api/staff/guides').query({ pageSize: 50 }).set(yibaoStaff)
    expect(mine.status).toBe(200)
    const rows = mine.body.items as StaffGuideRow[]
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.every((r) => r.departmentId === org.departmentIds.yibao && r.departmentName === '医保')).toBe(true)
    expect(rows.map((r) => r.slug)).toContain('yiliao-jiuzhu')

    const all = await t.http.get('/api/staff/guides').query({ pageSize: 50 }).set(admin)
    expect(all.body.total).toBeGreaterThan(mine.body.total)
    const drafts = await t.http.get('/api/staff/guides').query({ state: 'draft', pageSize: 50 }).set(admin)
    expect((drafts.body.items as StaffGuideRow[]).every((r) => !r.isPublished)).toBe(true)
    const otherDept = await t.http.get('/api/staff/guides').query({ departmentId: org.departmentIds.minzheng }).set(yibaoStaff)
    expect(otherDept.body).toMatchObject({ items: [], total: 0 })
    const sorted = (all.body.items as StaffGuideRow[]).map((r) => r.draftUpdatedAt)
    expect(sorted).toEqual([...sorted].sort().reverse())
  })
})

describe('bad input never becomes a 500', () => {
  const draftUrl = () => `/api/staff/guides/${org.guideIds.zhaijidi}/draft`

  it('rejects a malformed guide id with 400 and an unknown one with 404', async () => {
    for (const path of ['/api/staff/guides/zzz', '/api/staff/guides/zzz/publish', '/api/staff/guides/zzz/unpublish']) {
      const res = path.endsWith('zzz') ? await t.http.get(path).set(admin) : await t.http.post(path).set(admin)
      expect(res.status).toBe(400)
      expect(res.body.message).toBe('编号格式不正确')
    }
    const unknown = await t.http.post(`/api/staff/guides/${new Types.ObjectId().toHexString()}/publish`).set(admin)
    expect(unknown.status).toBe(404)
    expect(unknown.body.message).toMatch(/[\u4e00-\u9fff]/)
  })

  it.each([
    ['no body', undefined],
    ['no content', { baseRevision: 0 }],
    ['a negative revision', { baseRevision: -1, content: {} }],
    ['an unknown field', { baseRevision: 0, content: {}, extra: 1 }],
    ['a string for content', { baseRevision: 0, content: '低保' }],
    ['an array', [1, 2, 3]]
  ])('rejects a draft with %s', async (_label, body) => {
    const req = t.http.put(draftUrl()).set(admin).set('Content-Type', 'application/json')
    const res = body === undefined ? await req.send('{}') : await req.send(JSON.stringify(body))
    expect(res.status).toBe(400)
    expect(res.body.message).toMatch(/[\u4e00-\u9fff]/)
  })

  it('names the field to fix in an invalid content', async () => {
    const res = await t.http
      .put(draftUrl())
      .set(admin)
      .send({ baseRevision: 0, content: { ...content({ title: '', steps: [] }), departmentId: org.departmentIds.guihua } })
    expect(res.status).toBe(400)
    expect(res.body.fields).toHaveProperty(['content.title'])
    expect(res.body.fields['content.steps']).toBe('请至少写一个办理步骤')
  })

  it('refuses a department of another township', async () => {
    const res = await t.http
      .put(draftUrl())
      .set(admin)
      .send({ baseRevision: 0, content: { ...content(), departmentId: other.departmentIds.guihua } })
    expect(res.status).toBe(400)
    expect(res.body.message).toContain('站所不属于这个乡镇')
    const missing = await t.http
      .put(draftUrl())
      .set(admin)
      .send({ baseRevision: 0, content: { ...content(), departmentId: new Types.ObjectId().toHexString() } })
    expect(missing.status).toBe(400)
  })

  it('rejects malformed JSON', async () => {
    const res = await t.http.put(draftUrl()).set(admin).set('Content-Type', 'application/json').send('{"baseRevision": 0,')
    expect(res.status).toBe(400)
    expect(res.body.message).toMatch(/[\u4e00-\u9fff]/)
  })

  it('rejects a bad slug, a taken slug and a missing Idempotency-Key', async () => {
    const body = (slug: string) => ({ townshipId: org.townshipId, slug, content: { ...content(), departmentId: org.departmentIds.minzheng } })
    const bad = await t.http.post('/api/staff/guides').set(admin).set(idem()).send(body('Bad Slug'))
    expect(bad.status).toBe(400)
    expect(bad.body.message).toBe('事项代码只能用 2–32 个小写字母、数字或短横线')
    const taken = await t.http.post('/api/staff/guides').set(admin).set(idem()).send(body('dibao'))
    expect(taken.status).toBe(409)
    expect(taken.body).toMatchObject({ code: 'SLUG_TAKEN', message: '事项代码已被使用，请换一个事项代码' })
    const noKey = await t.http.post('/api/staff/guides').set(admin).send(body('no-key'))
    expect(noKey.status).toBe(400)
    expect(noKey.body.message).toContain('Idempotency-Key')
  })

  it('replays a retried create instead of creating twice', async () => {
    const key = { 'Idempotency-Key': 'retry-create-1' }
    const body = { townshipId: org.townshipId, slug: 'retry-once', content: { ...content(), departmentId: org.departmentIds.minzheng } }
    const first = await t.http.post('/api/staff/guides').set(admin).set(key).send(body)
    const second = await t.http.post('/api/staff/guides').set(admin).set(key).send(body)
    expect(first.status).toBe(201)
    expect(second.status).toBe(201)
    expect(second.body.id).toBe(first.body.id)
    expect(await guideModel(t.db).countDocuments({ slug: 'retry-once' })).toBe(1)
  })
})

describe('several replicas', () => {
  it('never serves a stale index: a publish through one replica is found through another at once', async () => {
    const { createRuntime } = await import('../../../cloud/src/runtime')
    const request = (await import('supertest')).default
    const replicaDb = t.db.useDb(t.db.name, { useCache: false })
    const replica = request(createRuntime({ ...t.deps, db: replicaDb }).app.callback())
    const find = async (q: string) =>
      ((await replica.get('/api/guides').query({ townshipId: org.townshipId, q })).body as Page<GuideSummary>).items.map((g) => g.slug)

    expect(await find('shiye')).toEqual([])
    const g = await createDraft(admin, 'shiye-dengji', 'yibao', { title: '失业登记' })
    await t.http.post(`/api/staff/guides/${g.id}/publish`).set(admin).expect(200)
    expect(await find('shiye')).toEqual(['shiye-dengji'])
    await t.http.post(`/api/staff/guides/${g.id}/unpublish`).set(admin).expect(200)
    expect(await find('shiye')).toEqual([])
  })

  it('serves a guide page from memory: a new publish shows at once on the replica that made it, within a second on another', async () => {
    const { createRuntime } = await import('../../../cloud/src/runtime')
    const request = (await import('supertest')).default
    const replica = request(createRuntime({ ...t.deps, db: t.db.useDb(t.db.name, { useCache: false }) }).app.callback())
    const g = await createDraft(admin, 'huanjing-jubao', 'minzheng', { title: '环境问题举报' })
    await t.http.post(`/api/staff/guides/${g.id}/publish`).set(admin).expect(200)
    const title = async (via: typeof replica) => ((await via.get(`/api/guides/${g.id}`)).body as { title?: string }).title
    expect(await title(t.http)).toBe('环境问题举报')
    expect(await title(replica)).toBe('环境问题举报')

    const edited = await t.http
      .put(`/api/staff/guides/${g.id}/draft`)
      .set(admin)
      .send({ baseRevision: g.draftRevision, content: { ...content({ title: '环境卫生问题举报' }), departmentId: org.departmentIds.minzheng } })
    expect(edited.status).toBe(200)
    expect(await title(t.http)).toBe('环境问题举报')
    await t.http.post(`/api/staff/guides/${g.id}/publish`).set(admin).expect(200)
    expect(await title(t.http)).toBe('环境卫生问题举报')
    expect(await title(replica)).toBe('环境问题举报')
    await new Promise((r) => setTimeout(r, 1100))
    expect(await title(replica)).toBe('环境卫生问题举报')

    await t.http.post(`/api/staff/guides/${g.id}/unpublish`).set(admin).expect(200)
    expect((await t.http.get(`/api/guides/${g.id}`)).status).toBe(404)
  })
})
