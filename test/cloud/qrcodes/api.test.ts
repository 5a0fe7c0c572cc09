import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import { Types } from 'mongoose'
import { SCAN_PAGE, SCENE_PATTERN, sceneFromLink, sceneSchema } from '../../../src/shared/qrcodes'
import { auditModel } from '../../../cloud/src/modules/audit/model'
import { scanDayModel, scanVisitModel } from '../../../cloud/src/modules/qrcodes/model'
import { newScene } from '../../../cloud/src/modules/qrcodes/scene'
import { randomIds } from '../../../cloud/src/lib/ids'
import { userModel } from '../../../cloud/src/modules/users/model'
import { book, buildWorld, publishGuide, type BookingWorld } from '../appointments/fixture'
import { startTestApp, type SignedIn, type TestApp } from '../helpers/testApp'
import { readQr, readQrPng, renderPdf, type RenderedPage } from '../../helpers/pdf'

jest.setTimeout(60_000)

const SCREENSHOTS = path.resolve(__dirname, '../../../test-results/screenshots')

let t: TestApp
let dataDir: string
let w: BookingWorld

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'xlb-qr-'))
  t = await startTestApp({ env: { DATA_DIR: dataDir } })
  w = await buildWorld(t)
})
afterAll(async () => {
  await t.stop()
  rmSync(dataDir, { recursive: true, force: true })
})

const key = () => randomUUID()
const post = (who: SignedIn | null, url: string, body: object, k = key()) => {
  const req = t.http.post(url).set('Idempotency-Key', k)
  if (who) req.set(who.headers)
  return req.send(body)
}
const create = (who: SignedIn, body: object) => post(who, '/api/staff/qr/targets', body)
const scan = (who: SignedIn | null, scene: string, k = key()) => post(who, '/api/qr/scans', { scene }, k)
const village = () => t.township.villageIds[0]!

/** The PDF behind a sheet's signed link. */
async function fetchSheet(url: string): Promise<Buffer> {
  const res = await fetch(url)
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toBe('application/pdf')
  return Buffer.from(await res.arrayBuffer())
}

/** Where the code sits on each of the six door plates of a rendered A4 page (2 × 3, 28 pt margins), in reading order. */
function plateCodes(page: RenderedPage): { x: number; y: number; w: number; h: number }[] {
  const s = page.width / 595.28
  const cw = ((595.28 - 56) / 2) * s
  const ch = ((841.89 - 56) / 3) * s
  return Array.from({ length: 6 }, (_, i) => ({ x: 28 * s + (i % 2) * cw + cw * 0.2, y: 28 * s + Math.floor(i / 2) * ch + ch * 0.35, w: cw * 0.6, h: ch * 0.55 }))
}

describe('scene ids', () => {
  it('are short random codes of WeChat’s allowed set, never the target id', async () => {
    const seen = new Set<string>()
    for (let i = 0; i < 2000; i++) {
      const s = newScene(randomIds)
      expect(s).toMatch(/^[A-Za-z0-9]{8}$/)
      expect(SCENE_PATTERN.test(s)).toBe(true)
      expect(s).not.toMatch(/[0O1lI]/)
      seen.add(s)
    }
    expect(seen.size).toBe(2000)
    const res = await create(w.admin, { kind: 'hall' })
    expect(res.status).toBe(201)
    expect(res.body.scene).toHaveLength(8)
    expect(res.body.scene).not.toContain(res.body.id.slice(0, 6))
    expect(res.body.title).toBe('新界埠镇便民服务中心')
  })

  it('accept up to 32 characters of the allowed set and refuse anything else with a plain message', async () => {
    expect(sceneSchema.safeParse('a'.repeat(32)).success).toBe(true)
    expect(sceneSchema.safeParse("Az09!#$&'()*+,/:;=?@._~-").success).toBe(true)
    for (const bad of ['a'.repeat(33), '门牌12', 'ab cd', 'ab%20', '']) expect(sceneSchema.safeParse(bad).success).toBe(false)
    const long = await scan(null, 'a'.repeat(33))
    expect(long.status).toBe(400)
    expect(long.body.message).toContain('内容太长')
    const odd = await scan(null, '门牌')
    expect(odd.status).toBe(400)
    expect(odd.body.message).toContain('不认识的字符')
    const unknown = await scan(null, 'Zz9Zz9Zz')
    expect(unknown.status).toBe(404)
    expect(unknown.body.message).toMatch(/没有找到这个二维码/)
    expect((await t.http.get('/api/qr/targets/Zz9Zz9Zz')).status).toBe(404)
  })
})

