import { pinyin } from 'pinyin-pro'
import type { Page } from '../../../src/shared/common'
import type { GuideSummary } from '../../../src/shared/guides'
import { guideModel } from '../../../cloud/src/modules/guides/model'
import { contactModel, departmentModel, townshipModel, villageModel } from '../../../cloud/src/modules/org/model'
import { seedOrgAndGuides } from '../../../scripts/seed/seedOrgAndGuides'
import { seedData } from '../../../scripts/seed/data'
import { startTestApp, type TestApp } from '../helpers/testApp'
import { content, fixtureData, SEED_NOW } from './fixture'

jest.setTimeout(120_000)

let t: TestApp

beforeAll(async () => {
  t = await startTestApp()
})

afterAll(async () => {
  await t?.stop()
})

const snapshot = async (townshipId: string) => ({
  township: await townshipModel(t.db).findById(townshipId).lean(),
  departments: await departmentModel(t.db).find({ townshipId }).sort({ key: 1 }).lean(),
  villages: await villageModel(t.db).find({ townshipId }).sort({ name: 1 }).lean(),
  contacts: await contactModel(t.db).find({ townshipId }).sort({ order: 1 }).lean(),
  guides: await guideModel(t.db).find({ townshipId }).sort({ slug: 1 }).lean()
})

describe('seedOrgAndGuides', () => {
  it('creates published guides whose draft equals the published content', async () => {
    const ids = await seedOrgAndGuides(t.db, fixtureData('seed-a'), { now: SEED_NOW })
    expect(Object.keys(ids.guideIds).sort()).toEqual(['canji-huli', 'cunji-zhengming', 'dibao', 'dibao-bianyuan', 'yiliao-jiuzhu', 'zhaijidi'])
    const g = await guideModel(t.db).findById(ids.guideIds.dibao).lean()
    expect(g).toMatchObject({ version: 1, draftRevision: 0, slug: 'dibao' })
    expect(g!.publishedAt).toEqual(SEED_NOW)
    expect(g!.published).toEqual(g!.draft)
    expect(g!.published!.departmentId).toBe(ids.departmentIds.minzheng)
    expect(g!.search!.terms).toEqual(['最低生活保障申请', '低保', '吃低保'])
  })

  it('changes nothing and duplicates nothing when run twice', async () => {
    const first = await seedOrgAndGuides(t.db, fixtureData('seed-b'), { now: SEED_NOW })
    const before = await snapshot(first.townshipId)
    const second = await seedOrgAndGuides(t.db, fixtureData('seed-b'), { now: new Date('2025-06-01T00:00:00Z') })
    expect(second).toEqual(first)
    const after = await snapshot(first.townshipId)
    expect(after.guides).toEqual(before.guides)
    expect(after.departments.map((d) => [d._id, d.name, d.order])).toEqual(before.departments.map((d) => [d._id, d.name, d.order]))
    expect(after.villages.map((v) => [v._id, v.groups])).toEqual(before.villages.map((v) => [v._id, v.groups]))
    expect(after.contacts.map((c) => [c._id, c.post])).toEqual(before.contacts.map((c) => [c._id, c.post]))
    expect(after.township!.guidesIndexVersion).toBe(before.township!.guidesIndexVersion)
    expect(await townshipModel(t.db).countDocuments({ key: 'seed-b' })).toBe(1)
  })

  it('republishes a guide whose seed content changed as the next version', async () => {
    const data = fixtureData('seed-c')
    const first = await seedOrgAndGuides(t.db, data, { now: SEED_NOW })
    data.guides[0] = { ...data.guides[0]!, content: content({ title: '最低生活保障（低保）申请', keywords: ['低保'] }) }
    await seedOrgAndGuides(t.db, data, { now: SEED_NOW })
    const g = await guideModel(t.db).findById(first.guideIds.dibao).lean()
    expect(g).toMatchObject({ version: 2, draftRevision: 1 })
    expect(g!.published!.title).toBe('最低生活保障（低保）申请')
    expect(g!.draft).toEqual(g!.published)
  })

  it('fails loudly, naming the slug, before writing anything when a guide is invalid', async () => {
    const data = fixtureData('seed-d')
    data.guides.push({ slug: 'broken-item', departmentKey: 'minzheng', content: content({ steps: [] }) })
    await expect(seedOrgAndGuides(t.db, data, { now: SEED_NOW })).rejects.toThrow(/broken-item.*steps.*请至少写一个办理步骤/)
    const unknownDept = fixtureData('seed-d')
    unknownDept.guides[0] = { ...unknownDept.guides[0]!, departmentKey: 'nowhere' }
    await expect(seedOrgAndGuides(t.db, unknownDept, { now: SEED_NOW })).rejects.toThrow(/dibao.*nowhere/)
    expect(await townshipModel(t.db).countDocuments({ key: 'seed-d' })).toBe(0)
  })
})

describe('the demo content (scripts/seed/data)', () => {
  const readings = (title: string) => {
    const syllables = pinyin(title.normalize('NFKC'), { toneType: 'none', type: 'array', v: true }).filter((s) => /^[a-z0-9]+$/i.test(s))
    return { full: syllables.join('').toLowerCase(), initials: syllables.map((s) => (/^[0-9]/.test(s) ? s : s[0])).join('').toLowerCase() }
  }

  it('finds every guide by its Chinese title, its full pinyin and its initials', async () => {
    const ids = await seedOrgAndGuides(t.db, seedData, { now: SEED_NOW })
    expect(seedData.guides.length).toBeGreaterThan(5)
    const misses: string[] = []
    for (const g of seedData.guides) {
      const { full, initials } = readings(g.content.title)
      for (const q of [g.content.title, full, initials]) {
        const res = await t.http.get('/api/guides').query({ townshipId: ids.townshipId, q: q.slice(0, 40), pageSize: 20 })
        const page = res.body as Page<GuideSummary>
        if (!page.items.some((item) => item.id === ids.guideIds[g.slug])) misses.push(`${g.slug} ← "${q}"`)
      }
      const byTitle = await t.http.get('/api/guides').query({ townshipId: ids.townshipId, q: g.content.title.slice(0, 40) })
      if ((byTitle.body as Page<GuideSummary>).items[0]?.id !== ids.guideIds[g.slug]) misses.push(`${g.slug} not first for its own title`)
    }
    expect(misses).toEqual([])
  })
})
