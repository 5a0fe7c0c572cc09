import { randomUUID } from 'node:crypto'
import { sweepCaseDeadlines } from '../../../cloud/src/modules/cases/jobs'
import { startTestApp, type SignedIn, type TestApp } from '../helpers/testApp'

// The State Council's 2027 schedule is not in chinese-days 1.5.7. The schedule entered below is
// test input shaped like a yearly notice, not the real 2027 arrangement.
const SCHEDULE = {
  holidays: [
    { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
    { name: '春节', from: '2027-02-06', to: '2027-02-13' }
  ],
  workdays: [{ name: '春节', date: '2027-02-20' }]
}
const NOTE = '2027年节假日安排未录入，期限可能调整'

let t: TestApp
let admin: SignedIn
let staff: SignedIn
let resident: SignedIn
let caseId: string

const enter = (body: object) => t.http.put('/api/admin/calendar/official/2027').set(admin.headers).send(body)
const queueLine = async () => (await t.http.get('/api/staff/cases').set(staff.headers)).body.items.find((c: { id: string }) => c.id === caseId)

beforeAll(async () => {
  t = await startTestApp()
  t.clock.set('2026-12-31T09:00:00+08:00')
  admin = await t.signIn('admin')
  staff = await t.signIn('staff')
  resident = await t.signIn('resident')
  const created = await t.http
    .post('/api/cases')
    .set(resident.headers)
    .set('Idempotency-Key', randomUUID())
    .send({ type: 'complaint', category: 'social', text: '村里的自来水停了三天，没有人通知。' })
  expect(created.status).toBe(201)
  caseId = created.body.id
})
afterAll(() => t.stop())

describe('a deadline that reaches into 2027 before its schedule is entered', () => {
  it('is marked provisional in the staff answers', async () => {
    const line = await queueLine()
    expect(line.deadline).toMatchObject({ kind: 'accept', dueDate: '2027-01-01', provisionalNote: NOTE })
    const detail = await t.http.get(`/api/staff/cases/${caseId}`).set(staff.headers)
    expect(detail.body.deadline.provisionalNote).toBe(NOTE)
  })

  it('has the admin warned from 1 November, and staff cannot see or enter the schedule', async () => {
    const status = await t.http.get('/api/admin/calendar/status').set(admin.headers)
    expect(status.body).toMatchObject({ year: 2027, officialScheduleKnown: false })
    expect(status.body.warning).toContain('2027年法定节假日安排尚未录入')
    t.clock.set('2026-10-31T09:00:00+08:00')
    expect((await t.http.get('/api/admin/calendar/status').set(admin.headers)).body).toMatchObject({ year: 2026, officialScheduleKnown: true, warning: null })
    t.clock.set('2026-12-31T09:00:00+08:00')
    expect((await t.http.get('/api/admin/calendar/status').set(staff.headers)).status).toBe(403)
    expect((await t.http.put('/api/admin/calendar/official/2027').set(staff.headers).send(SCHEDULE)).status).toBe(403)
  })

  it('refuses a schedule with a date outside the year, a range backwards or a day named twice, saying which', async () => {
    const outside = await enter({ holidays: [{ name: '元旦', from: '2026-12-31', to: '2027-01-01' }] })
    expect(outside.status).toBe(400)
    expect(outside.body.fields['holidays.0.from']).toBe('2026-12-31 不在 2027 年，请核对')
    const backwards = await enter({ holidays: [{ name: '春节', from: '2027-02-13', to: '2027-02-06' }] })
    expect(backwards.status).toBe(400)
    expect(backwards.body.fields['holidays.0.to']).toBe('春节的结束日期早于开始日期，请核对')
    const twice = await enter({ ...SCHEDULE, workdays: [{ name: '春节', date: '2027-02-07' }] })
    expect(twice.status).toBe(400)
    expect(twice.body.fields['workdays.0.date']).toContain('填了两次')
    expect((await enter({ holidays: [] })).body.fields.holidays).toBe('请至少填写一个节日的放假日期')
  })

  it('entered in one go, moves the open deadline, tells the resident and stops being provisional', async () => {
    const res = await enter(SCHEDULE)
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ year: 2027, holidays: 11, workdays: 1, removed: 0 })
    expect((await t.http.get('/api/admin/calendar/status').set(admin.headers)).body).toMatchObject({ officialScheduleKnown: true, warning: null })
    const calendar = await t.http.get(`/api/townships/${t.township.id}/calendar`).query({ from: '2027-01-01', to: '2027-01-04' })
    expect(calendar.body.unknownYears).toEqual([])
    expect(calendar.body.days.map((d: { working: boolean; name: string }) => [d.working, d.name])).toEqual([
      [false, '元旦放假'],
      [false, '元旦放假'],
      [false, '元旦放假'],
      [true, '周一']
    ])

    const sweep = await sweepCaseDeadlines(t.deps)
    expect(sweep.recomputed).toBe(1)
    expect((await queueLine()).deadline).toMatchObject({ dueDate: '2027-01-04', provisionalNote: null })
    const mine = await t.http.get(`/api/cases/${caseId}`).set(resident.headers)
    expect(mine.body.timeline.at(-1)).toMatchObject({ action: 'moveDeadline', text: '因工作日历调整，受理期限由 2027-01-01 改为 2027-01-04' })
    const inbox = await t.http.get('/api/notices/inbox').set(resident.headers)
    expect(inbox.body.items[0]).toMatchObject({ title: '办理期限调整' })
    expect(inbox.body.items[0].body).toContain('改为 2027-01-04')
    expect((await sweepCaseDeadlines(t.deps)).recomputed).toBe(0)

    const audit = await t.db.collection('audit_log').findOne({ action: 'calendar.officialScheduleEntered' })
    expect(audit?.detail).toBe('录入 2027 年法定节假日安排：放假 11 天，调休上班 1 天')
  })

  it('entered again replaces the year: the same schedule changes nothing, a corrected one drops the days left out', async () => {
    expect((await enter(SCHEDULE)).body).toEqual({ year: 2027, holidays: 11, workdays: 1, removed: 0 })
    const corrected = await enter({ holidays: [SCHEDULE.holidays[0]], workdays: [] })
    expect(corrected.body).toEqual({ year: 2027, holidays: 3, workdays: 0, removed: 9 })
    const feb = await t.http.get(`/api/townships/${t.township.id}/calendar`).query({ from: '2027-02-08', to: '2027-02-08' })
    expect(feb.body.days[0]).toMatchObject({ working: true, officialScheduleKnown: true })
  })
})
