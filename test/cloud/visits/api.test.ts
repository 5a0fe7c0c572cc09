import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import { Types } from 'mongoose'
import { auditModel } from '../../../cloud/src/modules/audit/model'
import { caseModel } from '../../../cloud/src/modules/cases/model'
import { expireDispatches } from '../../../cloud/src/modules/visits/jobs'
import { startTestApp, type SignedIn, type TestApp } from '../helpers/testApp'

jest.setTimeout(60_000)

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')

let t: TestApp
let dataDir: string
let admin: SignedIn
let staff: SignedIn

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'xlb-visits-'))
  t = await startTestApp({ env: { DATA_DIR: dataDir } })
  admin = await t.signIn('admin', { displayName: '袁春华' })
  staff = await t.signIn('staff', { displayName: '刘芳' })
})
afterAll(async () => {
  await t.stop()
  rmSync(dataDir, { recursive: true, force: true })
})
beforeEach(() => t.clock.set('2025-03-03T09:00:00+08:00'))

const key = () => randomUUID()
const post = (who: SignedIn, url: string, body: object = {}) => t.http.post(url).set(who.headers).set('Idempotency-Key', key()).send(body)
const get = (who: SignedIn, url: string) => t.http.get(url).set(who.headers)
const [east, west] = [() => t.township.villageIds[0]!, () => t.township.villageIds[1]!]

async function inboxTitles(who: SignedIn): Promise<string[]> {
  return ((await get(who, '/api/notices/inbox')).body.items as { title: string }[]).map((i) => i.title)
}

/** An approved volunteer (or grid worker) of a village. */
async function volunteer(name: string, villageId: string, kind: 'volunteer' | 'gridWorker' = 'volunteer'): Promise<SignedIn & { volunteerId: string }> {
  const who = await t.signIn('resident', { displayName: name })
  const reg = await post(who, '/api/volunteers', { kind, villageId, realName: name, phone: '13800138777', skills: ['errand', 'elderCare'] })
  expect(reg.status).toBe(201)
  expect((await post(admin, `/api/staff/volunteers/${reg.body.id}/approve`)).status).toBe(200)
  return { ...who, volunteerId: reg.body.id }
}

/** An accepted help request of a resident, in a village and at an address. */
async function helpRequest(who: SignedIn, villageId = east(), over: object = {}): Promise<string> {
  const created = await post(who, '/api/cases', {
    type: 'help',
    category: 'elderly',
    text: '老人腿脚不便，想请人上门帮忙办理高龄津贴',
    villageId,
    location: '新界埠镇东村一组12号',
    contactPreference: 'visit',
    contactPhone: '13900139000',
    ...over
  })
  expect(created.status).toBe(201)
  expect((await post(admin, `/api/staff/cases/${created.body.id}/accept`)).status).toBe(200)
  return created.body.id as string
}

