import { buildOpenApi, mountRoutes } from '../../../cloud/src/lib/routes'
import { calendarRoutes } from '../../../cloud/src/modules/calendar/routes'
import { calendarOverrideModel } from '../../../cloud/src/modules/calendar/model'
import { loadOverrides } from '../../../cloud/src/modules/calendar/load'
import { recomputeDeadline } from '../../../cloud/src/modules/calendar/deadlines'
import { auditModel } from '../../../cloud/src/modules/audit/model'
import type { CalendarDayDTO, TownshipCalendarDTO } from '../../../src/shared/calendar'
import { startTestApp, type SignedIn, type TestApp, type TestTownship } from '../helpers/testApp'

let t: TestApp
let admin: SignedIn
let otherTownship: TestTownship
let otherAdmin: SignedIn

beforeAll(async () => {
  t = await startTestApp()
  if (!t.app.routeSpecs.some((s) => s.path === '/admin/calendar/overrides')) {
    mountRoutes(t.app.apiRouter, t.deps, calendarRoutes)
  }
  await calendarOverrideModel(t.db).init()
  admin = await t.signIn('admin', { displayName: '王主任' })
  otherTownship = await t.addTownship('东垆乡')
  otherAdmin = await t.signIn('admin', { township: otherTownship, displayName: '李主任' })
})
afterAll(() => t.stop())

const calendar = (townshipId: string, from: string, to: string) =>
  t.http.get(`/api/townships/${townshipId}/calendar`).query({ from, to })
const put = (who: SignedIn, date: string, body: object) =>
  t.http.put(`/api/admin/calendar/overrides/${date}`).set(who.headers).send(body)
const del = (who: SignedIn, date: string) => t.http.delete(`/api/admin/calendar/overrides/${date}`).set(who.headers)
const dayOf = (body: TownshipCalendarDTO, date: string): CalendarDayDTO => {
  const day = body.days.find((d) => d.date === date)
  if (!day) throw new Error(`no ${date} in the answer`)
  return day
}

describe('GET /api/townships/:townshipId/calendar', () => {
  it('shows 国庆·中秋 2025 (10/1 – 10/8 off, 9/28 and 10/11 调休上班) day by day', async () => {
    const res = await calendar(t.township.id, '2025-09-27', '2025-10-12')
    expect(res.status).toBe(200)
    const body = res.body as TownshipCalendarDTO
    expect(body).toMatchObject({ townshipId: t.township.id, from: '2025-09-27', to: '2025-10-12', unknownYears: [] })
    expect(body.days).toHaveLength(16)
    expect(dayOf(body, '2025-09-27')).toMatchObject({ working: false, status: 'weekend', name: '周六' })
    expect(dayOf(body, '2025-09-28')).toMatchObject({ working: true, status: 'makeup', name: '国庆节调休上班' })
    expect(dayOf(body, '2025-10-01')).toMatchObject({ working: false, status: 'holiday', name: '国庆节' })
    expect(dayOf(body, '2025-10-06')).toMatchObject({ working: false, status: 'holiday', name: '中秋节' })
    expect(dayOf(body, '2025-10-11')).toMatchObject({ working: true, status: 'makeup', weekday: 6 })
    expect(body.days.every((d) => d.officialScheduleKnown)).toBe(true)
  })

  it('accepts exactly 92 days and refuses 93 with a Chinese message', async () => {
    expect((await calendar(t.township.id, '2025-01-01', '2025-04-02')).status).toBe(200)
    const res = await calendar(t.township.id, '2025-01-01', '2025-04-03')
    expect(res.status).toBe(400)
    expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED' })
    expect(res.body.message).toContain('一次最多查询 92 天')
  })

  it('answers bad ranges, dates and townships with 4xx and a Chinese message, never 500', async () => {
    const reversed = await calendar(t.township.id, '2025-10-08', '2025-10-01')
    expect(reversed.status).toBe(400)
    expect(reversed.body.message).toContain('结束日期不能早于开始日期')
    const badDate = await calendar(t.township.id, '2025-02-29', '2025-03-03')
    expect(badDate.status).toBe(400)
    expect(badDate.body.message).toContain('年-月-日')
    const missing = await t.http.get(`/api/townships/${t.township.id}/calendar`)
    expect(missing.status).toBe(400)
    expect(missing.body.message).toMatch(/[\u4e00-\u9fff]/)
    expect((await calendar('not-an-id', '2025-10-01', '2025-10-02')).status).toBe(400)
    const unknown = await calendar('0123456789abcdef01234567', '2025-10-01', '2025-10-02')
    expect(unknown.status).toBe(404)
    expect(unknown.body.message).toContain('乡镇')
  })

  it('flags a year whose official schedule is not built in', async () => {
    const res = await calendar(t.township.id, '2100-01-01', '2100-01-31')
    expect(res.status).toBe(200)
    expect(res.body.unknownYears).toEqual([2100])
    expect((res.body as TownshipCalendarDTO).days.every((d) => !d.officialScheduleKnown)).toBe(true)
  })
})

