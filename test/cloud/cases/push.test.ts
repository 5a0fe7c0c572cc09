import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import { startTestApp, type SignedIn, type TestApp } from '../helpers/testApp'
import { caseModel, parkedVerdictModel, uploadModel } from '../../../cloud/src/modules/cases/model'
import { applyMediaVerdict, applyParkedVerdict } from '../../../cloud/src/modules/cases/actions/mediaVerdict'
import { pushSignature } from '../../../cloud/src/lib/wechat/push'

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64')
const complaint = { type: 'complaint', category: 'social', text: '村口路灯坏了一个月，晚上老人出门不方便，请尽快修理。' }

let t: TestApp
let dataDir: string
let staff: SignedIn
let token: string

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'xlb-push-'))
  t = await startTestApp({ env: { DATA_DIR: dataDir } })
  staff = await t.signIn('staff', { displayName: '民政办小李' })
  token = t.deps.config.wechat.pushToken
})
afterAll(async () => {
  await t.stop()
  rmSync(dataDir, { recursive: true, force: true })
})
beforeEach(() => t.clock.set('2025-03-03T09:00:00+08:00'))

const key = () => randomUUID()
const nowSeconds = () => Math.floor(t.clock.now().getTime() / 1000)

/** Query of a push signed with `signWith` at `timestamp` (now unless said). */
function signed(opts: { signWith?: string; timestamp?: number; extra?: Record<string, string> } = {}) {
  const timestamp = String(opts.timestamp ?? nowSeconds())
  const nonce = Math.random().toString(36).slice(2, 12)
  return { signature: pushSignature(opts.signWith ?? token, timestamp, nonce), timestamp, nonce, ...opts.extra }
}

function mediaEvent(traceId: string, suggest: 'pass' | 'risky' | 'review') {
  return {
    ToUserName: 'gh_0123456789ab',
    FromUserName: 'o-someone',
    CreateTime: nowSeconds(),
    MsgType: 'event',
    Event: 'wxa_media_check',
    appid: 'wx-dev-appid',
    trace_id: traceId,
    version: 2,
    detail: [{ strategy: 'content_model', errcode: 0, suggest, label: suggest === 'pass' ? 100 : 20002, prob: 90 }],
    errcode: 0,
    errmsg: 'ok',
    result: { suggest, label: suggest === 'pass' ? 100 : 20002 }
  }
}

function push(body: object, query: Record<string, string> = signed()) {
  return t.http.post('/api/wechat/push').query(query).send(body)
}

function act(id: string, verb: string, body: object = {}) {
  return t.http.post(`/api/staff/cases/${id}/${verb}`).set(staff.headers).set('Idempotency-Key', key()).send(body)
}

/** A resident's case with one photo; the photo's trace id. */
async function caseWithPhoto() {
  const resident = await t.signIn('resident')
  const photo = await t.http.post('/api/uploads/photos').set(resident.headers).set('Idempotency-Key', key()).send({ dataBase64: PNG.toString('base64') })
  expect(photo.status).toBe(201)
  const created = await t.http.post('/api/cases').set(resident.headers).set('Idempotency-Key', key()).send({ ...complaint, photoIds: [photo.body.id] })
  expect(created.status).toBe(201)
  const upload = await uploadModel(t.db).findById(photo.body.id).lean()
  expect(upload!.traceId).toEqual(expect.any(String))
  return { caseId: created.body.id as string, photoId: photo.body.id as string, traceId: upload!.traceId! }
}

/** A resident's case whose one photo still awaits WeChat's verdict. */
async function caseWithCheckingPhoto() {
  const made = await caseWithPhoto()
  expect(await snapshot(made.caseId, made.photoId)).toMatchObject({ case: { moderation: 'checking' }, upload: { moderation: 'checking' } })
  return made
}

async function snapshot(caseId: string, photoId: string) {
  const [c, u] = await Promise.all([caseModel(t.db).findById(caseId).lean(), uploadModel(t.db).findById(photoId).lean()])
  return { case: { moderation: c!.moderation, moderationNote: c!.moderationNote, updates: c!.updates.length }, upload: u }
}

describe('GET /api/wechat/push (URL check)', () => {
  it('signs as WeChat documents it (sorted token, timestamp, nonce; sha1)', () => {
    expect(pushSignature('AAAAA', '1714036504', '1514711492')).toBe('f464b24fc39322e44b38aa78f5edd27bd1441696')
  })

  it('answers echostr when the signature is right, 401 in Chinese otherwise', async () => {
    const ok = await t.http.get('/api/wechat/push').query(signed({ extra: { echostr: '8217365412' } }))
    expect(ok.status).toBe(200)
    expect(ok.text).toBe('8217365412')
    const wrong = await t.http.get('/api/wechat/push').query(signed({ signWith: 'someOtherToken', extra: { echostr: '8217365412' } }))
    expect(wrong.status).toBe(401)
    expect(wrong.body.message).toMatch(/签名/)
    expect(wrong.text).not.toContain('8217365412')
    expect((await t.http.get('/api/wechat/push').query({ echostr: '8217365412' })).status).toBe(401)
  })
})