describe('volunteers and grid workers', () => {
  it('register for a village, are approved by an admin, and are told; a rejected one registers again', async () => {
    const who = await t.signIn('resident', { displayName: '张志愿' })
    const reg = await post(who, '/api/volunteers', { kind: 'volunteer', villageId: east(), realName: '张志愿', phone: '13800138666', skills: ['repair'], intro: '会修水电' })
    expect(reg.status).toBe(201)
    expect(reg.body).toMatchObject({ status: 'pending', statusLabel: '待审核', phoneMasked: '138****8666', skillLabels: ['水电家电维修'], villageName: '新界埠镇东村' })
    expect(JSON.stringify(reg.body)).not.toContain('13800138666')
    expect((await post(who, '/api/volunteers', { kind: 'volunteer', villageId: east(), realName: '张志愿', phone: '13800138666', skills: ['repair'] })).status).toBe(409)
    expect(await inboxTitles(admin)).toContain('新的志愿者登记待审核')
    expect((await get(staff, '/api/staff/volunteers')).status).toBe(403)
    expect((await post(staff, `/api/staff/volunteers/${reg.body.id}/approve`)).status).toBe(403)
    expect((await post(staff, '/api/volunteers', { kind: 'volunteer', villageId: east(), realName: '刘芳', phone: '13800138666', skills: ['repair'] })).status).toBe(403)
    const bad = await post(who, '/api/volunteers', { kind: 'helper', villageId: east(), realName: '', phone: '1380013', skills: [] })
    expect(bad.status).toBe(400)
    expect(Object.keys(bad.body.fields ?? {}).sort()).toEqual(['kind', 'phone', 'realName', 'skills'])

    const pending = await get(admin, '/api/staff/volunteers')
    expect(pending.body.map((v: { id: string }) => v.id)).toContain(reg.body.id)
    const rejected = await post(admin, `/api/staff/volunteers/${reg.body.id}/reject`, { reason: '请写清楚能上门的时间' })
    expect(rejected.body).toMatchObject({ status: 'rejected', reason: '请写清楚能上门的时间' })
    expect(await inboxTitles(who)).toContain('志愿者登记未通过')
    const again = await post(who, '/api/volunteers', { kind: 'gridWorker', villageId: east(), realName: '张志愿', phone: '13800138666', skills: ['repair'], intro: '周末都能上门', phoneOnDoorplates: true })
    expect(again.status).toBe(201)
    expect(again.body).toMatchObject({ status: 'pending', kind: 'gridWorker', phoneOnDoorplates: true })
    expect((await post(admin, `/api/staff/volunteers/${reg.body.id}/approve`)).body.status).toBe('approved')
    expect(await inboxTitles(who)).toContain('网格员登记已通过')
    expect((await get(who, '/api/volunteers/me')).body.volunteer.status).toBe('approved')
    expect(await auditModel(t.db).countDocuments({ action: 'volunteer.approved', targetId: reg.body.id })).toBe(1)
  })
})