describe('targets and who makes them', () => {
  it('lets window staff make their own window and guide codes only; hall, boards and door plates are the admin’s', async () => {
    const own = await create(w.staffA, { kind: 'window', departmentId: w.deptA })
    expect(own.status).toBe(201)
    expect(own.body).toMatchObject({ kind: 'window', kindLabel: '窗口', status: 'active', departmentId: w.deptA })
    expect((await create(w.staffA, { kind: 'window', departmentId: w.deptA })).status).toBe(409)
    expect((await create(w.staffA, { kind: 'window', departmentId: w.deptB })).status).toBe(403)
    expect((await create(w.staffA, { kind: 'doorplate', villageId: village(), number: '1号' })).status).toBe(403)
    expect((await create(w.staffA, { kind: 'board', villageId: village() })).status).toBe(403)
    const guide = await create(w.staffA, { kind: 'guide', guideId: w.dibao })
    expect(guide.body).toMatchObject({ kind: 'guide', title: '最低生活保障申请' })
    expect((await create(w.staffA, { kind: 'guide', guideId: w.shebao })).status).toBe(403)
    const bad = await create(w.admin, { kind: 'shop' })
    expect(bad.status).toBe(400)
    expect(bad.body.message).toMatch(/贴在哪里/)

    const mineList = await t.http.get('/api/staff/qr/targets').set(w.staffA.headers)
    expect(mineList.body.items.map((x: { kind: string }) => x.kind).sort()).toEqual(['guide', 'window'])
    const resident = await t.signIn('resident')
    expect((await t.http.get('/api/staff/qr/targets').set(resident.headers)).status).toBe(403)
  })

  it('makes a village’s door plates in one batch, keeping the codes of households that have one', async () => {
    const first = await post(w.admin, '/api/staff/qr/doorplates', {
      villageId: village(),
      plates: [
        { group: '一组', number: '1号', householder: '李桂兰' },
        { group: '一组', number: '2号' },
        { group: '一组', number: '2号' }
      ]
    })
    expect(first.status).toBe(201)
    expect(first.body.created).toHaveLength(2)
    expect(first.body.created[0].doorplate).toMatchObject({ group: '一组', number: '1号', householder: '李桂兰', address: '新界埠镇新界埠镇东村一组1号' })
    const again = await post(w.admin, '/api/staff/qr/doorplates', { villageId: village(), plates: [{ group: '一组', number: '2号' }, { group: '二组', number: '8号' }] })
    expect(again.body.created.map((x: { title: string }) => x.title)).toEqual(['新界埠镇东村二组8号'])
    expect(again.body.kept.map((x: { scene: string }) => x.scene)).toEqual([first.body.created[1].scene])
    const other = await t.addTownship('石溪乡')
    const stranger = await post(w.admin, '/api/staff/qr/doorplates', { villageId: other.villageIds[0], plates: [{ number: '1号' }] })
    expect(stranger.status).toBe(400)
    expect(stranger.body.message).toContain('本乡镇')
  })
})

