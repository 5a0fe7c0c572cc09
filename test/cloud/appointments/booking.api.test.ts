import { auditModel } from '../../../cloud/src/modules/audit/model'
import { calendarOverrideModel } from '../../../cloud/src/modules/calendar/model'
import { Types } from 'mongoose'
import { T0, startTestApp, type SignedIn, type TestApp } from '../helpers/testApp'
import { book, buildWorld, cancel, inboxTitles, newKey, slotAt, stored, type BookingWorld } from './fixture'

let t: TestApp
let w: BookingWorld

beforeAll(async () => {
  t = await startTestApp()
  w = await buildWorld(t)
})
afterAll(() => t.stop())
beforeEach(() => t.clock.set(T0))

const TUE = '2025-03-04'
const WED = '2025-03-05'

async function resident(name = '李秀英'): Promise<SignedIn> {
  return t.signIn('resident', { displayName: name })
}

describe('GET /api/appointments/availability', () => {
  it('lists every day of the horizon with slots on working days only, seats left and what has closed', async () => {
    const res = await t.http.get('/api/appointments/availability').query({ guideId: w.dibao })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ bookable: true, guideTitle: '最低生活保障申请', today: '2025-03-03' })
    expect(res.body.rules).toEqual({ slotMinutes: 30, closeBeforeMinutes: 60, changeBeforeMinutes: 120, horizonDays: 14 })
    const days = res.body.days as { date: string; open: boolean; closedReason: string | null; slots: { start: string; state: string; remaining: number }[] }[]
    expect(days[0]!.date).toBe('2025-03-03')
    expect(days.at(-1)!.date).toBe('2025-03-17')
    const saturday = days.find((d) => d.date === '2025-03-08')!
    expect(saturday).toMatchObject({ open: false, closedReason: '周末休息', slots: [] })
    const today = days[0]!.slots
    expect(today.find((s) => s.start === '09:00')!.state).toBe('closed')
    expect(today.find((s) => s.start === '10:00')!.state).toBe('closed')
    expect(today.find((s) => s.start === '10:30')).toMatchObject({ state: 'open', remaining: 2 })
    expect(days.find((d) => d.date === TUE)!.slots).toHaveLength(11)
  })

  it('says plainly when a service needs no appointment, and when its window has no online booking', async () => {
    const none = await t.http.get('/api/appointments/availability').query({ guideId: w.noAppointment })
    expect(none.status).toBe(400)
    expect(none.body).toMatchObject({ code: 'APPOINTMENT_NOT_OFFERED' })
    expect(none.body.message).toMatch(/不需要预约，工作时间直接到窗口办理/)
    const closed = await t.http.get('/api/appointments/availability').query({ guideId: w.shebao })
    expect(closed.status).toBe(200)
    expect(closed.body).toMatchObject({ bookable: false, days: [] })
    expect(closed.body.reason).toMatch(/暂未开通网上预约.*不预约也一样给您办/)
    const bad = await t.http.get('/api/appointments/availability').query({ guideId: 'nope' })
    expect(bad.status).toBe(400)
    expect(await t.http.get('/api/appointments/availability').query({ guideId: '0123456789abcdef01234567' }).then((r) => r.status)).toBe(404)
  })
})