describe('dispatching a help request', () => {
  it('suggests the village’s volunteers first, least loaded first, and only dispatches accepted help requests', async () => {
    const busy = await volunteer('忙志愿', east())
    const free = await volunteer('闲志愿', east())
    await volunteer('远志愿', west())
    const resident = await t.signIn('resident')
    const first = await helpRequest(resident)
    expect((await post(admin, `/api/staff/visits/cases/${first}/dispatch`, { volunteerId: busy.volunteerId })).status).toBe(200)
    const second = await helpRequest(resident)
    const view = await get(admin, `/api/staff/visits/cases/${second}`)
    expect(view.body.canDispatch).toBe(true)
    const names = view.body.suggestions.map((s: { name: string }) => s.name)
    expect(names.indexOf('闲志愿')).toBeLessThan(names.indexOf('忙志愿'))
    expect(names.indexOf('忙志愿')).toBeLessThan(names.indexOf('远志愿'))
    expect(view.body.suggestions.find((s: { name: string }) => s.name === '忙志愿')).toMatchObject({ openOrders: 1, sameVillage: true })
    expect(view.body.suggestions.find((s: { name: string }) => s.name === '远志愿')).toMatchObject({ sameVillage: false })

    const again = await post(admin, `/api/staff/visits/cases/${first}/dispatch`, { volunteerId: free.volunteerId })
    expect(again.status).toBe(409)
    expect(again.body.message).toContain('已经派给忙志愿')
    const complaint = await post(resident, '/api/cases', { type: 'complaint', category: 'roads', text: '路灯坏了' })
    await post(admin, `/api/staff/cases/${complaint.body.id}/accept`)
    expect((await post(admin, `/api/staff/visits/cases/${complaint.body.id}/dispatch`, { volunteerId: free.volunteerId })).status).toBe(409)
    const fresh = await post(resident, '/api/cases', { type: 'help', category: 'elderly', text: '请上门' })
    const notAccepted = await post(admin, `/api/staff/visits/cases/${fresh.body.id}/dispatch`, { volunteerId: free.volunteerId })
    expect(notAccepted.status).toBe(409)
    expect(notAccepted.body.message).toContain('请先受理')
    expect((await post(resident, `/api/staff/visits/cases/${second}/dispatch`, { volunteerId: free.volunteerId })).status).toBe(403)
    expect((await post(admin, `/api/staff/visits/cases/${second}/dispatch`, { volunteerId: new Types.ObjectId().toHexString() })).status).toBe(400)
    const tooLong = await post(admin, `/api/staff/visits/cases/${second}/dispatch`, { volunteerId: free.volunteerId, acceptWithinHours: 100 })
    expect(tooLong.status).toBe(400)
    expect(tooLong.body.message).toContain('最多 72 小时')
    const outsider = await t.signIn('admin', { township: await t.addTownship('外乡') })
    expect((await get(outsider, `/api/staff/visits/cases/${second}`)).status).toBe(404)
    const queue = await get(staff, '/api/staff/visits/queue')
    expect(queue.status).toBe(200)
  })

  it('lets a volunteer see only their own orders, and the address only while the order is theirs', async () => {
    const a = await volunteer('甲志愿', east())
    const b = await volunteer('乙志愿', east())
    const resident = await t.signIn('resident', { displayName: '王德福' })
    const id = await helpRequest(resident)
    await post(admin, `/api/staff/visits/cases/${id}/dispatch`, { volunteerId: a.volunteerId, note: '老人耳背，请大声说话' })
    expect(await inboxTitles(a)).toContain('新的上门服务单')
    expect(await inboxTitles(resident)).toContain('已为您安排上门服务')

    const offer = await get(a, `/api/volunteer/orders/${id}`)
    expect(offer.body).toMatchObject({ status: 'offered', canAccept: true, address: null, applicantName: null, contactPhone: null, villageName: '新界埠镇东村', dispatcherNote: '老人耳背，请大声说话' })
    expect((await get(b, `/api/volunteer/orders/${id}`)).status).toBe(404)
    expect((await get(b, '/api/volunteer/orders')).body.map((o: { caseId: string }) => o.caseId)).not.toContain(id)
    expect((await post(b, `/api/volunteer/orders/${id}/accept`, { plannedAt: '2025-03-04T10:00:00+08:00' })).status).toBe(404)
    const stranger = await t.signIn('resident')
    expect((await get(stranger, '/api/volunteer/orders')).body).toEqual([])
    expect((await post(stranger, `/api/volunteer/orders/${id}/accept`, { plannedAt: '2025-03-04T10:00:00+08:00' })).status).toBe(403)
    expect((await post(a, `/api/volunteer/orders/${id}/accept`, { plannedAt: '2025-03-02T10:00:00+08:00' })).status).toBe(400)

    const accepted = await post(a, `/api/volunteer/orders/${id}/accept`, { plannedAt: '2025-03-04T10:00:00+08:00' })
    expect(accepted.status).toBe(200)
    expect(accepted.body).toMatchObject({ status: 'accepted', address: '新界埠镇东村一组12号', applicantName: '王德福', contactPhone: '13900139000', canRecordVisit: true })
    expect((await get(a, '/api/volunteer/orders')).body.find((o: { caseId: string }) => o.caseId === id)).toMatchObject({ status: 'accepted', address: null })
    expect(await auditModel(t.db).countDocuments({ action: 'visit.addressRead', targetId: id, actorId: new Types.ObjectId(a.userId) })).toBeGreaterThan(0)
    const coming = await get(resident, `/api/cases/${id}/visit`)
    expect(coming.body.visit).toMatchObject({ status: 'accepted', volunteerName: '甲志愿', plannedAt: '2025-03-04T02:00:00.000Z' })
    expect(await inboxTitles(resident)).toContain('志愿者已接单')
    expect((await get(stranger, `/api/cases/${id}/visit`)).status).toBe(404)

    const declined = await post(a, `/api/volunteer/orders/${id}/decline`, { reason: '临时要去县城' })
    expect(declined.body).toMatchObject({ status: 'declined', address: null, canDecline: false })
    expect(await inboxTitles(admin)).toContain('服务单被退回')
    expect((await get(resident, `/api/cases/${id}/visit`)).body).toEqual({ visit: null })
    const residentCase = await get(resident, `/api/cases/${id}`)
    expect(residentCase.body.timeline.map((e: { text: string | null }) => e.text)).toContain('原定的上门服务取消了，中心正在重新安排')
    expect(JSON.stringify(residentCase.body.timeline)).not.toContain('临时要去县城')
    const suggestions = (await get(admin, `/api/staff/visits/cases/${id}`)).body.suggestions as { name: string; declinedThis: boolean }[]
    expect(suggestions.at(-1)).toMatchObject({ name: '甲志愿', declinedThis: true })
    await post(admin, `/api/staff/visits/cases/${id}/dispatch`, { volunteerId: b.volunteerId })
    expect((await get(a, `/api/volunteer/orders/${id}`)).status).toBe(404)
    expect((await get(b, `/api/volunteer/orders/${id}`)).body.status).toBe('offered')
  })

  it('sends an offer nobody accepted in time back to the queue, once, and refuses a late acceptance', async () => {
    const v = await volunteer('慢志愿', west())
    const resident = await t.signIn('resident')
    const id = await helpRequest(resident, west())
    await post(admin, `/api/staff/visits/cases/${id}/dispatch`, { volunteerId: v.volunteerId, acceptWithinHours: 2 })
    t.clock.advance(119 * 60_000)
    expect(await expireDispatches(t.deps)).toBe(0)
    t.clock.advance(2 * 60_000)
    const late = await post(v, `/api/volunteer/orders/${id}/accept`, { plannedAt: '2025-03-04T10:00:00+08:00' })
    expect(late.status).toBe(409)
    expect(late.body.message).toContain('超时')
    expect(await expireDispatches(t.deps)).toBe(1)
    expect(await expireDispatches(t.deps)).toBe(0)
    const c = await caseModel(t.db).findById(id).lean()
    expect(c!.dispatch).toMatchObject({ status: 'expired', round: 1 })
    expect(c!.status).toBe('accepted')
    expect(c!.updates.filter((u) => u.action === 'expireDispatch')).toHaveLength(1)
    expect(c!.updates.find((u) => u.action === 'expireDispatch')).toMatchObject({ public: false, authorRole: 'system' })
    expect(await inboxTitles(admin)).toContain('服务单超时未接')
    expect(await inboxTitles(v)).toContain('服务单已超时')
    const queue = (await get(admin, '/api/staff/visits/queue')).body as { caseId: string; dispatch: { status: string } | null }[]
    const waiting = queue.findIndex((q) => q.caseId === id)
    expect(queue[waiting]!.dispatch!.status).toBe('expired')
    expect(queue.slice(0, waiting).every((q) => !q.dispatch || ['declined', 'expired'].includes(q.dispatch.status))).toBe(true)
    expect((await get(admin, `/api/staff/visits/cases/${id}`)).body.canDispatch).toBe(true)
  })
})