describe('admin overrides', () => {
  it('only admins may read or change overrides', async () => {
    const staff = await t.signIn('staff')
    const resident = await t.signIn('resident')
    expect((await t.http.get('/api/admin/calendar/overrides')).status).toBe(401)
    expect((await t.http.get('/api/admin/calendar/overrides').set(staff.headers)).status).toBe(403)
    expect((await put(resident, '2025-10-09', { kind: 'closed', reason: '测试' })).status).toBe(403)
    expect((await del(staff, '2025-10-09')).status).toBe(403)
    expect(await calendarOverrideModel(t.db).countDocuments({ date: '2025-10-09' })).toBe(0)
  })

  it('closes a day for a flood: the calendar shows it, a repeat changes nothing, removal restores the official day', async () => {
    const body = { kind: 'closed', reason: '防汛抢险，暂停对外办公' }
    const first = await put(admin, '2025-10-09', body)
    expect(first.status).toBe(200)
    expect(first.body).toMatchObject({
      townshipId: t.township.id,
      date: '2025-10-09',
      kind: 'closed',
      reason: '防汛抢险，暂停对外办公',
      createdBy: admin.userId,
      createdAt: t.clock.now().toISOString()
    })

    t.clock.advance(60_000)
    const again = await put(admin, '2025-10-09', body)
    expect(again.status).toBe(200)
    expect(again.body).toEqual(first.body)
    expect(await auditModel(t.db).countDocuments({ action: 'calendar.overrideSet', targetId: first.body.id })).toBe(1)

    const cal = (await calendar(t.township.id, '2025-10-08', '2025-10-10')).body as TownshipCalendarDTO
    expect(dayOf(cal, '2025-10-09')).toMatchObject({ working: false, status: 'closed', name: '防汛抢险，暂停对外办公' })
    const other = (await calendar(otherTownship.id, '2025-10-09', '2025-10-09')).body as TownshipCalendarDTO
    expect(dayOf(other, '2025-10-09')).toMatchObject({ working: true, status: 'workday' })

    const removed = await del(admin, '2025-10-09')
    expect(removed.status).toBe(200)
    expect(removed.body).toEqual({ date: '2025-10-09', removed: true })
    expect((await del(admin, '2025-10-09')).body).toEqual({ date: '2025-10-09', removed: false })
    expect(await auditModel(t.db).countDocuments({ action: 'calendar.overrideRemoved', targetId: first.body.id })).toBe(1)
    const restored = (await calendar(t.township.id, '2025-10-09', '2025-10-09')).body as TownshipCalendarDTO
    expect(dayOf(restored, '2025-10-09')).toMatchObject({ working: true, status: 'workday' })
  })

  it('replaces an override in place and opens a Sunday', async () => {
    const first = await put(admin, '2025-11-16', { kind: 'closed', reason: '停电' })
    t.clock.advance(60_000)
    const changed = await put(admin, '2025-11-16', { kind: 'open', reason: '集中办理医保缴费，周日照常上班' })
    expect(changed.status).toBe(200)
    expect(changed.body).toMatchObject({ id: first.body.id, kind: 'open', createdAt: first.body.createdAt })
    expect(changed.body.updatedAt).toBe(t.clock.now().toISOString())
    const cal = (await calendar(t.township.id, '2025-11-16', '2025-11-16')).body as TownshipCalendarDTO
    expect(dayOf(cal, '2025-11-16')).toMatchObject({ working: true, status: 'open', weekday: 0 })
  })

  it('lists one year of the admin’s own township, by date, saying whether the year is built in', async () => {
    await put(admin, '2025-12-01', { kind: 'closed', reason: '全镇停电检修' })
    await put(otherAdmin, '2025-12-02', { kind: 'closed', reason: '东垆乡防汛' })
    await put(admin, '2100-01-04', { kind: 'closed', reason: '预先登记' })
    const res = await t.http.get('/api/admin/calendar/overrides').query({ year: 2025 }).set(admin.headers)
    expect(res.status).toBe(200)
    expect(res.body.year).toBe(2025)
    expect(res.body.officialScheduleKnown).toBe(true)
    const dates = (res.body.overrides as { date: string }[]).map((o) => o.date)
    expect(dates).toEqual([...dates].sort())
    expect(dates).toContain('2025-12-01')
    expect(dates).not.toContain('2025-12-02')
    expect(dates).not.toContain('2100-01-04')

    const future = await t.http.get('/api/admin/calendar/overrides').query({ year: 2100 }).set(admin.headers)
    expect(future.body).toMatchObject({ year: 2100, officialScheduleKnown: false })
    expect(future.body.overrides).toHaveLength(1)

    const current = await t.http.get('/api/admin/calendar/overrides').set(admin.headers)
    expect(current.body.year).toBe(2025)

    expect((await del(admin, '2025-12-02')).body.removed).toBe(false)
    expect(await calendarOverrideModel(t.db).countDocuments({ date: '2025-12-02' })).toBe(1)
  })

  it('refuses bad input with a Chinese message', async () => {
    const cases: [string, object][] = [
      ['2025-13-01', { kind: 'closed', reason: '防汛' }],
      ['2025-10-09', { kind: 'maybe', reason: '防汛' }],
      ['2025-10-09', { kind: 'closed' }],
      ['2025-10-09', { kind: 'closed', reason: '   ' }],
      ['2025-10-09', { kind: 'closed', reason: '防汛', extra: 1 }],
      ['1999-12-31', { kind: 'closed', reason: '防汛' }]
    ]
    for (const [date, body] of cases) {
      const res = await put(admin, date, body)
      expect({ date, body, status: res.status }).toEqual({ date, body, status: 400 })
      expect(res.body.message).toMatch(/[\u4e00-\u9fff]/)
    }
    const year = await t.http.get('/api/admin/calendar/overrides').query({ year: 'abc' }).set(admin.headers)
    expect(year.status).toBe(400)
  })

  it('concurrent writes of the same date leave exactly one override', async () => {
    const results = await Promise.all(
      ['一', '二', '三', '四', '五'].map((n) => put(admin, '2025-12-15', { kind: 'closed', reason: `临时停止办公${n}` }))
    )
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200])
    expect(await calendarOverrideModel(t.db).countDocuments({ townshipId: t.township.id, date: '2025-12-15' })).toBe(1)
  })
})

