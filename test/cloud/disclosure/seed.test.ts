import { Types } from 'mongoose'
import { seedDemo } from '../../../scripts/seed/seedDemo'
import { openSession } from '../../../cloud/src/modules/auth/sessions'
import { itemModel, powerModel } from '../../../cloud/src/modules/disclosure/model'
import { infoRequestModel } from '../../../cloud/src/modules/infoRequests/model'
import { seedData } from '../../../scripts/seed/data'
import { startTestApp, type TestApp } from '../helpers/testApp'

let t: TestApp

jest.setTimeout(60_000)

beforeAll(async () => {
  t = await startTestApp()
})
afterAll(() => t.stop())

describe('demo 政务公开', () => {
  it('publishes the township’s and villages’ items, the 权责清单 and the map, and three requests; reseeding adds nothing', async () => {
    const seeded = await seedDemo(t.db, { config: t.deps.config, now: t.clock.now() })
    await seedDemo(t.db, { config: t.deps.config, now: t.clock.now() })
    const townshipId = new Types.ObjectId(seeded.townshipId)
    expect(await itemModel(t.db).countDocuments({ townshipId, status: 'published' })).toBe(seedData.disclosure!.items.length)
    expect(await powerModel(t.db).countDocuments({ townshipId })).toBe(seedData.disclosure!.powers.length)
    expect(await infoRequestModel(t.db).countDocuments({ townshipId })).toBe(3)

    const list = await t.http.get(`/api/townships/${seeded.townshipId}/disclosure/items?q=dibao&kind=policy`)
    expect(list.body.items[0].title).toContain('最低生活保障')
    const policy = await t.http.get(`/api/disclosure/items/${list.body.items[0].id}`)
    expect(policy.body.interpretations[0].title).toContain('政策解读')
    expect(policy.body.indexNumber).toMatch(/^xinjiebu\/\d{4}-\d{5}$/)

    const board = await t.http.get(`/api/disclosure/villages/${seeded.villageIds.tongshan}/board`)
    expect(board.body.village.name).toBe('桐山村')
    expect(board.body.affairs.map((a: { items: unknown[] }) => a.items.length)).toEqual([1, 1, 1])
    expect(board.body.accounts[0].accounts).toMatchObject({ year: 2024, quarter: 4, closingBalanceFen: 21_085_300 })

    const powers = await t.http.get(`/api/townships/${seeded.townshipId}/powers?q=${encodeURIComponent('低保')}`)
    expect(powers.body[0]).toMatchObject({ name: '最低生活保障对象认定', contacts: expect.arrayContaining([expect.objectContaining({ name: '刘芳' })]) })
    const map = await t.http.get(`/api/townships/${seeded.townshipId}/servicePoints`)
    expect(map.body[0]).toMatchObject({ kind: 'hall', latitude: expect.any(Number) })

    const bearer = async (key: string) => ({ Authorization: `Bearer ${(await openSession(t.deps, new Types.ObjectId(seeded.userIds[key]), 'dev')).token}` })
    const queue = await t.http.get('/api/staff/infoRequests?status=open').set(await bearer('yuan-chunhua'))
    expect(queue.body.items.map((r: { statusLabel: string }) => r.statusLabel).sort()).toEqual(['办理中', '待确认收到'])
    const mine = await t.http.get('/api/infoRequests/mine').set(await bearer('tan-haibo'))
    const answer = await t.http.get(`/api/infoRequests/${mine.body.items[0].id}`).set(await bearer('tan-haibo'))
    expect(answer.body.reply).toMatchObject({ kind: 'alreadyPublic', appealText: expect.stringContaining('上高县人民政府'), disclosureItem: { title: expect.stringContaining('最低生活保障') } })
    const subs = await t.http.get('/api/disclosure/subscriptions').set(await bearer('li-xiuying'))
    expect(subs.body).toEqual([expect.objectContaining({ target: 'village', name: '桐山村' })])
  })
})