describe('POST /api/appointments', () => {
  it('books a slot: a 4-character code without look-alikes, its QR text, the confirmation in the inbox', async () => {
    const me = await resident()
    const res = await book(t, me, { guideId: w.dibao, date: TUE, start: '09:00' })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({
      status: 'booked',
      source: 'online',
      date: TUE,
      start: '09:00',
      end: '09:30',
      startsAt: '2025-03-04T01:00:00.000Z',
      applicantName: '李秀英',
      onBehalf: false,
      canCancel: true,
      guide: { id: w.dibao, title: '最低生活保障申请' }
    })
    expect(res.body.code).toMatch(/^[2-9A-HJ-NP-Z]{4}$/)
    expect(res.body.qrText).toBe(`XLB1:20250304:${res.body.code}`)
    expect(res.body.changeDeadline).toBe('2025-03-03T23:00:00.000Z')
    expect((await slotAt(t, TUE, '09:00'))!.booked).toBe(1)
    expect(await inboxTitles(t, me)).toEqual(['预约成功'])
    const mine = await t.http.get('/api/appointments/mine').set(me.headers)
    expect(mine.body.map((b: { id: string }) => b.id)).toEqual([res.body.id])
  })

  it('returns the same booking for a retry with the same Idempotency-Key, and books nothing twice', async () => {
    const me = await resident()
    const key = newKey()
    const first = await book(t, me, { guideId: w.dibao, date: TUE, start: '09:30' }, { key })
    const again = await book(t, me, { guideId: w.dibao, date: TUE, start: '09:30' }, { key })
    expect(again.status).toBe(201)
    expect(again.headers['idempotent-replayed']).toBe('true')
    expect(again.body).toEqual(first.body)
    expect((await slotAt(t, TUE, '09:30'))!.booked).toBe(1)
    const changed = await book(t, me, { guideId: w.dibao, date: TUE, start: '10:00' }, { key })
    expect(changed.status).toBe(409)
    expect(changed.body.code).toBe('IDEMPOTENCY_KEY_REUSED')
  })

  it('refuses a second active booking of the same service on the same day (409), but not another day', async () => {
    const me = await resident()
    expect((await book(t, me, { guideId: w.dibao, date: WED, start: '09:00' })).status).toBe(201)
    const second = await book(t, me, { guideId: w.dibao, date: WED, start: '14:00' })
    expect(second.status).toBe(409)
    expect(second.body.code).toBe('ALREADY_BOOKED')
    expect(second.body.message).toContain('同一事项一天只能约一次')
    expect(second.body.message).toContain('09:00')
    expect((await slotAt(t, WED, '14:00'))?.booked ?? 0).toBe(0)
    expect((await book(t, me, { guideId: w.dibao, date: '2025-03-06', start: '14:00' })).status).toBe(201)
  })

  it('gives the last seats to exactly as many concurrent requests as there are seats', async () => {
    const people = await Promise.all(Array.from({ length: 8 }, (_, i) => resident(`群众${i}`)))
    const answers = await Promise.all(people.map((p) => book(t, p, { guideId: w.dibao, date: '2025-03-07', start: '10:30' })))
    const statuses = answers.map((a) => a.status).sort()
    expect(statuses).toEqual([201, 201, 409, 409, 409, 409, 409, 409])
    for (const a of answers.filter((x) => x.status === 409)) expect(a.body).toMatchObject({ code: 'SLOT_FULL', message: expect.stringContaining('约满') })
    const slot = (await slotAt(t, '2025-03-07', '10:30'))!
    expect(slot.booked).toBe(2)
    expect(slot.holders.map((h) => String(h.id)).sort()).toEqual(answers.filter((a) => a.status === 201).map((a) => a.body.id).sort())
  })

  it('lets one applicant win only one of two concurrent bookings of the same service and day', async () => {
    const me = await resident()
    const [a, b] = await Promise.all([
      book(t, me, { guideId: w.dibao, date: '2025-03-10', start: '09:00' }),
      book(t, me, { guideId: w.dibao, date: '2025-03-10', start: '15:00' })
    ])
    expect([a.status, b.status].sort()).toEqual([201, 409])
    const seats = ((await slotAt(t, '2025-03-10', '09:00'))?.booked ?? 0) + ((await slotAt(t, '2025-03-10', '15:00'))?.booked ?? 0)
    expect(seats).toBe(1)
  })

  it('answers bad days and times with a 4xx saying what to do, never a 500', async () => {
    const me = await resident()
    const cases: [Record<string, unknown>, number, string, RegExp][] = [
      [{ guideId: w.dibao, date: '2025-03-02', start: '09:00' }, 400, 'DATE_PASSED', /已经过去了/],
      [{ guideId: w.dibao, date: '2025-03-20', start: '09:00' }, 400, 'DATE_TOO_FAR', /只能预约 14 天以内/],
      [{ guideId: w.dibao, date: '2025-03-08', start: '09:00' }, 400, 'DAY_CLOSED', /3月8日 周六周末休息/],
      [{ guideId: w.dibao, date: TUE, start: '12:00' }, 400, 'NO_SUCH_SLOT', /没有 12:00 开始的时段/],
      [{ guideId: w.dibao, date: '2025-03-03', start: '09:00' }, 409, 'SLOT_PASSED', /已经过了/],
      [{ guideId: w.dibao, date: '2025-03-03', start: '10:00' }, 409, 'BOOKING_CLOSED', /开始前 1 小时停止预约/],
      [{ guideId: w.dibao, date: '2025-02-30', start: '09:00' }, 400, 'VALIDATION_FAILED', /日期格式/],
      [{ guideId: w.dibao, date: TUE, start: '9点' }, 400, 'VALIDATION_FAILED', /时:分/],
      [{ guideId: w.noAppointment, date: TUE, start: '09:00' }, 400, 'APPOINTMENT_NOT_OFFERED', /不需要预约/],
      [{ guideId: w.shebao, date: TUE, start: '09:00' }, 409, 'BOOKING_NOT_OPEN', /暂未开通网上预约/]
    ]
    for (const [body, status, code, message] of cases) {
      const res = await book(t, me, body)
      expect({ body, status: res.status, code: res.body.code }).toEqual({ body, status, code })
      expect(res.body.message).toMatch(message)
    }
    const noKey = await t.http.post('/api/appointments').set(me.headers).send({ guideId: w.dibao, date: TUE, start: '09:00' })
    expect(noKey.status).toBe(400)
    expect(noKey.body.code).toBe('IDEMPOTENCY_KEY_REQUIRED')
    const anonymous = await t.http.post('/api/appointments').set('Idempotency-Key', newKey()).send({ guideId: w.dibao, date: TUE, start: '09:00' })
    expect(anonymous.status).toBe(401)
  })

  it('refuses official holidays and days the township closed, naming the day', async () => {
    t.clock.set('2025-03-31T09:00:00+08:00')
    const me = await resident()
    const qingming = await book(t, me, { guideId: w.dibao, date: '2025-04-04', start: '09:00' })
    expect(qingming.status).toBe(400)
    expect(qingming.body.message).toBe('4月4日 周五清明节放假，请选其他日子')
    await calendarOverrideModel(t.db).create({
      townshipId: new Types.ObjectId(t.township.id),
      date: '2025-04-02',
      kind: 'closed',
      reason: '防汛抢险',
      createdBy: new Types.ObjectId(w.admin.userId),
      createdAt: t.clock.now(),
      updatedBy: new Types.ObjectId(w.admin.userId),
      updatedAt: t.clock.now()
    })
    const flood = await book(t, me, { guideId: w.dibao, date: '2025-04-02', start: '09:00' })
    expect(flood.status).toBe(400)
    expect(flood.body.message).toContain('停止办公：防汛抢险')
    const avail = await t.http.get('/api/appointments/availability').query({ guideId: w.dibao })
    expect(avail.body.days.find((d: { date: string }) => d.date === '2025-04-02')).toMatchObject({ open: false, slots: [] })
  })
})

