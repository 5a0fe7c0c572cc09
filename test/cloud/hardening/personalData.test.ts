import { randomUUID } from 'node:crypto'
import { loadConfig } from '../../../cloud/src/config/env'
import { fieldKeyVersion } from '../../../cloud/src/lib/crypto'
import { reencryptFields } from '../../../cloud/src/lib/fieldKeys'
import { idNumberFrom, startTestApp, type SignedIn, type TestApp } from '../helpers/testApp'

const PHONE = '13912345678'
const ID_IN_TEXT = idNumberFrom('36073019800101123')

let t: TestApp
let admin: SignedIn
let ownStaff: SignedIn
let otherStaff: SignedIn
let resident: SignedIn
let caseId: string
let caseNumber: string
let submitKey: string

const key = () => randomUUID()
const submit = (k: string) =>
  t.http
    .post('/api/cases')
    .set(resident.headers)
    .set('Idempotency-Key', k)
    .send({
      type: 'help',
      category: 'social',
      text: `我的电话 ${PHONE}，身份证 ${ID_IN_TEXT}，低保申请一直没有消息，请帮忙问问。`,
      contactPreference: 'phone',
      contactPhone: PHONE
    })
const audits = (action: string) => t.db.collection('audit_log').find({ action, targetId: caseId }).toArray()

beforeAll(async () => {
  t = await startTestApp()
  admin = await t.signIn('admin')
  ownStaff = await t.signIn('staff')
  otherStaff = await t.signIn('staff', { departmentIds: [t.township.departmentIds[1]!] })
  resident = await t.signIn('resident')
  submitKey = key()
  const created = await submit(submitKey)
  expect(created.status).toBe(201)
  caseId = created.body.id
  caseNumber = created.body.number
})
afterAll(() => t.stop())

describe('the contact phone of a case', () => {
  it('is stored encrypted, never as typed', async () => {
    const stored = await t.db.collection('cases').findOne({ number: caseNumber })
    const { text, ...rest } = stored ?? {}
    expect(text).toContain(PHONE)
    expect(JSON.stringify(rest)).not.toContain(PHONE)
    expect(fieldKeyVersion(String(stored?.contactPhoneEncrypted))).toBe(1)
    expect(stored?.contactPhoneMasked).toBe('139****5678')
  })

  it('is masked in the staff view and revealed only to the handling staff, each read audited', async () => {
    const view = await t.http.get(`/api/staff/cases/${caseId}`).set(ownStaff.headers)
    expect(view.body.contactPhoneMasked).toBe('139****5678')
    expect(JSON.stringify(view.body)).not.toContain(`"${PHONE}"`)
    const before = (await audits('case.contactPhoneRead')).length
    const revealed = await t.http.get(`/api/staff/cases/${caseId}/contact-phone`).set(ownStaff.headers)
    expect(revealed.status).toBe(200)
    expect(revealed.body).toEqual({ phone: PHONE })
    const entries = await audits('case.contactPhoneRead')
    expect(entries).toHaveLength(before + 1)
    expect(String(entries.at(-1)?.actorId)).toBe(ownStaff.userId)
    const refused = await t.http.get(`/api/staff/cases/${caseId}/contact-phone`).set(otherStaff.headers)
    expect(refused.status).toBe(403)
    expect(JSON.stringify(refused.body)).not.toContain(PHONE)
    expect(await audits('case.contactPhoneRead')).toHaveLength(before + 1)
  })

  it('leaves no plaintext personal data in the stored answer of the submission, and the replay is the same answer', async () => {
    const records = await t.db.collection('idempotency_keys').find({ key: submitKey }).toArray()
    expect(records).toHaveLength(1)
    const stored = JSON.stringify(records[0])
    expect(stored).not.toContain(PHONE)
    expect(stored).not.toContain(ID_IN_TEXT)
    expect(stored).not.toContain('低保申请')
    const replay = await submit(submitKey)
    expect(replay.status).toBe(201)
    expect(replay.headers['idempotent-replayed']).toBe('true')
    expect(replay.body.id).toBe(caseId)
    expect(replay.body.text).toContain(PHONE)
  })
})

