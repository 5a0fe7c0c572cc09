import { Types } from 'mongoose'
import { drainNotices } from '../../../cloud/src/modules/notices/dispatcher'
import { sweepPendingEvents } from '../../../cloud/src/modules/notices/relay'
import { inboxEntryModel, noticeModel } from '../../../cloud/src/modules/notices/model'
import { SUBSCRIBE_SEND_PATH } from '../../../cloud/src/modules/notices/channels/wechat'
import { staffSignupModel } from '../../../cloud/src/modules/staff/model'
import { startTestApp, type SignedIn, type TestApp } from '../helpers/testApp'
import { giveOpenid, submitSignup, wechatSendsByEntry } from './helpers'

let t: TestApp
let admin: SignedIn

beforeAll(async () => {
  t = await startTestApp()
  admin = await t.signIn('admin', { displayName: '王主任' })
})
afterAll(() => t.stop())
beforeEach(() => t.wechat.state.reset())

const review = (id: string, body: object) => t.http.post(`/api/admin/staff-signups/${id}/review`).set(admin.headers).send(body)

describe('notice settings and subscriptions', () => {
  it('shows the inbox as always on and every template offered, with its configured id', async () => {
    const resident = await t.signIn('resident')
    const res = await t.http.get('/api/notices/settings').set(resident.headers)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ inbox: true, wechatReachable: false })
    const keys = (body: { templates: { key: string }[] }) => body.templates.map((x) => x.key)
    expect(res.body.templates[0]).toEqual({
      key: 'reviewResult',
      title: '审核结果通知',
      description: expect.any(String),
      templateId: 'dev-tpl-reviewResult',
      state: 'none',
      remaining: 0
    })
    expect(keys(res.body)).not.toContain('newApplication')
    const forAdmin = await t.http.get('/api/notices/settings').set(admin.headers)
    expect(keys(forAdmin.body)).toEqual(expect.arrayContaining(['reviewResult', 'newApplication']))
  })

  it('records subscribe answers once per Idempotency-Key: each accept grants one message, ban ends them', async () => {
    const resident = await t.signIn('resident')
    await giveOpenid(t, resident)
    const post = (key: string | null, choices: object[]) => {
      const req = t.http.post('/api/notices/subscriptions').set(resident.headers)
      return (key ? req.set('Idempotency-Key', key) : req).send({ choices })
    }
    expect((await post(null, [{ templateId: 'dev-tpl-reviewResult', choice: 'accept' }])).status).toBe(400)

    const first = await post('sub-1', [{ templateId: 'dev-tpl-reviewResult', choice: 'accept' }])
    expect(first.status).toBe(200)
    expect(first.body.wechatReachable).toBe(true)
    expect(first.body.templates[0]).toMatchObject({ key: 'reviewResult', state: 'accept', remaining: 1 })
    const replay = await post('sub-1', [{ templateId: 'dev-tpl-reviewResult', choice: 'accept' }])
    expect(replay.headers['idempotent-replayed']).toBe('true')
    const second = await post('sub-2', [{ templateId: 'dev-tpl-reviewResult', choice: 'accept' }])
    expect(second.body.templates[0]).toMatchObject({ state: 'accept', remaining: 2 })

    const rejected = await post('sub-3', [{ templateId: 'dev-tpl-reviewResult', choice: 'reject' }])
    expect(rejected.body.templates[0]).toMatchObject({ state: 'accept', remaining: 2 })
    const banned = await post('sub-4', [{ templateId: 'dev-tpl-reviewResult', choice: 'ban' }])
    expect(banned.body.templates[0]).toMatchObject({ state: 'ban', remaining: 0 })

    const unknown = await post('sub-5', [{ templateId: 'old-template', choice: 'accept' }])
    expect(unknown.status).toBe(400)
    expect(unknown.body).toMatchObject({ code: 'TEMPLATE_UNKNOWN', message: expect.stringMatching(/[\u4e00-\u9fff]/) })
    const bad = await post('sub-6', [{ templateId: 'dev-tpl-reviewResult', choice: 'maybe' }])
    expect(bad.status).toBe(400)
    expect(bad.body.message).toMatch(/accept/)
  })
})

