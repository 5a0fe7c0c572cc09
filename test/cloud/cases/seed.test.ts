import { Types } from 'mongoose'
import { seedDemo } from '../../../scripts/seed/seedDemo'
import { openSession } from '../../../cloud/src/modules/auth/sessions'
import { caseModel } from '../../../cloud/src/modules/cases/model'
import { startTestApp, type TestApp } from '../helpers/testApp'

let t: TestApp
beforeAll(async () => {
  t = await startTestApp()
})
afterAll(() => t.stop())

describe('demo cases', () => {
  it('gives staff a queue with the overdue case first and residents a timeline; reseeding adds nothing', async () => {
    const seeded = await seedDemo(t.db, { config: t.deps.config, now: t.clock.now() })
    await seedDemo(t.db, { config: t.deps.config, now: t.clock.now() })
    expect(await caseModel(t.db).countDocuments({ townshipId: new Types.ObjectId(seeded.townshipId) })).toBe(6)

    const bearer = async (key: string) => ({ Authorization: `Bearer ${(await openSession(t.deps, new Types.ObjectId(seeded.userIds[key]), 'dev')).token}` })
    const queue = await t.http.get('/api/staff/cases').set(await bearer('liu-fang'))
    expect(queue.status).toBe(200)
    expect(queue.body.items[0]).toMatchObject({ number: 'DEMO-0001', deadline: { state: 'overdue' } })
    const adminQueue = await t.http.get('/api/staff/cases').set(await bearer('yuan-chunhua'))
    expect(adminQueue.body.items).toHaveLength(6)
    expect(adminQueue.body.nextCursor).toBeNull()

    const mine = await t.http.get('/api/cases/mine').set(await bearer('li-xiuying'))
    expect(mine.body.items.map((c: { number: string }) => c.number).sort()).toEqual(['DEMO-0001', 'DEMO-0003', 'DEMO-0006'])
    const waiting = mine.body.items.find((c: { number: string }) => c.number === 'DEMO-0003')
    const detail = await t.http.get(`/api/cases/${waiting.id}`).set(await bearer('li-xiuying'))
    expect(detail.body).toMatchObject({ status: 'info_requested', canSupplyInfo: true })

    const dispatchQueue = await t.http.get('/api/staff/visits/queue').set(await bearer('yuan-chunhua'))
    expect(dispatchQueue.body.map((q: { number: string }) => q.number)).toContain('DEMO-0006')
    const suggested = await t.http.get(`/api/staff/visits/cases/${dispatchQueue.body.find((q: { number: string }) => q.number === 'DEMO-0006').caseId}`).set(await bearer('yuan-chunhua'))
    expect(suggested.body.suggestions.map((s: { name: string }) => s.name)).toEqual(expect.arrayContaining(['刘建国', '陈晓燕']))
    const plates = await t.http.get('/api/staff/qr/targets').query({ kind: 'doorplate' }).set(await bearer('yuan-chunhua'))
    expect(plates.body.total).toBe(7)
    const plate = await t.http.get(`/api/qr/targets/${plates.body.items[0].scene}`)
    expect(plate.body.doorplate.gridWorkers).toEqual([{ name: '陈晓燕', phone: '13800138301' }])

    const hot = await t.http.get(`/api/townships/${seeded.townshipId}/hotResponses`)
    expect(hot.body.items).toHaveLength(1)
    expect(hot.body.items[0].question).not.toMatch(/周志强|13807951234/)
  })
})
