import { resolveActing } from '../../cloud/src/modules/people/acting'
import { AppError } from '../../cloud/src/lib/errors'
import type { AuthedUser } from '../../cloud/src/lib/types'
import { personModel } from '../../cloud/src/modules/people/model'
import { auditModel } from '../../cloud/src/modules/audit/model'
import { userModel } from '../../cloud/src/modules/users/model'
import { toAuthedUser } from '../../cloud/src/modules/auth/sessions'
import { idNumberFrom, startTestApp, type SignedIn, type TestApp } from './helpers/testApp'

let t: TestApp
let assistant: SignedIn

beforeAll(async () => {
  t = await startTestApp()
  assistant = await t.signIn('assistant', { displayName: '网格员小周' })
})
afterAll(() => t.stop())

/** The app's deps as a request acting for `personId` (or for oneself) sees them. */
const actingAs = (personId: string | null = null) => ({ ...t.deps, request: { ...t.deps.request, actingFor: personId } })

async function authed(signedIn: SignedIn): Promise<AuthedUser> {
  return toAuthedUser((await userModel(t.db).findById(signedIn.userId))!, 'test-session')
}

const add = (body: Record<string, unknown>, key = `k-${Math.random()}`) =>
  t.http.post('/api/assistant/people').set(assistant.headers).set('Idempotency-Key', key).send(body)

const elder = (over: Record<string, unknown> = {}) => ({
  name: '张奶奶',
  villageId: t.township.villageIds[0],
  group: '一组',
  phone: '13912345678',
  consentHow: 'signed_paper',
  ...over
})

async function rejection(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e
  )
  expect(err).toBeInstanceOf(AppError)
  return err as AppError
}

describe('resolveActing', () => {
  it('acts for oneself without the header, creating the own Person once', async () => {
    const resident = await t.signIn('resident', { displayName: '赵大爷' })
    const user = await authed(resident)
    const first = await resolveActing(actingAs(), user)
    expect(first).toMatchObject({ submitterId: resident.userId, submitterRole: 'resident', applicantName: '赵大爷', onBehalf: false, consentId: null })
    const again = await Promise.all([resolveActing(actingAs(), user), resolveActing(actingAs(), user)])
    expect(again.map((a) => a.applicantPersonId)).toEqual([first.applicantPersonId, first.applicantPersonId])
    expect(await personModel(t.db).countDocuments({ userId: resident.userId })).toBe(1)
  })

  it('refuses acting for someone without a consent record (403)', async () => {
    const other = await personModel(t.db).create({ townshipId: t.township.id, name: '陌生人', createdBy: assistant.userId })
    const err = await rejection(resolveActing(actingAs(String(other._id)), await authed(assistant)))
    expect(err.status).toBe(403)
    expect(err.message).toBe('您还没有代这位群众办事的授权记录')
  })

  it('returns an on-behalf ActingRecord with the consent', async () => {
    const added = await add(elder({ name: '钱奶奶' }))
    expect(added.status).toBe(201)
    const record = await resolveActing(actingAs(added.body.personId), await authed(assistant))
    expect(record).toEqual({
      submitterId: assistant.userId,
      submitterRole: 'assistant',
      applicantPersonId: added.body.personId,
      applicantName: '钱奶奶',
      onBehalf: true,
      consentId: added.body.consent.id
    })
  })

  it('refuses residents who send the header, and malformed ids', async () => {
    const added = await add(elder({ name: '孙爷爷' }))
    const resident = await t.signIn('resident')
    const asResident = await rejection(resolveActing(actingAs(added.body.personId), await authed(resident)))
    expect(asResident.status).toBe(403)
    const malformed = await rejection(resolveActing(actingAs('nope'), await authed(assistant)))
    expect(malformed.status).toBe(400)
  })

  it('stops working once the consent is revoked', async () => {
    const added = await add(elder({ name: '李奶奶' }))
    const revoke = await t.http
      .post(`/api/assistant/consents/${added.body.consent.id}/revoke`)
      .set(assistant.headers)
      .send({ reason: '老人的子女回来了' })
    expect(revoke.status).toBe(204)
    const err = await rejection(resolveActing(actingAs(added.body.personId), await authed(assistant)))
    expect(err.status).toBe(403)
    const list = await t.http.get('/api/assistant/people').set(assistant.headers)
    expect((list.body as { personId: string }[]).some((p) => p.personId === added.body.personId)).toBe(false)
    expect(await auditModel(t.db).countDocuments({ action: 'consent.revoked', targetId: added.body.consent.id })).toBe(1)
  })
})