describe('resolving and retiring', () => {
  it('answers a door plate with its household, village, grid workers and assistants, and the address to prefill', async () => {
    const assistant = await t.signIn('assistant', { displayName: '陈晓燕' })
    await userModel(t.db).updateOne({ _id: assistant.userId }, { $set: { villageId: new Types.ObjectId(village()) } })
    const plate = await create(w.admin, { kind: 'doorplate', villageId: village(), group: '二组', number: '15号', householder: '王德福' })
    const res = await t.http.get(`/api/qr/targets/${plate.body.scene}`)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ kind: 'doorplate', status: 'active', link: null, retired: null, checkIns: [] })
    expect(res.body.doorplate).toMatchObject({ villageId: village(), villageName: '新界埠镇东村', group: '二组', number: '15号', address: '新界埠镇新界埠镇东村二组15号' })
    expect(res.body.doorplate.assistants).toContainEqual({ name: '陈晓燕', phone: null })
    expect(JSON.stringify(res.body)).not.toContain(plate.body.id)
  })

  it('sends a retired code’s scans to a page saying why and where to go instead', async () => {
    const old = await create(w.admin, { kind: 'board', villageId: t.township.villageIds[1]! })
    expect(old.body.title).toBe('新界埠镇西村村务公开栏')
    const live = await t.http.get(`/api/qr/targets/${old.body.scene}`)
    expect(live.body.link).toEqual({ page: '/pages/disclosure/village/index', query: { villageId: t.township.villageIds[1] } })
    const hall = (await t.http.get('/api/staff/qr/targets').query({ kind: 'hall' }).set(w.admin.headers)).body.items[0]
    expect((await post(w.admin, `/api/staff/qr/targets/${old.body.id}/retire`, {})).status).toBe(400)
    const retired = await post(w.admin, `/api/staff/qr/targets/${old.body.id}/retire`, { reason: '公开栏搬到村委会新楼', insteadId: hall.id })
    expect(retired.status).toBe(200)
    expect(retired.body).toMatchObject({ status: 'retired', retiredReason: '公开栏搬到村委会新楼', insteadTitle: '新界埠镇便民服务中心' })
    const res = await scan(null, old.body.scene)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ status: 'retired', link: null, board: null })
    expect(res.body.retired).toMatchObject({ reason: '公开栏搬到村委会新楼', instead: { title: '新界埠镇便民服务中心', scene: hall.scene } })
    expect((await post(w.admin, `/api/staff/qr/targets/${old.body.id}/retire`, { reason: '再停一次' })).status).toBe(409)
    const fresh = await create(w.admin, { kind: 'board', villageId: t.township.villageIds[1]! })
    expect(fresh.status).toBe(201)
    expect(fresh.body.scene).not.toBe(old.body.scene)
    const staffRetire = await post(w.staffA, `/api/staff/qr/targets/${fresh.body.id}/retire`, { reason: '试试' })
    expect(staffRetire.status).toBe(403)
    expect(staffRetire.body.message).toContain('中心负责人')
    const outsider = await t.signIn('admin', { township: await t.addTownship('外乡') })
    expect((await post(outsider, `/api/staff/qr/targets/${fresh.body.id}/retire`, { reason: '试试' })).status).toBe(404)
  })

  it('answers a window with today’s services at it and the id a review of the window refers to', async () => {
    const window = (await t.http.get('/api/staff/qr/targets').query({ kind: 'window' }).set(w.admin.headers)).body.items[0]
    const res = await t.http.get(`/api/qr/targets/${window.scene}`)
    expect(res.body.window).toMatchObject({ departmentId: w.deptA, rateTargetId: window.id })
    expect(res.body.window.services.map((s: { title: string }) => s.title).sort()).toEqual(['最低生活保障申请', '村级证明事项'].sort())
  })
})

describe('scan counting', () => {
  it('counts scans by code, day and village, and notes who only for the signed-in', async () => {
    const plate = await create(w.admin, { kind: 'doorplate', villageId: village(), group: '三组', number: '3号' })
    const resident = await t.signIn('resident')
    const k = key()
    expect((await scan(null, plate.body.scene, k)).status).toBe(200)
    expect((await scan(null, plate.body.scene, k)).status).toBe(200)
    await scan(null, plate.body.scene)
    await scan(resident, plate.body.scene)
    t.clock.advance(86_400_000)
    await scan(null, plate.body.scene)
    const figures = await t.http.get('/api/staff/qr/scans').set(w.admin.headers)
    expect(figures.status).toBe(200)
    const mine = figures.body.byTarget.find((x: { targetId: string }) => x.targetId === plate.body.id)
    expect(mine).toMatchObject({ count: 4, kind: 'doorplate' })
    expect(figures.body.byDay).toEqual(expect.arrayContaining([{ day: '2025-03-03', count: expect.any(Number) }, { day: '2025-03-04', count: expect.any(Number) }]))
    expect(figures.body.byVillage.find((v: { villageId: string }) => v.villageId === village()).count).toBeGreaterThanOrEqual(4)
    const days = await scanDayModel(t.db).find({ targetId: new Types.ObjectId(plate.body.id) }).lean()
    expect(days.map((d) => [d.day, d.count, d.signedIn])).toEqual([
      ['2025-03-03', 3, 1],
      ['2025-03-04', 1, 0]
    ])
    expect(JSON.stringify(days)).not.toMatch(/userId|clientIp/)
    const people = await scanVisitModel(t.db).find({ targetId: new Types.ObjectId(plate.body.id) }).lean()
    expect(people.map((p) => String(p.userId))).toEqual([resident.userId])
    const listed = (await t.http.get('/api/staff/qr/targets').query({ kind: 'doorplate', pageSize: 100 }).set(w.admin.headers)).body.items
    expect(listed.find((x: { id: string }) => x.id === plate.body.id).scans30d).toBe(4)
    t.clock.set('2025-03-03T09:00:00+08:00')
  })
})

