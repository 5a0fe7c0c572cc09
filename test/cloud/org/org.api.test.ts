import { Types } from 'mongoose'
import type { ContactDTO, TownshipDTO, TownshipOverviewDTO } from '../../../src/shared/org'
import { LIFE_EVENTS } from '../../../src/shared/enums'
import type { SeededOrg } from '../../../scripts/seed/seedOrgAndGuides'
import { startTestApp, type TestApp } from '../helpers/testApp'
import { seedFixture } from '../guides/fixture'

jest.setTimeout(60_000)

let t: TestApp
let org: SeededOrg

beforeAll(async () => {
  t = await startTestApp()
  org = await seedFixture(t, 'org-fixture')
})

afterAll(async () => {
  await t?.stop()
})

describe('GET /api/townships', () => {
  it('lists townships for the picker, with public fields only', async () => {
    const res = await t.http.get('/api/townships')
    expect(res.status).toBe(200)
    const list = res.body as TownshipDTO[]
    const mine = list.find((x) => x.id === org.townshipId)
    expect(mine).toEqual({
      id: org.townshipId,
      name: '测试镇org-fixture',
      county: '上高县',
      province: '江西省',
      address: '测试镇人民政府东侧',
      phone: '0795-2600100',
      hours: '工作日 8:30–17:30'
    })
    expect(list.map((x) => x.id)).toContain(t.township.id)
  })
})

describe('GET /api/townships/:townshipId/overview', () => {
  it('gives villages, departments in hall order and every life event with its published-guide count', async () => {
    const res = await t.http.get(`/api/townships/${org.townshipId}/overview`)
    expect(res.status).toBe(200)
    const o = res.body as TownshipOverviewDTO
    expect(o.township.id).toBe(org.townshipId)
    expect(o.villages.map((v) => v.name).sort()).toEqual(['官桥村', '桐山村'])
    expect(o.villages.find((v) => v.name === '桐山村')).toEqual({
      id: org.villageIds.tongshan,
      townshipId: org.townshipId,
      name: '桐山村',
      groups: ['一组', '二组']
    })
    expect(o.departments.map((d) => d.name)).toEqual(['民政', '医保', '城乡规划三合一'])
    expect(o.departments[0]).toEqual({
      id: org.departmentIds.minzheng,
      townshipId: org.townshipId,
      name: '民政',
      windowName: '1号窗口',
      place: '一楼1号窗口',
      phone: '0795-2600101',
      description: '社会救助',
      order: 1
    })
    expect(o.lifeEvents.map((e) => e.id)).toEqual(LIFE_EVENTS.map((e) => e.id))
    const count = (id: string) => o.lifeEvents.find((e) => e.id === id)!.guideCount
    expect(count('hardship')).toBe(3)
    expect(count('housing')).toBe(1)
    expect(count('party')).toBe(0)
    expect(o.lifeEvents[0]).toEqual({ id: 'hardship', name: '生活困难', icon: 'help-circle', guideCount: 3 })
  })

  it('answers 400 for a malformed id and 404 for an unknown township, in Chinese', async () => {
    const bad = await t.http.get('/api/townships/not-an-id/overview')
    expect(bad.status).toBe(400)
    expect(bad.body.message).toBe('乡镇编号格式不正确，请从列表重新进入')
    const unknown = await t.http.get(`/api/townships/${new Types.ObjectId().toHexString()}/overview`)
    expect(unknown.status).toBe(404)
    expect(unknown.body.message).toBe('没有找到这个乡镇，请重新选择')
  })
})

describe('GET /api/townships/:townshipId/contacts', () => {
  it('gives the 多对一 contact table in order', async () => {
    const res = await t.http.get(`/api/townships/${org.townshipId}/contacts`)
    expect(res.status).toBe(200)
    const rows = res.body as ContactDTO[]
    expect(rows.map((r) => r.post)).toEqual(['民政专干', '医保专干'])
    expect(rows[0]).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{24}$/),
      post: '民政专干',
      name: '李明',
      duties: '社会救助',
      phone: '13800138001',
      countyDepartment: '县民政局',
      countyPerson: '王强',
      countyPhone: '0795-2500001'
    })
  })

  it('answers 400 / 404 for bad township ids', async () => {
    expect((await t.http.get('/api/townships/123/contacts')).status).toBe(400)
    expect((await t.http.get(`/api/townships/${new Types.ObjectId().toHexString()}/contacts`)).status).toBe(404)
  })
})