describe('personal data typed into the text', () => {
  it('is masked in the automatic title that lists and notices show', async () => {
    const queue = await t.http.get('/api/staff/cases').set(ownStaff.headers)
    const line = queue.body.items.find((c: { id: string }) => c.id === caseId)
    expect(line.title).toBe('我的电话 139****5678，身份证')
    expect(JSON.stringify(queue.body)).not.toContain(PHONE)
    const mine = await t.http.get('/api/cases/mine').set(resident.headers)
    expect(JSON.stringify(mine.body)).not.toContain(PHONE)
  })

  it('stays whole in the detail view, whose every read is audited', async () => {
    const before = (await audits('case.read')).length
    const detail = await t.http.get(`/api/staff/cases/${caseId}`).set(admin.headers)
    expect(detail.body.text).toContain(ID_IN_TEXT)
    const entries = await audits('case.read')
    expect(entries).toHaveLength(before + 1)
    expect(String(entries.at(-1)?.actorId)).toBe(admin.userId)
  })
})

describe('rotating the field key', () => {
  it('reads old and new versions during the change, and after re-encryption needs only the new key', async () => {
    const applicant = await t.signIn('resident')
    const signup = await t.http
      .post('/api/staff/signups')
      .set(applicant.headers)
      .set('Idempotency-Key', key())
      .send({ townshipId: t.township.id, realName: '钱进', idNumber: idNumberFrom('36073019910202456'), phone: '13700137000', departmentIds: [t.township.departmentIds[0]] })
    expect(signup.status).toBe(201)

    const devKey = t.deps.config.keys.idEncryption.keys.get(1)!.toString('base64')
    const newKey = Buffer.alloc(32, 42).toString('base64')
    const rollout = loadConfig({ NODE_ENV: 'test', ID_ENCRYPTION_KEY: newKey, ID_ENCRYPTION_KEY_VERSION: '2', ID_ENCRYPTION_OLD_KEYS: `1:${devKey}` })
    Object.assign(t.deps.config.keys, { idEncryption: rollout.keys.idEncryption })

    const old = await t.http.get(`/api/staff/cases/${caseId}/contact-phone`).set(ownStaff.headers)
    expect(old.body).toEqual({ phone: PHONE })
    const fresh = await t.http
      .post('/api/cases')
      .set(resident.headers)
      .set('Idempotency-Key', key())
      .send({ type: 'consult', category: 'social', text: '想问一下高龄补贴怎么申请。', contactPreference: 'phone', contactPhone: '13612345678' })
    expect(fresh.status).toBe(201)
    expect(fieldKeyVersion(String((await t.db.collection('cases').findOne({ number: fresh.body.number }))?.contactPhoneEncrypted))).toBe(2)

    const reports = await reencryptFields(t.db, t.deps.config.keys.idEncryption, t.deps.registry.encryptedFields)
    const of = (collection: string) => reports.find((r) => r.collection === collection)
    expect(of('cases')).toMatchObject({ reencrypted: 1, skipped: 0 })
    expect(of('staff_signups')).toMatchObject({ reencrypted: 1, skipped: 0 })
    expect(of('idempotency_keys')!.reencrypted).toBeGreaterThanOrEqual(2)
    expect((await reencryptFields(t.db, t.deps.config.keys.idEncryption, t.deps.registry.encryptedFields)).every((r) => r.reencrypted === 0)).toBe(true)

    const after = loadConfig({ NODE_ENV: 'test', ID_ENCRYPTION_KEY: newKey, ID_ENCRYPTION_KEY_VERSION: '2' })
    Object.assign(t.deps.config.keys, { idEncryption: after.keys.idEncryption })
    expect((await t.http.get(`/api/staff/cases/${caseId}/contact-phone`).set(ownStaff.headers)).body).toEqual({ phone: PHONE })
    const identity = await t.http.get(`/api/admin/staff-signups/${signup.body.id}/identity`).set(admin.headers)
    expect(identity.status).toBe(200)
    expect(identity.body.phone).toBe('13700137000')
    const replay = await submit(submitKey)
    expect(replay.body.id).toBe(caseId)
  })
})
