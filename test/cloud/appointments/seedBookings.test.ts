import { Types } from 'mongoose'
import { seedDemo } from '../../../scripts/seed/seedDemo'
import { openSession } from '../../../cloud/src/modules/auth/sessions'
import { reconcileSeats } from '../../../cloud/src/modules/appointments/jobs'
import { bookingModel } from '../../../cloud/src/modules/appointments/model'
import { startTestApp, type TestApp } from '../helpers/testApp'

let t: TestApp
beforeAll(async () => {
  t = await startTestApp()
})
afterAll(() => t.stop())

interface Row {
  id: string
  code: string
  status: string
  source: string
  canComplete: boolean
  canMarkNoShow: boolean
}

/** What a clerk can do on a day view: check someone in, finish a visit, mark a no-show. */
function actions(items: Row[]) {
  return {
    checkIn: items.filter((i) => i.status === 'booked' || i.status === 'no_show').map((i) => i.code),
    complete: items.filter((i) => i.canComplete).map((i) => i.code),
    noShow: items.filter((i) => i.canMarkNoShow).map((i) => i.code)
  }
}

describe('the demo day at the hall', () => {
  it('gives the 民政 clerk someone to check in, a visit to finish and a no-show to mark after 17:30, with seats that add up; reseeding adds nothing', async () => {
    t.clock.set('2025-03-04T18:10:00+08:00')
    const seeded = await seedDemo(t.db, { config: t.deps.config, now: t.clock.now() })
    expect(seeded.bookings).toBe(16)
    expect((await seedDemo(t.db, { config: t.deps.config, now: t.clock.now() })).bookings).toBe(0)
    const staff = { Authorization: `Bearer ${(await openSession(t.deps, new Types.ObjectId(seeded.userIds['liu-fang']), 'dev')).token}` }

    const today = await t.http.get('/api/staff/appointments/day').set(staff)
    expect(today.status).toBe(200)
    expect(today.body).toMatchObject({ date: '2025-03-04', today: '2025-03-04' })
    const now = actions(today.body.items)
    expect(now.checkIn).toEqual(expect.arrayContaining(['MZ2A', 'MZ6E', 'MZ7F']))
    expect(now.complete).toEqual(expect.arrayContaining(['MZ3B', 'MZ8G']))
    expect(now.noShow).toEqual(expect.arrayContaining(['MZ2A', 'MZ6E']))
    expect(today.body.items.find((i: Row) => i.code === 'MZ8G')).toMatchObject({ source: 'walkin', status: 'checked_in' })
    expect(today.body.counts).toMatchObject({ completed: 1, cancelled: 1, walkIns: 1 })

    const checkedIn = await t.http.post('/api/staff/appointments/check-in').set(staff).send({ code: 'MZ6E' })
    expect(checkedIn.status).toBe(200)
    expect(checkedIn.body.booking).toMatchObject({ applicantName: '李秀英', status: 'checked_in' })

    const before = await t.http.get('/api/staff/appointments/day').query({ date: '2025-03-03' }).set(staff)
    expect(actions(before.body.items).noShow).toEqual(['MZAM'])
    expect(before.body.items.map((i: Row) => i.status).sort()).toEqual(['booked', 'completed', 'no_show'])

    const mine = await t.http.get('/api/appointments/mine').query({ scope: 'past' }).set({ Authorization: `Bearer ${(await openSession(t.deps, new Types.ObjectId(seeded.userIds['li-xiuying']), 'dev')).token}` })
    expect(mine.body.map((b: { code: string; status: string }) => `${b.code} ${b.status}`)).toEqual(expect.arrayContaining(['MZ9L completed']))

    t.clock.advance(5 * 60_000)
    expect(await reconcileSeats(t.deps, { graceMs: 0 })).toEqual({ pendingSettled: 0, movesRolledBack: 0, seatsReleased: 0, countersFixed: 0 })
  })

  it('before the hall opens, the day still has people to check in and a walk-in to finish', async () => {
    t.clock.set('2025-03-05T07:05:00+08:00')
    const seeded = await seedDemo(t.db, { config: t.deps.config, now: t.clock.now() })
    expect(seeded.bookings).toBeGreaterThan(0)
    const staff = { Authorization: `Bearer ${(await openSession(t.deps, new Types.ObjectId(seeded.userIds['hu-weidong']), 'dev')).token}` }
    const tuiyi = actions((await t.http.get('/api/staff/appointments/day').set(staff)).body.items)
    expect(tuiyi.checkIn).toEqual(['TY2H', 'TY3J'])
    const liuFang = { Authorization: `Bearer ${(await openSession(t.deps, new Types.ObjectId(seeded.userIds['liu-fang']), 'dev')).token}` }
    const minzheng = (await t.http.get('/api/staff/appointments/day').set(liuFang)).body.items as Row[]
    expect(actions(minzheng).complete).toEqual(['MZ8G'])
    expect(minzheng.filter((i) => i.status === 'booked').length).toBe(5)
    expect(await bookingModel(t.db).countDocuments({ date: '2025-03-05', status: { $in: ['checked_in', 'completed'] }, source: 'online' })).toBe(0)
  })
})