describe('loadOverrides + recomputeDeadline', () => {
  it('a closure set through the API moves an open deadline by one working day', async () => {
    const before = recomputeDeadline('2026-03-02', 3, await loadOverrides(t.db, t.township.id, { from: '2026-03-02' }))
    expect(before.dueDate).toBe('2026-03-05')
    await put(admin, '2026-03-04', { kind: 'closed', reason: '防汛抢险，暂停对外办公' })
    const overrides = await loadOverrides(t.db, t.township.id, { from: '2026-03-02' })
    expect(overrides.get('2026-03-04')).toEqual({ date: '2026-03-04', kind: 'closed', reason: '防汛抢险，暂停对外办公', official: false })
    expect(recomputeDeadline('2026-03-02', 3, overrides).dueDate).toBe('2026-03-06')
    const otherOverrides = await loadOverrides(t.db, otherTownship.id, { from: '2026-03-02' })
    expect(recomputeDeadline('2026-03-02', 3, otherOverrides).dueDate).toBe('2026-03-05')
    const bounded = await loadOverrides(t.db, t.township.id, { from: '2026-03-05', to: '2026-03-31' })
    expect(bounded.size).toBe(0)
  })
})

describe('OpenAPI', () => {
  it('documents every calendar route', () => {
    const doc = buildOpenApi(calendarRoutes, { title: 't', version: '0' })
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/admin/calendar/official/{year}',
      '/api/admin/calendar/overrides',
      '/api/admin/calendar/overrides/{date}',
      '/api/admin/calendar/status',
      '/api/townships/{townshipId}/calendar'
    ])
  })
})