describe('an assistant books for a person they help', () => {
  it('records submitter ≠ applicant, tells the assistant, audits it; refuses without a consent', async () => {
    const assistant = await t.signIn('assistant', { displayName: '陈晓燕' })
    const added = await t.http
      .post('/api/assistant/people')
      .set(assistant.headers)
      .set('Idempotency-Key', newKey())
      .send({ name: '李桂兰', villageId: t.township.villageIds[0], consentHow: 'signed_paper' })
    expect(added.status).toBe(201)
    const res = await book(t, assistant, { guideId: w.dibao, date: TUE, start: '14:00' }, { actingFor: added.body.personId })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ applicantName: '李桂兰', onBehalf: true })
    const doc = (await stored(t, res.body.id))!
    expect(String(doc.acting.submitterId)).toBe(assistant.userId)
    expect(String(doc.acting.applicantPersonId)).toBe(added.body.personId)
    expect(String(doc.acting.consentId)).toBe(added.body.consent.id)
    const audit = await auditModel(t.db).findOne({ action: 'appointment.bookedOnBehalf', targetId: res.body.id }).lean()
    expect(String(audit!.onBehalfOfPersonId)).toBe(added.body.personId)
    expect((await t.http.get('/api/appointments/mine').set(assistant.headers)).body.map((b: { id: string }) => b.id)).toContain(res.body.id)
    const inbox = await t.http.get('/api/notices/inbox').set(assistant.headers)
    expect(inbox.body.items[0].body).toMatch(/^【您代李桂兰办理】您已预约/)

    const stranger = await t.signIn('assistant')
    const refused = await book(t, stranger, { guideId: w.dibao, date: TUE, start: '14:30' }, { actingFor: added.body.personId })
    expect(refused.status).toBe(403)
    const resident2 = await resident()
    expect((await book(t, resident2, { guideId: w.dibao, date: TUE, start: '14:30' }, { actingFor: added.body.personId })).status).toBe(403)
  })
})