describe('staff sign-up decided → the applicant is told once in the inbox and once on WeChat', () => {
  it('approve: exactly one inbox entry, one subscribe message, records of who was told through which channel', async () => {
    const applicant = await t.signIn('resident', { displayName: '李小明' })
    const openid = await giveOpenid(t, applicant)
    const sub = await t.http
      .post('/api/notices/subscriptions')
      .set(applicant.headers)
      .set('Idempotency-Key', `accept-${applicant.userId}`)
      .send({ choices: [{ templateId: 'dev-tpl-reviewResult', choice: 'accept' }] })
    expect(sub.status).toBe(200)

    const signupId = await submitSignup(t, applicant)
    const adminInbox = await t.http.get('/api/notices/inbox').set(admin.headers)
    expect(adminInbox.body.items[0]).toMatchObject({
      type: 'staffSignup.submitted',
      title: '新的工作人员申请待审核',
      body: '李小明申请成为民政办的工作人员，请核实身份后审核。',
      link: { page: '/staff/pages/signups/index', query: {} },
      read: false
    })

    const approved = await review(signupId, { decision: 'approve' })
    expect(approved.status).toBe(200)

    const count = await t.http.get('/api/notices/unread-count').set(applicant.headers)
    expect(count.body).toEqual({ unread: 1 })
    const inbox = await t.http.get('/api/notices/inbox').set(applicant.headers)
    expect(inbox.status).toBe(200)
    expect(inbox.body).toMatchObject({ total: 1, page: 1, pageSize: 20, unread: 1 })
    const entry = inbox.body.items[0]
    expect(entry).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{24}$/),
      type: 'staffSignup.approved',
      title: '工作人员申请已通过',
      body: expect.stringContaining('进入工作台'),
      link: { page: '/pages/me/staff-signup/index', query: {} },
      createdAt: t.clock.now().toISOString(),
      read: false,
      onBehalfOfName: null
    })

    expect(t.wechat.state.callsTo(SUBSCRIBE_SEND_PATH)).toHaveLength(0)
    const report = await drainNotices(t.deps)
    expect(report).toMatchObject({ sent: 1, retried: 0, failed: 0 })
    const sends = t.wechat.state.acceptedCallsTo(SUBSCRIBE_SEND_PATH)
    expect(sends).toHaveLength(1)
    expect(sends[0]!.query.access_token).toMatch(/^fake-access-token-/)
    expect(sends[0]!.body).toEqual({
      touser: openid,
      template_id: 'dev-tpl-reviewResult',
      page: `pages/inbox/index?open=${entry.id}`,
      data: {
        thing1: { value: '工作人员注册申请' },
        phrase2: { value: '已通过' },
        thing3: { value: '在“我的”里进入工作台' },
        time4: { value: '2025年03月03日 09:00' }
      },
      miniprogram_state: 'developer',
      lang: 'zh_CN'
    })

    const records = await t.http.get('/api/staff/notices').query({ subjectId: signupId }).set(admin.headers)
    expect(records.status).toBe(200)
    const mine = (records.body as { userId: string }[]).filter((r) => r.userId === applicant.userId)
    expect(mine.map((r) => r)).toEqual([
      expect.objectContaining({ channel: 'inbox', audience: 'self', status: 'sent', type: 'staffSignup.approved' }),
      expect.objectContaining({ channel: 'wechat', audience: 'self', status: 'sent', attempts: 1, lastError: null })
    ])
    const toAdmin = (records.body as { userId: string; channel: string; status: string; lastError: string }[]).filter(
      (r) => r.userId === admin.userId
    )
    expect(toAdmin).toEqual([
      expect.objectContaining({ channel: 'inbox', audience: 'admin', status: 'sent' }),
      expect.objectContaining({ channel: 'wechat', audience: 'admin', status: 'skipped', lastError: expect.stringMatching(/微信/) })
    ])

    expect((await review(signupId, { decision: 'approve' })).status).toBe(200)
    expect(await sweepPendingEvents(t.deps)).toBe(0)
    await drainNotices(t.deps)
    expect(t.wechat.state.acceptedCallsTo(SUBSCRIBE_SEND_PATH)).toHaveLength(1)
    expect(await inboxEntryModel(t.db).countDocuments({ userId: applicant.userId })).toBe(1)
    const raw = await staffSignupModel(t.db).collection.findOne({ _id: new Types.ObjectId(signupId) })
    expect(raw?.pendingNotices).toEqual([])

    const settings = await t.http.get('/api/notices/settings').set(applicant.headers)
    expect(settings.body.templates[0]).toMatchObject({ state: 'used', remaining: 0 })
  })

  it('reject: the reason reaches the inbox and WeChat; without a subscription only the inbox is used', async () => {
    const applicant = await t.signIn('resident')
    await giveOpenid(t, applicant)
    const signupId = await submitSignup(t, applicant, '张三')
    const res = await review(signupId, { decision: 'reject', reason: '身份证照片看不清，请到民政办窗口当面核验后重新提交申请材料' })
    expect(res.status).toBe(200)
    const inbox = await t.http.get('/api/notices/inbox').set(applicant.headers)
    expect(inbox.body.items[0]).toMatchObject({
      title: '工作人员申请未通过',
      body: expect.stringContaining('原因：身份证照片看不清'),
      read: false
    })
    await drainNotices(t.deps)
    expect(t.wechat.state.callsTo(SUBSCRIBE_SEND_PATH)).toHaveLength(0)
    const wechat = await noticeModel(t.db).findOne({ subjectId: signupId, userId: applicant.userId, channel: 'wechat' }).lean()
    expect(wechat).toMatchObject({ status: 'skipped', lastError: '对方没有订阅这类微信提醒' })
  })

  it('marks one entry read, then all, and keeps other people out of my inbox', async () => {
    const me = await t.signIn('resident')
    const other = await t.signIn('resident')
    const firstId = await submitSignup(t, me, '王一')
    await review(firstId, { decision: 'reject', reason: '材料不全' })
    const secondId = await submitSignup(t, me, '王一')
    await review(secondId, { decision: 'approve' })

    const list = await t.http.get('/api/notices/inbox').query({ pageSize: 1 }).set(me.headers)
    expect(list.body).toMatchObject({ total: 2, pageSize: 1, unread: 2 })
    expect(list.body.items).toHaveLength(1)
    const page2 = await t.http.get('/api/notices/inbox').query({ pageSize: 1, page: 2 }).set(me.headers)
    expect(page2.body.items[0].id).not.toBe(list.body.items[0].id)

    const id = list.body.items[0].id as string
    const foreign = await t.http.post(`/api/notices/inbox/${id}/read`).set(other.headers)
    expect(foreign.status).toBe(404)
    expect(foreign.body.message).toMatch(/没有找到/)

    const read = await t.http.post(`/api/notices/inbox/${id}/read`).set(me.headers)
    expect(read.status).toBe(200)
    expect(read.body).toMatchObject({ id, read: true })
    expect((await t.http.get('/api/notices/unread-count').set(me.headers)).body).toEqual({ unread: 1 })
    const onlyUnread = await t.http.get('/api/notices/inbox').query({ unread: 'true' }).set(me.headers)
    expect(onlyUnread.body.items.map((e: { id: string }) => e.id)).not.toContain(id)

    const all = await t.http.post('/api/notices/inbox/read-all').set(me.headers)
    expect(all.body).toEqual({ updated: 1, unread: 0 })
    expect((await t.http.get('/api/notices/unread-count').set(me.headers)).body).toEqual({ unread: 0 })

    expect((await t.http.post('/api/notices/inbox/not-an-id/read').set(me.headers)).status).toBe(400)
    expect((await t.http.get('/api/notices/inbox').query({ pageSize: 500 }).set(me.headers)).status).toBe(400)
    expect((await t.http.get('/api/notices/unread-count')).status).toBe(401)
    expect((await t.http.get('/api/staff/notices').query({ subjectId: firstId }).set(other.headers)).status).toBe(403)
  })

  it('sends the subscribe message of a sign-up exactly once, counted at the fake server', async () => {
    const applicant = await t.signIn('resident')
    await giveOpenid(t, applicant)
    await t.http
      .post('/api/notices/subscriptions')
      .set(applicant.headers)
      .set('Idempotency-Key', `accept-once-${applicant.userId}`)
      .send({ choices: [{ templateId: 'dev-tpl-reviewResult', choice: 'accept' }] })
    const signupId = await submitSignup(t, applicant)
    await review(signupId, { decision: 'approve' })
    await Promise.all([drainNotices(t.deps), drainNotices(t.deps), sweepPendingEvents(t.deps)])
    await drainNotices(t.deps)
    const sends = wechatSendsByEntry(t.wechat)
    expect([...sends.values()]).toEqual([1])
  })
})
