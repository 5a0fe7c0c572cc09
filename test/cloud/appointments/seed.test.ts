import { seedDemo } from '../../../scripts/seed/seedDemo'
import { openingTemplateModel } from '../../../cloud/src/modules/appointments/model'
import { startTestApp, type TestApp } from '../helpers/testApp'

let t: TestApp
beforeAll(async () => {
  t = await startTestApp()
})
afterAll(() => t.stop())

describe('demo opening templates', () => {
  it('opens online booking for every window whose guides offer it, and keeps an edited template on reseeding', async () => {
    const seeded = await seedDemo(t.db, { config: t.deps.config, now: t.clock.now() })
    const Template = openingTemplateModel(t.db)
    expect(await Template.countDocuments({ townshipId: seeded.townshipId })).toBe(8)
    const dibao = await t.http.get('/api/appointments/availability').query({ guideId: seeded.guideIds.dibao })
    expect(dibao.body).toMatchObject({ bookable: true, rules: { slotMinutes: 30 } })
    const tuesday = dibao.body.days.find((d: { date: string }) => d.date === '2025-03-04')
    expect(tuesday.slots[0]).toMatchObject({ start: '08:30', end: '09:00', capacity: 3, state: 'open' })
    const zhaijidi = await t.http.get('/api/appointments/availability').query({ guideId: seeded.guideIds.zhaijidi })
    const days = zhaijidi.body.days as { date: string; weekday: number; slots: unknown[] }[]
    expect(days.filter((d) => d.slots.length > 0).every((d) => d.weekday === 2 || d.weekday === 4)).toBe(true)

    await Template.updateOne({ departmentId: seeded.departmentIds.minzheng, guideId: null }, { $set: { capacity: 5 } })
    await seedDemo(t.db, { config: t.deps.config, now: t.clock.now() })
    expect(await Template.countDocuments({ townshipId: seeded.townshipId })).toBe(8)
    expect((await Template.findOne({ departmentId: seeded.departmentIds.minzheng, guideId: null }).lean())!.capacity).toBe(5)
  })
})
