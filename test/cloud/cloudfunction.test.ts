import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Types } from 'mongoose'
import { createCloudFunctionHandler, isTimerEvent } from '../../cloud/src/cloudfunction'
import { SUBSCRIBE_SEND_PATH } from '../../cloud/src/modules/notices/channels/wechat'
import { noticeModel, noticeSubscriptionModel } from '../../cloud/src/modules/notices/model'
import { caseModel } from '../../cloud/src/modules/cases/model'
import { userModel } from '../../cloud/src/modules/users/model'
import { startTestApp, type TestApp } from './helpers/testApp'

let t: TestApp
let main: ReturnType<typeof createCloudFunctionHandler>

beforeAll(async () => {
  t = await startTestApp({ env: { TRUST_CLOUD_HOSTING_HEADERS: 'true' } })
  main = createCloudFunctionHandler(async () => t.runtime)
})
afterAll(() => t.stop())

const json = (r: { body: string }) => JSON.parse(r.body) as Record<string, unknown>

describe('cloud function adapter', () => {
  it('serves a GET with query parameters', async () => {
    const res = await main({ path: '/api/health', httpMethod: 'GET', headers: {}, queryStringParameters: { x: '1' } })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toMatch(/application\/json/)
    expect(res.headers['x-request-id']).toBeTruthy()
    expect(res.isBase64Encoded).toBe(false)
    expect(json(res)).toMatchObject({ ok: true, db: 'up' })
  })

  it('authenticates with the OPENID of the function context', async () => {
    const res = await main({ path: '/api/me', httpMethod: 'GET', headers: {} }, { OPENID: 'o-cf-1', APPID: 'wx-test' })
    expect(res.statusCode).toBe(200)
    expect(json(res)).toMatchObject({ role: 'resident', townshipId: t.township.id })
    const again = await main({ path: '/api/me', httpMethod: 'GET', userInfo: { openId: 'o-cf-1' } })
    expect(json(again).id).toBe(json(res).id)
  })

  it('ignores identity headers a caller put in the event', async () => {
    const res = await main({ path: '/api/me', httpMethod: 'GET', headers: { 'X-WX-OPENID': 'o-forged' } })
    expect(res.statusCode).toBe(401)
  })

  it('passes JSON bodies (plain or base64) and error answers through', async () => {
    const body = JSON.stringify({ code: 'dev-cf' })
    const plain = await main({ path: '/api/auth/wechat-login', httpMethod: 'POST', headers: { 'Content-Type': 'application/json' }, body })
    expect(plain.statusCode).toBe(200)
    expect(json(plain).me).toMatchObject({ role: 'resident' })
    const b64 = await main({
      path: '/api/auth/wechat-login',
      httpMethod: 'POST',
      headers: { 'content-type': 'application/json' },
      body: Buffer.from(body).toString('base64'),
      isBase64Encoded: true
    })
    expect(b64.statusCode).toBe(200)
    const broken = await main({ path: '/api/auth/wechat-login', httpMethod: 'POST', headers: { 'content-type': 'application/json' }, body: '{' })
    expect(broken.statusCode).toBe(400)
    expect(json(broken).code).toBe('INVALID_JSON')
  })

  it('answers 204 with an empty body', async () => {
    const res = await main({ path: '/api/auth/logout', httpMethod: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
    expect(res.statusCode).toBe(204)
    expect(res.body).toBe('')
  })
})

describe('background work in a cloud function (timer trigger)', () => {
  const trigger = JSON.parse(readFileSync(join(__dirname, '../../cloud/functions/xiangliban/config.json'), 'utf8')) as {
    triggers: { name: string; type: string; config: string }[]
  }
  const timerEvent = { Type: 'Timer', TriggerName: trigger.triggers[0]!.name, Time: '2025-03-03T01:00:00Z' }
  const post = (openid: string, path: string, body: unknown, key: string) =>
    main(
      { path, httpMethod: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': key }, body: JSON.stringify(body) },
      { OPENID: openid }
    )

  it('declares a timer trigger every minute, and only that event runs the jobs', () => {
    expect(trigger.triggers).toEqual([{ name: 'backgroundJobs', type: 'timer', config: '0 * * * * * *' }])
    expect(isTimerEvent(timerEvent)).toBe(true)
    expect(isTimerEvent({ path: '/api/health', httpMethod: 'GET' })).toBe(false)
  })

  it('a case accepted through the adapter reaches the resident as a subscribe message, and an overdue case escalates', async () => {
    const residentOpenid = 'o-cf-resident'
    const me = await main({ path: '/api/me', httpMethod: 'GET' }, { OPENID: residentOpenid })
    const residentId = String(json(me).id)
    await noticeSubscriptionModel(t.db).create({
      userId: new Types.ObjectId(residentId),
      templateKey: 'caseProgress',
      templateId: t.deps.config.notices.templates.caseProgress!,
      choice: 'accept',
      remaining: 5,
      updatedAt: t.clock.now()
    })
    const staffOpenid = 'o-cf-staff'
    await userModel(t.db).create({
      role: 'admin',
      displayName: '中心负责人',
      townshipId: new Types.ObjectId(t.township.id),
      departmentIds: [],
      openid: staffOpenid
    })

    const submitted = await post(residentOpenid, '/api/cases', { type: 'complaint', category: 'roads', text: '村口路灯坏了一个月了' }, 'cf-case-1')
    expect(submitted.statusCode).toBe(201)
    const caseId = String(json(submitted).id)
    const accepted = await post(staffOpenid, `/api/staff/cases/${caseId}/accept`, {}, 'cf-accept-1')
    expect(accepted.statusCode).toBe(200)

    const sendsBefore = t.wechat.state.acceptedCallsTo(SUBSCRIBE_SEND_PATH).length
    const ran = await main(timerEvent)
    expect(ran.statusCode).toBe(200)
    expect((json(ran).jobs as { job: string; outcome: string }[]).map((j) => [j.job, j.outcome])).toEqual([
      ['notices', 'ran'],
      ['appointments', 'ran'],
      ['caseDeadlines', 'ran'],
      ['visitDispatchExpiry', 'ran'],
      ['infoRequestDeadlines', 'ran'],
      ['rectificationDeadlines', 'ran'],
      ['reviewDefaultRatings', 'ran']
    ])
    const sends = t.wechat.state.acceptedCallsTo(SUBSCRIBE_SEND_PATH).slice(sendsBefore)
    expect(sends.map((c) => (c.body as { touser: string }).touser)).toContain(residentOpenid)
    expect(await noticeModel(t.db).findOne({ eventId: `case.accepted:${caseId}`, channel: 'wechat' }).lean()).toMatchObject({ status: 'sent' })

    t.clock.advance(40 * 86_400_000)
    const later = await main(timerEvent)
    expect((json(later).jobs as { job: string; outcome: string }[]).every((j) => j.outcome === 'ran')).toBe(true)
    const escalated = await caseModel(t.db).findById(caseId).lean()
    expect(escalated!.updates.map((u) => u.action)).toContain('escalate')
    expect(escalated!.escalatedFor).toMatch(/^answer:/)
    expect(await noticeModel(t.db).countDocuments({ eventId: { $regex: `^case\\.escalated:${caseId}` }, channel: 'inbox' })).toBe(1)
  })
})
