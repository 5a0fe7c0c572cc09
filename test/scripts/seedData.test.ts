import { seedData } from '../../scripts/seed/data'
import { isValidIdChecksum } from '../../src/shared/auth'
import { ROLES } from '../../src/shared/enums'
import { createGuideSchema, guideContentSchema } from '../../src/shared/guides'

const FAKE_DEPARTMENT_ID = '0123456789abcdef01234567'
const slugPattern = createGuideSchema.shape.slug

describe('demo seed data', () => {
  const { township, villages, departments, guides, contacts, people, helped, pendingSignups } = seedData
  const departmentKeys = new Set(departments.map((d) => d.key))
  const villageKeys = new Set(villages.map((v) => v.key))

  it('describes 新界埠镇 with its 16 村（居） and the forest farm', () => {
    expect(township).toMatchObject({ name: '新界埠镇', county: '上高县', province: '江西省' })
    expect(villages).toHaveLength(17)
    expect(villageKeys.size).toBe(villages.length)
    expect(new Set(villages.map((v) => v.name)).size).toBe(villages.length)
    expect(villages.some((v) => v.name.includes('林场'))).toBe(true)
    for (const v of villages) expect(v.groups.length).toBeGreaterThan(0)
  })

  it('has at least six departments with unique keys and window order', () => {
    expect(departments.length).toBeGreaterThanOrEqual(6)
    expect(departmentKeys.size).toBe(departments.length)
    expect(new Set(departments.map((d) => d.order)).size).toBe(departments.length)
  })

  it('has at least 20 guides, each a valid guide with a unique, well-formed slug', () => {
    expect(guides.length).toBeGreaterThanOrEqual(20)
    const problems: string[] = []
    for (const g of guides) {
      const parsed = guideContentSchema.safeParse({ ...g.content, departmentId: FAKE_DEPARTMENT_ID })
      if (!parsed.success) problems.push(`${g.slug}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`)
      if (!slugPattern.safeParse(g.slug).success) problems.push(`${g.slug}: bad slug`)
      if (!departmentKeys.has(g.departmentKey)) problems.push(`${g.slug}: unknown department ${g.departmentKey}`)
    }
    expect(problems).toEqual([])
    expect(new Set(guides.map((g) => g.slug)).size).toBe(guides.length)
  })

  it('writes every guide out in full (一次性告知)', () => {
    const thin = guides.filter((g) => {
      const c = g.content
      return (
        c.eligibility.length < 2 ||
        c.materials.length < 2 ||
        c.steps.length < 2 ||
        c.faq.length < 2 ||
        c.faq.length > 4 ||
        c.legalBasis.length < 1 ||
        !c.contactName ||
        (c.keywords ?? []).length < 3 ||
        (c.lifeEvents ?? []).length < 1
      )
    })
    expect(thin.map((g) => g.slug)).toEqual([])
  })

  it('keeps every promised time limit within the legal one', () => {
    const late = guides.filter(
      (g) => g.content.legalTimeLimitDays !== null && g.content.promisedTimeLimitDays >= g.content.legalTimeLimitDays
    )
    expect(late.map((g) => g.slug)).toEqual([])
  })

  it('contains the items the product spec names', () => {
    const bySlug = new Map(guides.map((g) => [g.slug, g]))
    const named: Array<[string, string]> = [
      ['dibao', '低保'],
      ['yiliao-jiuzhu', '医疗救助'],
      ['tuiyi-zhuyuan-youdai', '退役军人'],
      ['zhaijidi', '宅基地'],
      ['dangyuan-zhuanjie', '党员组织关系转接'],
      ['cunji-zhengming', '村级证明']
    ]
    const missing = named.filter(([slug, words]) => !bySlug.get(slug)?.content.title.includes(words))
    expect(missing).toEqual([])
    expect(bySlug.get('dibao')!.content.keywords).toContain('低保')
    expect(bySlug.get('yanglao-canbao')!.content.keywords).toContain('社保')
  })

  it('marks some materials as exempt through data sharing', () => {
    const exempt = guides.flatMap((g) => g.content.materials.filter((m) => m.exemptReason))
    expect(exempt.length).toBeGreaterThanOrEqual(10)
  })

  it('has a contact table of 10–14 rows with 一对多 and 多对一 links', () => {
    expect(contacts.length).toBeGreaterThanOrEqual(10)
    expect(contacts.length).toBeLessThanOrEqual(14)
    const countiesPerPost = new Map<string, Set<string>>()
    const postsPerCounty = new Map<string, Set<string>>()
    for (const c of contacts) {
      const county = c.countyDepartment.replace(/（.*）$/, '')
      countiesPerPost.set(c.post, (countiesPerPost.get(c.post) ?? new Set()).add(county))
      postsPerCounty.set(county, (postsPerCounty.get(county) ?? new Set()).add(c.post))
    }
    expect([...countiesPerPost.values()].some((s) => s.size > 1)).toBe(true)
    expect([...postsPerCounty.values()].some((s) => s.size > 1)).toBe(true)
  })

  it('has demo persons with unique keys, known roles, villages and departments', () => {
    expect(new Set(people.map((p) => p.key)).size).toBe(people.length)
    expect(ROLES.filter((role) => !people.some((p) => p.role === role))).toEqual([])
    for (const p of people) {
      if (p.villageKey) expect(villageKeys.has(p.villageKey)).toBe(true)
      for (const k of p.departmentKeys ?? []) expect(departmentKeys.has(k)).toBe(true)
      if (p.role === 'staff') expect(p.departmentKeys?.length).toBeGreaterThan(0)
    }
    const staffDepartments = people.flatMap((p) => (p.role === 'staff' ? (p.departmentKeys ?? []) : []))
    expect(staffDepartments).toEqual(expect.arrayContaining(['minzheng', 'tuiyi']))
  })

  it('promises each demo person only what the app does today', () => {
    const notBuiltYet = [/看板/, /审计日志/, /当面送达/, /撤销.*授权/, /整改|回访/, /政务公开|依申请公开/, /便民地图/, /工作日历|管理窗口|村组/]
    const promises = people.flatMap((p) => notBuiltYet.filter((word) => word.test(p.description)).map((word) => `${p.displayName}: ${word}`))
    expect(promises).toEqual([])
    const codes = (seedData.bookings ?? []).map((b) => b.code)
    for (const p of people) for (const code of p.description.match(/[2-9A-HJ-NP-Z]{4}(?=）)/g) ?? []) expect(codes).toContain(code)
  })

  it('links every helped elder to a demo assistant and a village', () => {
    const assistants = new Set(people.filter((p) => p.role === 'assistant').map((p) => p.key))
    expect(helped.length).toBeGreaterThanOrEqual(2)
    for (const h of helped) {
      expect(assistants.has(h.assistantKey)).toBe(true)
      expect(villageKeys.has(h.villageKey)).toBe(true)
    }
  })

  it('gives pending sign-ups valid ID numbers, mobiles and departments', () => {
    expect(pendingSignups.length).toBeGreaterThanOrEqual(1)
    expect(pendingSignups.filter((s) => !isValidIdChecksum(s.idNumber)).map((s) => s.idNumber)).toEqual([])
    for (const s of pendingSignups) {
      expect(s.phone).toMatch(/^1[3-9]\d{9}$/)
      for (const k of s.departmentKeys) expect(departmentKeys.has(k)).toBe(true)
    }
  })

  it('uses only demo phone numbers', () => {
    const phones = [
      township.phone,
      ...departments.map((d) => d.phone),
      ...guides.map((g) => g.content.contactPhone),
      ...contacts.flatMap((c) => [c.phone, c.countyPhone]),
      ...people.flatMap((p) => (p.phone ? [p.phone] : [])),
      ...helped.flatMap((h) => (h.phone ? [h.phone] : [])),
      ...pendingSignups.map((s) => s.phone)
    ]
    expect(phones.filter((p) => !/^(0795-\d{7}|13800138\d{3})$/.test(p))).toEqual([])
  })
})
