import { auditModel } from '../../../cloud/src/modules/audit/model'
import { decryptField } from '../../../cloud/src/lib/crypto'
import { openingTemplateModel } from '../../../cloud/src/modules/appointments/model'
import { T0, startTestApp, type SignedIn, type TestApp } from '../helpers/testApp'
import { book, buildWorld, inboxTitles, newKey, slotAt, stored, weekly, type BookingWorld } from './fixture'

let t: TestApp
let w: BookingWorld

beforeAll(async () => {
  t = await startTestApp()
  w = await buildWorld(t)
})
afterAll(() => t.stop())
beforeEach(() => t.clock.set(T0))

const TUE = '2025-03-04'
const resident = (name = '周志强') => t.signIn('resident', { displayName: name })
const checkIn = (who: SignedIn, body: Record<string, unknown>) => t.http.post('/api/staff/appointments/check-in').set(who.headers).send(body)
const day = (who: SignedIn, query: Record<string, string> = {}) => t.http.get('/api/staff/appointments/day').set(who.headers).query(query)

describe('the staff day view and check-in', () => {
  let person: SignedIn
  let booking: { id: string; code: string; qrText: string }

  beforeAll(async () => {
    t.clock.set(T0)
    person = await resident()
    const res = await book(t, person, { guideId: w.dibao, date: TUE, start: '09:00' })
    booking = res.body
  })

  it("lists a day's bookings of my windows in time order, with masked phones and counts", async () => {
    t.clock.set('2025-03-04T08:30:00+08:00')
    const res = await day(w.staffA)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ date: TUE, today: TUE, working: true, dayName: '周二' })
    expect(res.body.departments.map((d: { id: string }) => d.id)).toEqual([w.deptA])
    expect(res.body.items).toHaveLength(1)
    expect(res.body.items[0]).toMatchObject({ id: booking.id, code: booking.code, status: 'booked', applicantName: '周志强', canMarkNoShow: false, canComplete: false })
    expect(res.body.counts).toMatchObject({ booked: 1, checkedIn: 0, walkIns: 0 })
    expect((await day(w.staffB)).body.items).toEqual([])
    expect((await day(w.staffB, { departmentId: w.deptA })).status).toBe(403)
    expect((await day(w.admin, { departmentId: w.deptA })).body.items).toHaveLength(1)
    expect((await day(person)).status).toBe(403)
  })

  it('checks in by code (typed in lower case); a repeat says it was already done', async () => {
    t.clock.set('2025-03-04T08:50:00+08:00')
    const wrongWindow = await checkIn(w.staffB, { code: booking.code })
    expect(wrongWindow.status).toBe(403)
    expect(wrongWindow.body.message).toMatch(/请引导群众到/)
    const res = await checkIn(w.staffA, { code: booking.code.toLowerCase() })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ alreadyCheckedIn: false, booking: { id: booking.id, status: 'checked_in', canComplete: true } })
    const again = await checkIn(w.staffA, { qr: booking.qrText })
    expect(again.status).toBe(200)
    expect(again.body.alreadyCheckedIn).toBe(true)
    expect((await stored(t, booking.id))!.updates.filter((u) => u.action === 'checkIn')).toHaveLength(1)
  })

  it('explains codes and QR codes it cannot use', async () => {
    t.clock.set('2025-03-04T10:00:00+08:00')
    const cases: [Record<string, unknown>, number, RegExp][] = [
      [{ code: 'O1I0' }, 400, /没有数字 0、1 和字母 O、I/],
      [{ code: 'ABC' }, 400, /签到码是 4 位/],
      [{ code: 'ZZZZ' }, 404, /今天没有签到码为 ZZZZ 的预约.*登记为现场办理/],
      [{ qr: 'https://example.com/x' }, 400, /不是乡里办的预约二维码/],
      [{ qr: 'XLB1:20250305:ABCD' }, 409, /3月5日 周三的预约，不是今天的/],
      [{}, 400, /请输入签到码/],
      [{ code: 'ABCD', qr: 'XLB1:20250304:ABCD' }, 400, /请输入签到码/]
    ]
    for (const [body, status, message] of cases) {
      const res = await checkIn(w.staffA, body)
      expect({ body, status: res.status }).toEqual({ body, status })
      expect(res.body.message).toMatch(message)
    }
  })

  it('completes a visit and invites the person to rate it', async () => {
    t.clock.set('2025-03-04T09:20:00+08:00')
    const res = await t.http.post(`/api/staff/appointments/${booking.id}/complete`).set(w.staffA.headers)
    expect(res.status).toBe(200)
    expect(res.body.status).toBe('completed')
    expect(await inboxTitles(t, person)).toContain('请为这次办事评价')
    expect((await t.http.post(`/api/staff/appointments/${booking.id}/complete`).set(w.staffA.headers)).status).toBe(200)
    expect((await inboxTitles(t, person)).filter((x) => x === '请为这次办事评价')).toHaveLength(1)
  })

  it('marks a no-show only after the slot has ended; the person may then book again; a late arrival can still check in', async () => {
    const late = await resident('谭海波')
    const b = await book(t, late, { guideId: w.dibao, date: TUE, start: '14:00' })
    t.clock.set('2025-03-04T14:20:00+08:00')
    const early = await t.http.post(`/api/staff/appointments/${b.body.id}/no-show`).set(w.staffA.headers)
    expect(early.status).toBe(409)
    expect(early.body.message).toContain('到 14:30 才结束')
    t.clock.set('2025-03-04T14:30:00+08:00')
    const list = await day(w.staffA)
    expect(list.body.items.find((i: { id: string }) => i.id === b.body.id).canMarkNoShow).toBe(true)
    const marked = await t.http.post(`/api/staff/appointments/${b.body.id}/no-show`).set(w.staffA.headers)
    expect(marked.status).toBe(200)
    expect(marked.body.status).toBe('no_show')
    expect((await stored(t, b.body.id))!.activeKey).toBeUndefined()
    expect((await book(t, late, { guideId: w.dibao, date: TUE, start: '16:00' })).status).toBe(201)
    const arrived = await checkIn(w.staffA, { code: b.body.code })
    expect(arrived.body).toMatchObject({ alreadyCheckedIn: false, booking: { status: 'checked_in' } })
  })

  it('records walk-ins on any day, even a Saturday with no slots, with the phone encrypted and masked', async () => {
    t.clock.set('2025-03-08T10:00:00+08:00')
    const key = newKey()
    const send = () =>
      t.http
        .post('/api/staff/appointments/walk-ins')
        .set(w.staffA.headers)
        .set('Idempotency-Key', key)
        .send({ departmentId: w.deptA, guideId: w.dibao, name: '王德福', phone: '13800138401', note: '代领低保金' })
    const res = await send()
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ source: 'walkin', status: 'checked_in', applicantName: '王德福', applicantPhoneMasked: '138****8401', guideTitle: '最低生活保障申请', start: '10:00', date: '2025-03-08' })
    expect((await send()).body.id).toBe(res.body.id)
    const doc = (await stored(t, res.body.id))!
    expect(doc.walkInPhoneEncrypted).not.toContain('13800138401')
    expect(decryptField(doc.walkInPhoneEncrypted!, t.deps.config.keys.idEncryption)).toBe('13800138401')
    expect(await auditModel(t.db).countDocuments({ action: 'appointment.walkInRecorded', targetId: res.body.id })).toBe(1)
    const view = await day(w.staffA)
    expect(view.body).toMatchObject({ working: false, counts: { walkIns: 1 } })
    const other = await t.http
      .post('/api/staff/appointments/walk-ins')
      .set(w.staffB.headers)
      .set('Idempotency-Key', newKey())
      .send({ departmentId: w.deptA, name: '王德福' })
    expect(other.status).toBe(403)
    const noName = await t.http.post('/api/staff/appointments/walk-ins').set(w.staffA.headers).set('Idempotency-Key', newKey()).send({ departmentId: w.deptA })
    expect(noName.status).toBe(400)
    expect(noName.body.fields).toHaveProperty('name')
  })
})

