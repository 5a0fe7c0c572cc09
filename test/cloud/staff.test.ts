import { staffSignupModel } from '../../cloud/src/modules/staff/model'
import { userModel } from '../../cloud/src/modules/users/model'
import { auditModel } from '../../cloud/src/modules/audit/model'
import { idNumberFrom, startTestApp, type SignedIn, type TestApp } from './helpers/testApp'

let t: TestApp
let admin: SignedIn
let seq = 0

beforeAll(async () => {
  t = await startTestApp()
  admin = await t.signIn('admin', { displayName: '王主任' })
})
afterAll(() => t.stop())

const freshId = () => idNumberFrom(`3607301990010${String(1000 + ++seq).slice(-4)}`)

function signupBody(over: Record<string, unknown> = {}) {
  return {
    townshipId: t.township.id,
    realName: '李小明',
    idNumber: freshId(),
    phone: '13800138000',
    departmentIds: [t.township.departmentIds[0]],
    ...over
  }
}

const submit = (who: SignedIn, body: unknown, key = `k-${Math.random()}`) =>
  t.http.post('/api/staff/signups').set(who.headers).set('Idempotency-Key', key).send(body as object)

describe('staff sign-up → admin review', () => {
  it('goes from a masked application to an audited identity check to a staff account', async () => {
    const applicant = await t.signIn('resident')
    const body = signupBody()
    const res = await submit(applicant, body)
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({
      realName: '李小明',
      idNumberMasked: `${body.idNumber.slice(0, 6)}********${body.idNumber.slice(-4)}`,
      phoneMasked: '138****8000',
      status: 'pending',
      reason: null
    })
    expect(JSON.stringify(res.body)).not.toContain(body.idNumber)

    const raw = await t.db.collection('staff_signups').findOne({ realName: '李小明', status: 'pending' })
    const rawText = JSON.stringify(raw)
    expect(rawText).not.toContain(body.idNumber)
    expect(rawText).not.toContain('13800138000')

    const mine = await t.http.get('/api/staff/signups/mine').set(applicant.headers)
    expect(mine.body.signup).toMatchObject({ id: res.body.id, status: 'pending' })

    const list = await t.http.get('/api/admin/staff-signups').query({ status: 'pending' }).set(admin.headers)
    expect(list.status).toBe(200)
    const row = (list.body as { id: string }[]).find((s) => s.id === res.body.id)
    expect(row).toMatchObject({ idNumberMasked: res.body.idNumberMasked, phoneMasked: '138****8000' })
    expect(JSON.stringify(list.body)).not.toContain(body.idNumber)

    const identity = await t.http
      .get(`/api/admin/staff-signups/${res.body.id}/identity`)
      .set(admin.headers)
      .set('X-Request-Id', 'req-identity-1')
    expect(identity.status).toBe(200)
    expect(identity.body).toEqual({ id: res.body.id, realName: '李小明', idNumber: body.idNumber, phone: '13800138000' })
    const entry = await auditModel(t.db).findOne({ action: 'staffSignup.identityRead', targetId: res.body.id }).lean()
    expect(entry).toMatchObject({ actorRole: 'admin', requestId: 'req-identity-1', targetType: 'staffSignup' })
    expect(String(entry!.actorId)).toBe(admin.userId)
    expect(entry!.at.toISOString()).toBe(t.clock.now().toISOString())

    const review = await t.http
      .post(`/api/admin/staff-signups/${res.body.id}/review`)
      .set(admin.headers)
      .send({ decision: 'approve' })
    expect(review.status).toBe(200)
    expect(review.body).toMatchObject({ status: 'approved', reviewedAt: t.clock.now().toISOString() })

    const me = await t.http.get('/api/me').set(applicant.headers)
    expect(me.body).toMatchObject({
      role: 'staff',
      displayName: '李小明',
      departmentIds: [t.township.departmentIds[0]],
      phoneMasked: '138****8000',
      staffSignup: { status: 'approved' }
    })

    const audit = await t.http.get('/api/admin/audit').set(admin.headers)
    expect(audit.status).toBe(200)
    const actions = (audit.body.items as { action: string; actorName: string }[]).map((i) => i.action)
    expect(actions).toEqual(expect.arrayContaining(['staffSignup.identityRead', 'staffSignup.approved']))
    expect(audit.body.items[0].actorName).toBe('王主任')
  })

  it('writes an audit entry for every identity read', async () => {
    const applicant = await t.signIn('resident')
    const { body } = await submit(applicant, signupBody())
    for (let i = 0; i < 3; i++) await t.http.get(`/api/admin/staff-signups/${body.id}/identity`).set(admin.headers)
    expect(await auditModel(t.db).countDocuments({ action: 'staffSignup.identityRead', targetId: body.id })).toBe(3)
  })

  it('refuses a second application with the same ID number in the township (409)', async () => {
    const a = await t.signIn('resident')
    const b = await t.signIn('assistant')
    const body = signupBody()
    expect((await submit(a, body)).status).toBe(201)
    const dup = await submit(b, { ...body, realName: '另一个人' })
    expect(dup.status).toBe(409)
    expect(dup.body.message).toBe('这个身份证号已经提交过申请')
  })

  it('allows the ID number again after a rejection', async () => {
    const a = await t.signIn('resident')
    const body = signupBody()
    const first = await submit(a, body)
    const rejected = await t.http
      .post(`/api/admin/staff-signups/${first.body.id}/review`)
      .set(admin.headers)
      .send({ decision: 'reject', reason: '身份证照片看不清' })
    expect(rejected.body).toMatchObject({ status: 'rejected', reason: '身份证照片看不清' })
    const again = await submit(a, body)
    expect(again.status).toBe(201)
    const me = await t.http.get('/api/me').set(a.headers)
    expect(me.body.role).toBe('resident')
  })

  it('refuses a second pending application from the same person', async () => {
    const a = await t.signIn('resident')
    expect((await submit(a, signupBody())).status).toBe(201)
    const again = await submit(a, signupBody())
    expect(again.status).toBe(409)
    expect(again.body.code).toBe('SIGNUP_PENDING')
  })

  it('replays a retried submission with the same Idempotency-Key', async () => {
    const a = await t.signIn('resident')
    const body = signupBody()
    const first = await submit(a, body, 'retry-key-1')
    const second = await submit(a, body, 'retry-key-1')
    expect(second.status).toBe(201)
    expect(second.body).toEqual(first.body)
    expect(second.headers['idempotent-replayed']).toBe('true')
    expect(await staffSignupModel(t.db).countDocuments({ userId: a.userId })).toBe(1)
  })

  it('answers 409 when an Idempotency-Key is reused for different content', async () => {
    const a = await t.signIn('resident')
    await submit(a, signupBody(), 'reuse-key')
    const res = await submit(a, signupBody({ realName: '别的名字' }), 'reuse-key')
    expect(res.status).toBe(409)
    expect(res.body.code).toBe('IDEMPOTENCY_KEY_REUSED')
  })

  it('needs an Idempotency-Key', async () => {
    const a = await t.signIn('resident')
    const res = await t.http.post('/api/staff/signups').set(a.headers).send(signupBody())
    expect(res.status).toBe(400)
    expect(res.body.message).toMatch(/^缺少 Idempotency-Key/)
  })

  it('stores nothing for a failed attempt, so the corrected retry with the same key goes through', async () => {
    const a = await t.signIn('resident')
    const body = signupBody()
    const bad = await submit(a, { ...body, townshipId: '0'.repeat(24) }, 'same-key')
    expect(bad.status).toBe(400)
    const good = await submit(a, body, 'same-key')
    expect(good.status).toBe(201)
    expect(good.headers['idempotent-replayed']).toBeUndefined()
  })

  it('checks that the departments belong to the township', async () => {
    const other = await t.addTownship('东垆乡')
    const a = await t.signIn('resident')
    const res = await submit(a, signupBody({ departmentIds: [other.departmentIds[0]] }))
    expect(res.status).toBe(400)
    expect(res.body.code).toBe('DEPARTMENT_NOT_IN_TOWNSHIP')
  })

  it('validates the ID number check digit', async () => {
    const a = await t.signIn('resident')
    const id = freshId()
    const wrong = id.slice(0, 17) + (id[17] === '0' ? '1' : '0')
    const res = await submit(a, signupBody({ idNumber: wrong }))
    expect(res.status).toBe(400)
    expect(res.body.fields.idNumber).toBe('身份证号校验位不对，请核对后重新填写')
  })

  it('refuses staff who apply again', async () => {
    const s = await t.signIn('staff')
    expect((await submit(s, signupBody())).status).toBe(409)
  })
})