describe('a home visit from the request to the thanks', () => {
  it('the assistant asks for an elder, the volunteer records the visit with a photo, the elder’s side confirms and rates, the figures add up', async () => {
    t.wechat.state.pushMediaVerdicts({ url: `${t.url}/api/wechat/push`, token: t.deps.config.wechat.pushToken, now: () => t.clock.now() })
    const helper = await t.signIn('assistant', { displayName: '陈晓燕' })
    const added = await post(helper, '/api/assistant/people', { name: '李桂兰', villageId: east(), consentHow: 'signed_paper' })
    expect(added.status).toBe(201)
    const elder = added.body.personId as string
    const created = await t.http.post('/api/cases').set(helper.headers).set('x-acting-for', elder).set('Idempotency-Key', key())
      .send({ type: 'help', category: 'elderly', text: '李桂兰独居，请人上门帮忙申请高龄津贴', villageId: east(), location: '新界埠镇东村三组5号' })
    expect(created.status).toBe(201)
    const id = created.body.id as string
    await post(admin, `/api/staff/cases/${id}/accept`)
    const v = await volunteer('赵网格', east(), 'gridWorker')
    await post(admin, `/api/staff/visits/cases/${id}/dispatch`, { volunteerId: v.volunteerId })
    await post(v, `/api/volunteer/orders/${id}/accept`, { plannedAt: '2025-03-03T15:00:00+08:00' })
    expect((await inboxTitles(helper)).filter((x) => x === '志愿者已接单')).toHaveLength(1)

    t.clock.set('2025-03-03T15:40:00+08:00')
    const photo = await post(v, '/api/uploads/photos', { dataBase64: PNG.toString('base64') })
    expect(photo.status).toBe(201)
    await t.wechat.state.settlePushes()
    const visited = await post(v, `/api/volunteer/orders/${id}/visit`, { visitedAt: '2025-03-03T15:10:00+08:00', text: '帮老人填好了高龄津贴申请表，材料已带回村委会', photoIds: [photo.body.id] })
    expect(visited.status).toBe(200)
    expect(visited.body).toMatchObject({ status: 'visited', address: null, canRecordVisit: false, visit: { photoCount: 1 } })
    expect((await post(v, `/api/volunteer/orders/${id}/visit`, { visitedAt: '2025-03-03T15:10:00+08:00', text: '再记一次' })).status).toBe(409)

    const seen = await get(helper, `/api/cases/${id}`).set('x-acting-for', elder)
    expect(seen.body).toMatchObject({ status: 'replied', canConfirm: true })
    expect(seen.body.reply).toContain('网格员赵网格已于3月3日 15:10上门服务')
    expect(seen.body.timeline.map((e: { action: string }) => e.action)).toEqual(['submit', 'accept', 'dispatch', 'acceptDispatch', 'recordVisit'])
    expect(seen.body.timeline.find((e: { action: string }) => e.action === 'recordVisit').by).toBe('网格员赵网格')
    const visit = await get(helper, `/api/cases/${id}/visit`)
    expect(visit.body.visit.record.photoUrls).toHaveLength(1)
    const bytes = await get(helper, visit.body.visit.record.photoUrls[0])
    expect(bytes.status).toBe(200)
    expect(Buffer.compare(bytes.body as Buffer, PNG)).toBe(0)
    expect(await inboxTitles(helper)).toContain('已上门服务')

    expect((await post(helper, `/api/cases/${id}/confirm`, {})).body.status).toBe('closed')
    expect((await post(helper, `/api/cases/${id}/rate`, { level: 5, comment: '网格员很耐心' })).status).toBe(200)
    const staffView = await get(admin, `/api/staff/cases/${id}`)
    expect(staffView.body.history.map((h: { action: string }) => h.action)).toEqual(['submit', 'accept', 'dispatch', 'acceptDispatch', 'recordVisit', 'confirm', 'rate'])
    expect(staffView.body.allowedActions).not.toContain('dispatch')

    const figures = await get(admin, '/api/staff/visits/figures')
    expect(figures.status).toBe(200)
    const cases = await caseModel(t.db).find({ townshipId: new Types.ObjectId(t.township.id), type: 'help' }).lean()
    expect(figures.body).toMatchObject({
      orders: cases.length,
      dispatched: cases.filter((c) => c.dispatch).length,
      completed: 1,
      thanks: 1,
      averageHoursToVisit: 6.2
    })
    t.wechat.state.pushMediaVerdicts(null)
  })
})