describe('POST /api/wechat/push: wxa_media_check', () => {
  it('pass clears the photo and the case, which can then be published without a manual review', async () => {
    const { caseId, photoId, traceId } = await caseWithCheckingPhoto()
    expect((await act(caseId, 'accept')).status).toBe(200)
    expect((await act(caseId, 'reply', { text: '路灯已修好。' })).status).toBe(200)
    expect((await act(caseId, 'publish', { title: '路灯维修' })).status).toBe(409)

    const res = await push(mediaEvent(traceId, 'pass'))
    expect(res.status).toBe(200)
    expect(res.text).toBe('success')
    const staffView = await t.http.get(`/api/staff/cases/${caseId}`).set(staff.headers)
    expect(staffView.body.moderation).toBe('passed')
    expect(staffView.body.photos).toEqual([expect.objectContaining({ id: photoId, moderation: 'passed' })])
    expect((await act(caseId, 'publish', { title: '路灯维修' })).status).toBe(201)
  })

  it('risky holds the photo and the case for staff with the reason; review keeps it held', async () => {
    const risky = await caseWithCheckingPhoto()
    expect((await push(mediaEvent(risky.traceId, 'risky'))).text).toBe('success')
    const after = await snapshot(risky.caseId, risky.photoId)
    expect(after.upload).toMatchObject({ moderation: 'held', moderationNote: expect.stringContaining('有风险') })
    expect(after.case).toMatchObject({ moderation: 'held', moderationNote: expect.stringContaining('照片') })
    await act(risky.caseId, 'accept')
    await act(risky.caseId, 'reply', { text: '已处理。' })
    expect((await act(risky.caseId, 'publish', { title: '路灯' })).status).toBe(409)

    const review = await caseWithCheckingPhoto()
    expect((await push(mediaEvent(review.traceId, 'review'))).text).toBe('success')
    expect((await snapshot(review.caseId, review.photoId)).upload).toMatchObject({ moderation: 'held', moderationNote: expect.stringContaining('复审') })
    expect((await snapshot(review.caseId, review.photoId)).case.moderation).toBe('held')
  })

  it('a replayed or contradicting event changes nothing and is still acknowledged', async () => {
    const { caseId, photoId, traceId } = await caseWithCheckingPhoto()
    expect((await push(mediaEvent(traceId, 'risky'))).text).toBe('success')
    const before = await snapshot(caseId, photoId)
    expect((await push(mediaEvent(traceId, 'risky'))).text).toBe('success')
    expect((await push(mediaEvent(traceId, 'pass'))).text).toBe('success')
    expect(await snapshot(caseId, photoId)).toEqual(before)
  })

  it('a wrong or missing signature, or a stale timestamp, is refused with 401 and changes nothing', async () => {
    const { caseId, photoId, traceId } = await caseWithCheckingPhoto()
    const before = await snapshot(caseId, photoId)
    const stale = nowSeconds() - 301
    for (const query of [signed({ signWith: 'someOtherToken' }), signed({ timestamp: stale }), {}]) {
      const res = await push(mediaEvent(traceId, 'pass'), query)
      expect(res.status).toBe(401)
      expect(res.body.message).toMatch(/签名不正确或已过期/)
    }
    expect(await snapshot(caseId, photoId)).toEqual(before)
    expect(before.case.moderation).toBe('checking')
  })

  it('an unknown trace id is kept for the upload that will store it; another event is acknowledged and ignored', async () => {
    const { caseId, photoId } = await caseWithCheckingPhoto()
    const before = await snapshot(caseId, photoId)
    expect((await push(mediaEvent('no-such-trace', 'pass'))).text).toBe('success')
    expect(await parkedVerdictModel(t.db).countDocuments({ traceId: 'no-such-trace' })).toBe(1)
    expect((await push({ ToUserName: 'gh_0123456789ab', MsgType: 'event', Event: 'user_enter_tempsession', CreateTime: nowSeconds() })).text).toBe('success')
    expect(await snapshot(caseId, photoId)).toEqual(before)
  })

  it('a check WeChat could not make (errcode -1008, it could not download the photo) holds the photo for staff', async () => {
    const { caseId, photoId, traceId } = await caseWithCheckingPhoto()
    const failed = { ...mediaEvent(traceId, 'pass'), detail: [], errcode: -1008, errmsg: '下载错误,请检查媒体链接是否有效' }
    delete (failed as { result?: unknown }).result
    expect((await push(failed)).text).toBe('success')
    const after = await snapshot(caseId, photoId)
    expect(after.upload).toMatchObject({ moderation: 'held', moderationNote: expect.stringContaining('无法下载') })
    expect(after.case.moderation).toBe('held')
  })

  it('a verdict that arrives before the upload stored its trace id is applied once the trace id is stored', async () => {
    const resident = await t.signIn('resident')
    const early = await applyMediaVerdict(t.deps, { traceId: 'trace-before-upload', suggest: 'risky', label: '20002', errcode: 0 })
    expect(early).toBe('parked')
    t.wechat.state.failNext(1, { kind: 'errcode', errcode: 0, errmsg: 'ok' }, '/wxa/media_check_async')
    const photo = await t.http.post('/api/uploads/photos').set(resident.headers).set('Idempotency-Key', key()).send({ dataBase64: PNG.toString('base64') })
    expect(photo.status).toBe(201)
    const upload = await uploadModel(t.db).findById(photo.body.id).lean()
    expect(upload).toMatchObject({ moderation: 'checking', traceId: null })
    await uploadModel(t.db).updateOne({ _id: upload!._id }, { $set: { traceId: 'trace-before-upload' } })
    await applyParkedVerdict(t.deps, { _id: upload!._id, traceId: 'trace-before-upload' })
    expect(await uploadModel(t.db).findById(photo.body.id).lean()).toMatchObject({ moderation: 'held', moderationNote: expect.stringContaining('有风险') })
  })

  it('with two photos the case waits for both verdicts', async () => {
    const resident = await t.signIn('resident')
    const ids: string[] = []
    for (let i = 0; i < 2; i++) {
      const p = await t.http.post('/api/uploads/photos').set(resident.headers).set('Idempotency-Key', key()).send({ dataBase64: PNG.toString('base64') })
      ids.push(p.body.id as string)
    }
    const created = await t.http.post('/api/cases').set(resident.headers).set('Idempotency-Key', key()).send({ ...complaint, photoIds: ids })
    const uploads = await uploadModel(t.db).find({ _id: { $in: ids } }).lean()
    await push(mediaEvent(uploads[0]!.traceId!, 'pass'))
    expect((await caseModel(t.db).findById(created.body.id).lean())!.moderation).toBe('checking')
    await push(mediaEvent(uploads[1]!.traceId!, 'pass'))
    expect((await caseModel(t.db).findById(created.body.id).lean())!.moderation).toBe('passed')
  })
})