describe('review rules', () => {
  it('needs a reason to reject', async () => {
    const a = await t.signIn('resident')
    const { body } = await submit(a, signupBody())
    const res = await t.http.post(`/api/admin/staff-signups/${body.id}/review`).set(admin.headers).send({ decision: 'reject' })
    expect(res.status).toBe(400)
    expect(res.body.code).toBe('VALIDATION_FAILED')
  })

  it('reviews only pending sign-ups: concurrent reviews give one winner and 409s', async () => {
    const a = await t.signIn('resident')
    const { body } = await submit(a, signupBody())
    const results = await Promise.all([
      t.http.post(`/api/admin/staff-signups/${body.id}/review`).set(admin.headers).send({ decision: 'approve' }),
      t.http.post(`/api/admin/staff-signups/${body.id}/review`).set(admin.headers).send({ decision: 'reject', reason: '不符合' }),
      t.http.post(`/api/admin/staff-signups/${body.id}/review`).set(admin.headers).send({ decision: 'approve' })
    ])
    const [approve1, reject, approve2] = results
    const final = await staffSignupModel(t.db).findById(body.id)
    if (final!.status === 'approved') {
      expect(reject!.status).toBe(409)
      expect([approve1!.status, approve2!.status].sort()).toEqual([200, 200])
    } else {
      expect(final!.status).toBe('rejected')
      expect([approve1!.status, approve2!.status, reject!.status]).toEqual([409, 409, 200])
    }
  })

  it('repairs an approval left half-done: approving an approved sign-up again makes the person staff', async () => {
    const a = await t.signIn('resident')
    const { body } = await submit(a, signupBody())
    await staffSignupModel(t.db).updateOne({ _id: body.id }, { $set: { status: 'approved' }, $unset: { pendingUserKey: 1 } })
    expect((await userModel(t.db).findById(a.userId))!.role).toBe('resident')
    const res = await t.http.post(`/api/admin/staff-signups/${body.id}/review`).set(admin.headers).send({ decision: 'approve' })
    expect(res.status).toBe(200)
    expect(res.body.status).toBe('approved')
    expect((await userModel(t.db).findById(a.userId))!.role).toBe('staff')
  })

  it('keeps each admin to their own township', async () => {
    const other = await t.addTownship('保康镇')
    const otherAdmin = await t.signIn('admin', { township: other })
    const a = await t.signIn('resident')
    const { body } = await submit(a, signupBody())
    const list = await t.http.get('/api/admin/staff-signups').set(otherAdmin.headers)
    expect((list.body as { id: string }[]).some((s) => s.id === body.id)).toBe(false)
    expect((await t.http.get(`/api/admin/staff-signups/${body.id}/identity`).set(otherAdmin.headers)).status).toBe(404)
    const review = await t.http.post(`/api/admin/staff-signups/${body.id}/review`).set(otherAdmin.headers).send({ decision: 'approve' })
    expect(review.status).toBe(404)
    const audit = await t.http.get('/api/admin/audit').set(otherAdmin.headers)
    expect(audit.body.items).toEqual([])
    expect((await userModel(t.db).findById(a.userId))!.role).toBe('resident')
  })

  it.each(['resident', 'assistant', 'staff'] as const)('refuses %s on admin routes with 403', async (role) => {
    const who = await t.signIn(role)
    const a = await t.signIn('resident')
    const { body } = await submit(a, signupBody())
    for (const res of [
      await t.http.get('/api/admin/staff-signups').set(who.headers),
      await t.http.get(`/api/admin/staff-signups/${body.id}/identity`).set(who.headers),
      await t.http.post(`/api/admin/staff-signups/${body.id}/review`).set(who.headers).send({ decision: 'approve' }),
      await t.http.get('/api/admin/audit').set(who.headers)
    ]) {
      expect(res.status).toBe(403)
      expect(res.body.code).toBe('FORBIDDEN')
    }
  })
})