describe('scan to check in', () => {
  it('checks a resident in by the hall’s or their window’s code, only their own booking and only at its window', async () => {
    const resident = await t.signIn('resident', { displayName: '李秀英' })
    const booked = await book(t, resident, { guideId: w.dibao, date: '2025-03-03', start: '14:00' })
    expect(booked.status).toBe(201)
    const hall = (await t.http.get('/api/staff/qr/targets').query({ kind: 'hall' }).set(w.admin.headers)).body.items[0]
    const windowB = await create(w.admin, { kind: 'window', departmentId: w.deptB })
    const seen = await scan(resident, hall.scene)
    expect(seen.body.checkIns.map((b: { id: string }) => b.id)).toEqual([booked.body.id])
    expect((await scan(null, hall.scene)).body.checkIns).toEqual([])
    const wrongWindow = await post(resident, '/api/qr/checkIn', { scene: windowB.body.scene, bookingId: booked.body.id })
    expect(wrongWindow.status).toBe(409)
    expect(wrongWindow.body.message).toContain('请扫那个窗口的码')
    const someoneElse = await t.signIn('resident')
    expect((await post(someoneElse, '/api/qr/checkIn', { scene: hall.scene, bookingId: booked.body.id })).status).toBe(404)
    const done = await post(resident, '/api/qr/checkIn', { scene: hall.scene, bookingId: booked.body.id })
    expect(done.status).toBe(200)
    expect(done.body.status).toBe('checked_in')
    expect(done.body.history.at(-1)).toMatchObject({ action: 'checkIn', authorRole: 'resident', publicText: '扫服务大厅的码签到' })
    expect((await post(resident, '/api/qr/checkIn', { scene: hall.scene, bookingId: booked.body.id })).body.status).toBe('checked_in')
    expect((await scan(resident, hall.scene)).body.checkIns).toEqual([])
    const day = await t.http.get('/api/staff/appointments/day').query({ date: '2025-03-03', departmentId: w.deptA }).set(w.staffA.headers)
    expect(JSON.stringify(day.body)).toContain('checked_in')
  })
})