describe('opening templates and day exceptions', () => {
  it('lists my windows, their templates and bookable services; stale saves get 409; other windows 403', async () => {
    const list = await t.http.get('/api/staff/appointments/templates').set(w.staffA.headers)
    expect(list.status).toBe(200)
    expect(list.body.templates).toHaveLength(1)
    expect(list.body.templates[0]).toMatchObject({ id: w.templateId, revision: 1, capacity: 2, departmentId: w.deptA, guideId: null })
    expect(list.body.templates[0].daySlots).toHaveLength(11)
    expect(list.body.bookableGuides.map((g: { id: string }) => g.id)).toEqual([w.dibao])
    const stale = await t.http.put('/api/staff/appointments/templates').set(w.staffA.headers).send({ template: weekly(w.deptA), baseRevision: 0 })
    expect(stale.status).toBe(409)
    expect(stale.body.code).toBe('STALE_TEMPLATE')
    const foreign = await t.http.put('/api/staff/appointments/templates').set(w.staffB.headers).send({ template: weekly(w.deptA), baseRevision: 1 })
    expect(foreign.status).toBe(403)
    const bad = await t.http
      .put('/api/staff/appointments/templates')
      .set(w.staffA.headers)
      .send({ template: weekly(w.deptA, { sessions: [{ start: '09:00', end: '12:00' }, { start: '11:00', end: '13:00' }] }), baseRevision: 1 })
    expect(bad.status).toBe(400)
    expect(bad.body.message).toContain('不能重叠')
    const badEnd = await t.http
      .put('/api/staff/appointments/templates')
      .set(w.staffA.headers)
      .send({ template: weekly(w.deptA, { sessions: [{ start: '12:00', end: '09:00' }] }), baseRevision: 1 })
    expect(badEnd.body.message).toContain('结束时间要晚于开始时间')
    const wrongGuide = await t.http
      .put('/api/staff/appointments/templates')
      .set(w.admin.headers)
      .send({ template: weekly(w.deptA, { guideId: w.shebao }), baseRevision: 0 })
    expect(wrongGuide.status).toBe(400)
    expect(wrongGuide.body.code).toBe('GUIDE_NOT_AT_WINDOW')
  })

  it('a service-specific template wins over its window’s, and new capacity applies to the next booking', async () => {
    const own = await t.http
      .put('/api/staff/appointments/templates')
      .set(w.staffA.headers)
      .send({ template: weekly(w.deptA, { guideId: w.dibao, weekdays: [2, 4], sessions: [{ start: '09:00', end: '10:00' }], capacity: 1 }), baseRevision: 0 })
    expect(own.status).toBe(200)
    const avail = await t.http.get('/api/appointments/availability').query({ guideId: w.dibao })
    const wed = avail.body.days.find((d: { date: string }) => d.date === '2025-03-05')
    expect(wed.slots).toEqual([])
    const thu = avail.body.days.find((d: { date: string }) => d.date === '2025-03-06')
    expect(thu.slots.map((s: { start: string; capacity: number }) => `${s.start}/${s.capacity}`)).toEqual(['09:00/1', '09:30/1'])
    const raised = await t.http
      .put('/api/staff/appointments/templates')
      .set(w.staffA.headers)
      .send({ template: weekly(w.deptA, { guideId: w.dibao, weekdays: [2, 4], sessions: [{ start: '09:00', end: '10:00' }], capacity: 3 }), baseRevision: 1 })
    expect(raised.body.revision).toBe(2)
    await book(t, await resident(), { guideId: w.dibao, date: '2025-03-06', start: '09:30' })
    expect((await slotAt(t, '2025-03-06', '09:30'))!.capacity).toBe(3)
    const off = await t.http
      .put('/api/staff/appointments/templates')
      .set(w.staffA.headers)
      .send({ template: weekly(w.deptA, { guideId: w.dibao, active: false }), baseRevision: 2 })
    expect(off.status).toBe(200)
    expect((await t.http.get('/api/appointments/availability').query({ guideId: w.dibao })).body.bookable).toBe(false)
    await openingTemplateModel(t.db).deleteOne({ _id: own.body.id })
    expect((await t.http.get('/api/appointments/availability').query({ guideId: w.dibao })).body.bookable).toBe(true)
  })

  it('adds extra sessions on working days only and outside the usual hours', async () => {
    const put = (date: string, body: Record<string, unknown>) =>
      t.http.put(`/api/staff/appointments/templates/${w.templateId}/exceptions/${date}`).set(w.staffA.headers).send(body)
    const extra = await put('2025-03-07', { kind: 'extra', reason: '延时服务', sessions: [{ start: '17:30', end: '18:30' }], capacity: 1 })
    expect(extra.status).toBe(200)
    expect(extra.body).toMatchObject({ cancelledBookings: 0, exception: { kind: 'extra', date: '2025-03-07', capacity: 1 } })
    const avail = await t.http.get('/api/appointments/availability').query({ guideId: w.dibao })
    expect(avail.body.days.find((d: { date: string }) => d.date === '2025-03-07').slots.slice(-2).map((s: { start: string }) => s.start)).toEqual(['17:30', '18:00'])
    expect((await book(t, await resident(), { guideId: w.dibao, date: '2025-03-07', start: '18:00' })).status).toBe(201)
    const weekend = await put('2025-03-08', { kind: 'extra', reason: '加班', sessions: [{ start: '09:00', end: '10:00' }] })
    expect(weekend.status).toBe(400)
    expect(weekend.body.message).toContain('不是工作日')
    const overlap = await put('2025-03-10', { kind: 'extra', reason: '加开', sessions: [{ start: '11:00', end: '12:00' }] })
    expect(overlap.status).toBe(400)
    expect(overlap.body.code).toBe('EXTRA_OVERLAPS')
    expect((await put('2025-03-01', { kind: 'closed', reason: '过去' })).status).toBe(400)
    const removed = await t.http.delete(`/api/staff/appointments/templates/${w.templateId}/exceptions/2025-03-07`).set(w.staffA.headers)
    expect(removed.body).toEqual({ date: '2025-03-07', removed: true })
    const again = await t.http.delete(`/api/staff/appointments/templates/${w.templateId}/exceptions/2025-03-07`).set(w.staffA.headers)
    expect(again.body).toEqual({ date: '2025-03-07', removed: false })
  })

  it('closes a day: refuses while it has bookings, or cancels them with the seats and tells each person', async () => {
    const people = [await resident('甲'), await resident('乙')]
    const ids: string[] = []
    for (const p of people) ids.push((await book(t, p, { guideId: w.dibao, date: '2025-03-14', start: '09:00' })).body.id)
    const put = (body: Record<string, unknown>) =>
      t.http.put(`/api/staff/appointments/templates/${w.templateId}/exceptions/2025-03-14`).set(w.staffA.headers).send(body)
    const refused = await put({ kind: 'closed', reason: '窗口人员培训' })
    expect(refused.status).toBe(409)
    expect(refused.body.message).toContain('已经有 2 个预约')
    const closed = await put({ kind: 'closed', reason: '窗口人员培训', cancelExisting: true })
    expect(closed.status).toBe(200)
    expect(closed.body.cancelledBookings).toBe(2)
    for (const id of ids) expect((await stored(t, id))!.status).toBe('cancelled')
    expect((await slotAt(t, '2025-03-14', '09:00'))!.booked).toBe(0)
    expect(await inboxTitles(t, people[0]!)).toContain('预约已取消')
    const inbox = await t.http.get('/api/notices/inbox').set(people[1]!.headers)
    expect(inbox.body.items.find((i: { title: string }) => i.title === '预约已取消').body).toContain('窗口停约：窗口人员培训')
    const tryBook = await book(t, await resident(), { guideId: w.dibao, date: '2025-03-14', start: '10:00' })
    expect(tryBook.status).toBe(400)
    expect(tryBook.body.message).toContain('窗口停约：窗口人员培训')
  })
})