describe('cancel and reschedule', () => {
  it('gives the seat back exactly once, however often and however concurrently cancel is sent', async () => {
    const me = await resident()
    const b = await book(t, me, { guideId: w.dibao, date: '2025-03-11', start: '09:00' })
    const other = await resident()
    await book(t, other, { guideId: w.dibao, date: '2025-03-11', start: '09:00' })
    expect((await slotAt(t, '2025-03-11', '09:00'))!.booked).toBe(2)
    const answers = await Promise.all([cancel(t, me, b.body.id), cancel(t, me, b.body.id), cancel(t, me, b.body.id)])
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200])
    for (const a of answers) expect(a.body).toMatchObject({ status: 'cancelled', canCancel: false })
    const slot = (await slotAt(t, '2025-03-11', '09:00'))!
    expect(slot.booked).toBe(1)
    expect(slot.holders).toHaveLength(1)
    expect((await cancel(t, me, b.body.id)).body.status).toBe('cancelled')
    expect((await slotAt(t, '2025-03-11', '09:00'))!.booked).toBe(1)
    expect((await inboxTitles(t, me)).sort()).toEqual(['预约成功', '预约已取消'].sort())
    expect((await book(t, me, { guideId: w.dibao, date: '2025-03-11', start: '09:00' })).status).toBe(201)
  })

  it('stops online changes at the cut-off and tells whom to call', async () => {
    const me = await resident()
    const b = await book(t, me, { guideId: w.dibao, date: TUE, start: '10:30' })
    t.clock.set('2025-03-04T08:31:00+08:00')
    const late = await cancel(t, me, b.body.id)
    expect(late.status).toBe(409)
    expect(late.body.code).toBe('CHANGE_CLOSED')
    expect(late.body.message).toContain('离办理时间不到 2 小时')
    const moved = await t.http
      .post(`/api/appointments/${b.body.id}/reschedule`)
      .set(me.headers)
      .set('Idempotency-Key', newKey())
      .send({ date: '2025-03-06', start: '09:00' })
    expect(moved.status).toBe(409)
    expect((await slotAt(t, TUE, '10:30'))!.booked).toBe(1)
  })

  it("hides someone else's booking (404) and lets nobody else cancel it", async () => {
    const owner = await resident()
    const b = await book(t, owner, { guideId: w.dibao, date: WED, start: '10:30' })
    const nosy = await resident('王五')
    expect((await t.http.get(`/api/appointments/${b.body.id}`).set(nosy.headers)).status).toBe(404)
    const attempt = await cancel(t, nosy, b.body.id)
    expect(attempt.status).toBe(404)
    expect(attempt.body.message).toContain('没有找到这个预约')
    expect((await t.http.get(`/api/appointments/${b.body.id}`).set(w.staffA.headers)).status).toBe(404)
    expect((await stored(t, b.body.id))!.status).toBe('booked')
    expect((await t.http.get('/api/appointments/nope').set(owner.headers)).status).toBe(400)
  })

  it('moves a booking to another slot: the new seat first, then the old one back; a full target changes nothing', async () => {
    const me = await resident()
    const b = await book(t, me, { guideId: w.dibao, date: '2025-03-12', start: '09:00' })
    const moved = await t.http
      .post(`/api/appointments/${b.body.id}/reschedule`)
      .set(me.headers)
      .set('Idempotency-Key', newKey())
      .send({ date: '2025-03-13', start: '14:00' })
    expect(moved.status).toBe(200)
    expect(moved.body).toMatchObject({ id: b.body.id, date: '2025-03-13', start: '14:00', status: 'booked' })
    expect(moved.body.qrText).toBe(`XLB1:20250313:${moved.body.code}`)
    expect((await slotAt(t, '2025-03-12', '09:00'))!.booked).toBe(0)
    expect((await slotAt(t, '2025-03-13', '14:00'))!.booked).toBe(1)
    expect((await inboxTitles(t, me)).sort()).toEqual(['预约已改期', '预约成功'].sort())

    await book(t, await resident(), { guideId: w.dibao, date: '2025-03-13', start: '16:00' })
    await book(t, await resident(), { guideId: w.dibao, date: '2025-03-13', start: '16:00' })
    const full = await t.http
      .post(`/api/appointments/${b.body.id}/reschedule`)
      .set(me.headers)
      .set('Idempotency-Key', newKey())
      .send({ date: '2025-03-13', start: '16:00' })
    expect(full.status).toBe(409)
    expect(full.body.code).toBe('SLOT_FULL')
    const after = (await stored(t, b.body.id))!
    expect(after).toMatchObject({ date: '2025-03-13', start: '14:00', status: 'booked', pendingMove: null })
    expect((await slotAt(t, '2025-03-13', '16:00'))!.booked).toBe(2)
    expect((await slotAt(t, '2025-03-13', '14:00'))!.booked).toBe(1)
  })
})