describe('the fake WeChat checks photos as WeChat does', () => {
  afterEach(() => t.wechat.state.pushMediaVerdicts(null))

  it('is sent an absolute, expiring URL it downloads without a session', async () => {
    const fetchesBefore = t.wechat.state.mediaFetches.length
    const { photoId } = await caseWithPhoto()
    await t.wechat.state.settlePushes()
    const fetched = t.wechat.state.mediaFetches.slice(fetchesBefore)
    expect(fetched).toHaveLength(1)
    const url = new URL(fetched[0]!.url)
    expect(url.origin).toBe(t.url)
    expect(url.pathname).toMatch(/^\/api\/files\/case-photos\/\d{6}\/[0-9a-f]{32}\.png$/)
    expect(url.searchParams.get('expires')).toMatch(/^\d+$/)
    expect(fetched[0]).toMatchObject({ status: 200, bytes: PNG.length })
    const anonymous = await fetch(url)
    expect(anonymous.headers.get('content-type')).toBe('image/png')
    expect(Buffer.from(await anonymous.arrayBuffer()).equals(PNG)).toBe(true)
    expect((await fetch(`${t.url}/api/uploads/photos/${photoId}`)).status).toBe(401)
    url.searchParams.set('signature', '0'.repeat(64))
    expect((await fetch(url)).status).toBe(403)
  })

  it('pushes each verdict as soon as it has one, signed, and the app applies it', async () => {
    const url = `${t.url}/api/wechat/push`
    t.wechat.state.pushMediaVerdicts({ url, token, now: () => t.clock.now() })
    const passed = await caseWithPhoto()
    await t.wechat.state.settlePushes()
    expect((await snapshot(passed.caseId, passed.photoId)).case.moderation).toBe('passed')

    t.wechat.state.pushMediaVerdicts({ url, token, verdict: 'risky', now: () => t.clock.now() })
    const held = await caseWithPhoto()
    await t.wechat.state.settlePushes()
    expect((await snapshot(held.caseId, held.photoId)).upload).toMatchObject({ moderation: 'held' })
    expect(t.wechat.state.pushes.slice(-2).map((p) => [p.verdict, p.status, p.answer])).toEqual([
      ['pass', 200, 'success'],
      ['risky', 200, 'success']
    ])
  })

  it('cannot download a relative or session-protected URL and pushes errcode -1008', async () => {
    t.wechat.state.pushMediaVerdicts({ url: `${t.url}/api/wechat/push`, token, now: () => t.clock.now() })
    const before = t.wechat.state.pushes.length
    for (const mediaUrl of ['/api/uploads/photos/0123456789abcdef01234567', `${t.url}/api/uploads/photos/0123456789abcdef01234567`]) {
      const res = await fetch(`${t.wechat.baseUrl}/wxa/media_check_async`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ media_url: mediaUrl, media_type: 2, version: 2, scene: 2, openid: '' })
      })
      expect(((await res.json()) as { errcode: number }).errcode).toBe(0)
    }
    await t.wechat.state.settlePushes()
    expect(t.wechat.state.pushes.slice(before).map((p) => [p.verdict, p.status])).toEqual([
      ['downloadFailed', 200],
      ['downloadFailed', 200]
    ])
    expect(t.wechat.state.mediaFetches.slice(-1)[0]).toMatchObject({ status: 401 })
  })
})
