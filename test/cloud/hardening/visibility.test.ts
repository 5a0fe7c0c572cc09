import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import { sweepPendingEvents } from '../../../cloud/src/modules/notices/relay'
import { idNumberFrom, startTestApp, type SignedIn, type TestApp } from '../helpers/testApp'

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64')

let t: TestApp
let dataDir: string
let admin: SignedIn
let ownStaff: SignedIn
let otherStaff: SignedIn
let farStaff: SignedIn
let resident: SignedIn
let stranger: SignedIn
let caseId: string
let photoUrl: string

const key = () => randomUUID()

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'xlb-visibility-'))
  t = await startTestApp({ env: { DATA_DIR: dataDir } })
  admin = await t.signIn('admin')
  ownStaff = await t.signIn('staff', { displayName: '民政办小李' })
  otherStaff = await t.signIn('staff', { displayName: '退役军人服务站小王', departmentIds: [t.township.departmentIds[1]!] })
  farStaff = await t.signIn('staff', { township: await t.addTownship('另一个镇') })
  resident = await t.signIn('resident')
  stranger = await t.signIn('resident')

  const photo = await t.http.post('/api/uploads/photos').set(resident.headers).set('Idempotency-Key', key()).send({ dataBase64: PNG.toString('base64') })
  expect(photo.status).toBe(201)
  photoUrl = photo.body.url
  const created = await t.http
    .post('/api/cases')
    .set(resident.headers)
    .set('Idempotency-Key', key())
    .send({ type: 'complaint', category: 'social', text: '村口路灯坏了一个月，晚上老人出门不方便。', photoIds: [photo.body.id] })
  expect(created.status).toBe(201)
  caseId = created.body.id
  expect(created.body.departmentName).toBe('民政办')
  const accepted = await t.http.post(`/api/staff/cases/${caseId}/accept`).set(ownStaff.headers).set('Idempotency-Key', key()).send({})
  expect(accepted.status).toBe(200)
  await sweepPendingEvents(t.deps)
})
afterAll(async () => {
  await t.stop()
  rmSync(dataDir, { recursive: true, force: true })
})

const records = (who: SignedIn, subjectId: string) => t.http.get('/api/staff/notices').query({ subjectId }).set(who.headers)

describe('notice records follow their subject', () => {
  it('shows a case’s records to its department’s staff and the admin', async () => {
    for (const who of [ownStaff, admin]) {
      const res = await records(who, caseId)
      expect(res.status).toBe(200)
      expect(res.body.map((r: { type: string }) => r.type)).toContain('case.accepted')
    }
  })

  it('answers 403 to staff of another department and 404 to staff of another township', async () => {
    const other = await records(otherStaff, caseId)
    expect(other.status).toBe(403)
    expect(other.body.message).toContain('不归您所在的站所')
    expect(JSON.stringify(other.body)).not.toContain('case.accepted')
    expect((await records(farStaff, caseId)).status).toBe(404)
  })

  it('keeps the records of a staff sign-up to the admin', async () => {
    const applicant = await t.signIn('resident')
    const signup = await t.http
      .post('/api/staff/signups')
      .set(applicant.headers)
      .set('Idempotency-Key', key())
      .send({ townshipId: t.township.id, realName: '赵敏', idNumber: idNumberFrom('36073019900101123'), phone: '13800138000', departmentIds: [t.township.departmentIds[0]] })
    expect(signup.status).toBe(201)
    await sweepPendingEvents(t.deps)
    const forAdmin = await records(admin, signup.body.id)
    expect(forAdmin.status).toBe(200)
    expect(forAdmin.body.map((r: { type: string }) => r.type)).toContain('staffSignup.submitted')
    expect((await records(ownStaff, signup.body.id)).status).toBe(403)
  })

  it('has no staff-reachable endpoint under /api/admin', async () => {
    expect((await t.http.get('/api/admin/notices').query({ subjectId: caseId }).set(ownStaff.headers)).status).toBe(404)
    expect((await t.http.get('/api/admin/audit').set(ownStaff.headers)).status).toBe(403)
  })
})

describe('photos follow their case', () => {
  it('serves a case photo to the uploader, the department’s staff and the admin', async () => {
    for (const who of [resident, ownStaff, admin]) {
      const res = await t.http.get(photoUrl).set(who.headers)
      expect(res.status).toBe(200)
      expect(Buffer.compare(res.body as Buffer, PNG)).toBe(0)
    }
  })

  it('answers 404 to staff of another department or township and to another resident', async () => {
    for (const who of [otherStaff, farStaff, stranger]) expect((await t.http.get(photoUrl).set(who.headers)).status).toBe(404)
  })
})