describe('/api/assistant/people', () => {
  it('adds a person with a consent and lists them masked', async () => {
    const id = idNumberFrom('36073019400101123')
    const res = await add(elder({ name: '周爷爷', idNumber: id, consentGivenAt: '2025-03-01T10:00:00+08:00' }))
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({
      name: '周爷爷',
      villageId: t.township.villageIds[0],
      group: '一组',
      phoneMasked: '139****5678',
      idNumberMasked: `${id.slice(0, 6)}********${id.slice(-4)}`,
      hasAccount: false,
      consent: { how: 'signed_paper', givenAt: '2025-03-01T02:00:00.000Z' }
    })
    const list = await t.http.get('/api/assistant/people').set(assistant.headers)
    expect(list.status).toBe(200)
    expect((list.body as { personId: string }[]).map((p) => p.personId)).toContain(res.body.personId)
    expect(JSON.stringify(list.body)).not.toContain('13912345678')
    expect(JSON.stringify(list.body)).not.toContain(id)
    const raw = JSON.stringify(await t.db.collection('people').findOne({ name: '周爷爷' }))
    expect(raw).not.toContain(id)
    expect(raw).not.toContain('13912345678')
    expect(await auditModel(t.db).countDocuments({ action: 'consent.recorded', onBehalfOfPersonId: res.body.personId })).toBe(1)
  })

  it('is idempotent: a retry with the same key adds nobody twice', async () => {
    const body = elder({ name: '吴奶奶', phone: undefined })
    const a = await add(body, 'people-key-1')
    const b = await add(body, 'people-key-1')
    expect(b.body).toEqual(a.body)
    expect(await personModel(t.db).countDocuments({ name: '吴奶奶' })).toBe(1)
  })

  it('reuses a person known by ID number and refuses a second live consent', async () => {
    const id = idNumberFrom('36073019450202234')
    const first = await add(elder({ name: '郑爷爷', idNumber: id }))
    const other = await t.signIn('assistant')
    const second = await t.http
      .post('/api/assistant/people')
      .set(other.headers)
      .set('Idempotency-Key', 'other-assistant')
      .send(elder({ name: '郑爷爷', idNumber: id, consentHow: 'phone' }))
    expect(second.status).toBe(201)
    expect(second.body.personId).toBe(first.body.personId)
    const dup = await add(elder({ name: '郑爷爷', idNumber: id }))
    expect(dup.status).toBe(409)
    expect(dup.body.code).toBe('CONSENT_EXISTS')
  })

  it('checks the village, the group and the consent time', async () => {
    const other = await t.addTownship('大关镇')
    expect((await add(elder({ villageId: other.villageIds[0] }))).body.code).toBe('VILLAGE_NOT_FOUND')
    expect((await add(elder({ group: '九组' }))).body.code).toBe('GROUP_NOT_FOUND')
    expect((await add(elder({ consentGivenAt: '2030-01-01T00:00:00Z' }))).body.code).toBe('CONSENT_IN_FUTURE')
    expect((await add(elder({ consentHow: 'telepathy' }))).status).toBe(400)
  })

  it('is for assistants only', async () => {
    const resident = await t.signIn('resident')
    expect((await t.http.get('/api/assistant/people').set(resident.headers)).status).toBe(403)
    const res = await t.http.post('/api/assistant/people').set(resident.headers).set('Idempotency-Key', 'x').send(elder())
    expect(res.status).toBe(403)
  })
})