describe('printed sheets', () => {
  it('refuses those who may not print a batch: residents, staff for door plates, other townships', async () => {
    const resident = await t.signIn('resident')
    expect((await post(resident, '/api/staff/qr/sheets', { batch: 'windows' })).status).toBe(403)
    const plates = await post(w.staffA, '/api/staff/qr/sheets', { batch: 'doorplates', villageId: village() })
    expect(plates.status).toBe(403)
    expect(plates.body.message).toContain('户主')
    const noVillage = await post(w.admin, '/api/staff/qr/sheets', { batch: 'doorplates' })
    expect(noVillage.status).toBe(400)
    expect(noVillage.body.message).toContain('先选村')
    const outsider = await t.signIn('admin', { township: await t.addTownship('邻乡') })
    expect((await post(outsider, '/api/staff/qr/sheets', { batch: 'doorplates', villageId: village() })).status).toBe(400)
    const hall = (await t.http.get('/api/staff/qr/targets').query({ kind: 'hall' }).set(w.admin.headers)).body.items[0]
    expect((await post(outsider, '/api/staff/qr/sheets', { batch: 'target', targetId: hall.id })).status).toBe(404)
    expect((await post(w.staffA, '/api/staff/qr/sheets', { batch: 'target', targetId: hall.id })).status).toBe(403)
    const windows = await post(w.staffB, '/api/staff/qr/sheets', { batch: 'windows' })
    expect(windows.status).toBe(200)
    expect(windows.body.codes).toBe(1)
  })

  it('prints a village’s door plates six to an A4 page whose codes read back to their scenes, in Chinese', async () => {
    const before = await auditModel(t.db).countDocuments({ action: 'qr.sheetPrinted' })
    const extra = Array.from({ length: 8 }, (_, i) => ({ group: '五组', number: `${i + 1}号`, householder: i === 0 ? '邹水生' : undefined }))
    expect((await post(w.admin, '/api/staff/qr/doorplates', { villageId: village(), plates: extra })).status).toBe(201)
    const plates = (await t.http.get('/api/staff/qr/targets').query({ kind: 'doorplate', villageId: village(), pageSize: 100 }).set(w.admin.headers)).body.items as { scene: string }[]
    const res = await post(w.admin, '/api/staff/qr/sheets', { batch: 'doorplates', villageId: village(), code: 'web' })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ codes: plates.length, pages: Math.ceil(plates.length / 6), form: 'web', fileName: '新界埠镇东村智慧门牌.pdf' })
    const pdf = await fetchSheet(res.body.url)
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    expect(pdf.toString('latin1')).toMatch(/\/FontFile2|\/CIDFontType2/)
    const pages = await renderPdf(pdf)
    expect(pages).toHaveLength(res.body.pages)
    mkdirSync(SCREENSHOTS, { recursive: true })
    writeFileSync(path.join(SCREENSHOTS, 'qr-sheet-doorplates.png'), pages[0]!.png)
    const read = pages.flatMap((p) => plateCodes(p).map((cell) => readQr(p, cell))).filter((x): x is string => x !== null)
    expect(read).toHaveLength(plates.length)
    for (const text of read) expect(text).toMatch(new RegExp(`^${t.url.replace(/[.]/g, '\\.')}/#/pages/scan/index\\?scene=[A-Za-z0-9]{8}$`))
    expect(read.map((x) => sceneFromLink(x)).sort()).toEqual(plates.map((p) => p.scene).sort())
    expect(await auditModel(t.db).countDocuments({ action: 'qr.sheetPrinted' })).toBe(before + 1)
  })

  it('prints WeChat mini-program codes of the released scan page, asks WeChat once per code, and explains WeChat’s refusals', async () => {
    const released = await startTestApp({ env: { DATA_DIR: path.join(dataDir, 'released'), WECHAT_MINIPROGRAM_STATE: 'formal' } })
    try {
      const admin = await released.signIn('admin')
      const guideId = await publishGuide(released, 'gaoling', released.township.departmentIds[0]!, { title: '高龄津贴申领' })
      const poster = await released.http.post('/api/staff/qr/targets').set(admin.headers).set('Idempotency-Key', key()).send({ kind: 'guide', guideId })
      const print = () => released.http.post('/api/staff/qr/sheets').set(admin.headers).set('Idempotency-Key', key()).send({ batch: 'target', targetId: poster.body.id, code: 'miniprogram' })

      const notReleased = await print()
      expect(notReleased.status).toBe(409)
      expect(notReleased.body.message).toContain('还没有发布')
      released.wechat.state.releasedPages.add(SCAN_PAGE)
      released.wechat.state.failNext(1, { kind: 'errcode', errcode: 45009, errmsg: 'reach max api minute quota' }, '/wxa/getwxacodeunlimit')
      const limited = await print()
      expect(limited.status).toBe(429)
      expect(limited.body.message).toContain('太频繁')

      const ok = await print()
      expect(ok.status).toBe(200)
      expect(ok.body).toMatchObject({ pages: 1, codes: 1, form: 'miniprogram', fileName: '高龄津贴申领二维码.pdf' })
      const calls = released.wechat.state.acceptedCallsTo('/wxa/getwxacodeunlimit')
      expect(calls).toHaveLength(1)
      expect(calls[0]!.body).toMatchObject({ scene: poster.body.scene, page: SCAN_PAGE, check_path: true, env_version: 'release', is_hyaline: true })
      const [page] = await renderPdf(await fetchSheet(ok.body.url))
      mkdirSync(SCREENSHOTS, { recursive: true })
      writeFileSync(path.join(SCREENSHOTS, 'qr-sheet-guide-poster.png'), page!.png)
      expect(readQr(page!)).toBe(`${SCAN_PAGE}?scene=${poster.body.scene}`)
      expect((await print()).status).toBe(200)
      expect(released.wechat.state.acceptedCallsTo('/wxa/getwxacodeunlimit')).toHaveLength(1)
    } finally {
      await released.stop()
    }
  })

  it('is what the fake WeChat answers: a readable code for a good scene and page, WeChat’s JSON errors otherwise', async () => {
    const ask = (body: object) => t.deps.wechat.callApiBinary('/wxa/getwxacodeunlimit', body)
    const image = await ask({ scene: 'Ab3dE5fG', page: SCAN_PAGE, check_path: false, env_version: 'develop', is_hyaline: true })
    expect(readQrPng(image.data)).toBe(`${SCAN_PAGE}?scene=Ab3dE5fG`)
    await expect(ask({ scene: 'x'.repeat(33), page: SCAN_PAGE, check_path: false })).rejects.toMatchObject({ errcode: 40129 })
    await expect(ask({ scene: 'Ab3dE5fG', page: `/${SCAN_PAGE}`, check_path: false })).rejects.toMatchObject({ errcode: 41030 })
    await expect(ask({ scene: 'Ab3dE5fG', page: SCAN_PAGE })).rejects.toMatchObject({ errcode: 41030 })
    await expect(ask({ scene: 'Ab3dE5fG', page: SCAN_PAGE, check_path: false, env_version: 'beta' })).rejects.toMatchObject({ errcode: 40097 })
  })
})
