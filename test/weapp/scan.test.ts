/**
 * A code scanned while the mini-program was closed, in the COMPILED app (dist/weapp) under
 * miniprogram-simulate against the real backend on seeded demo data: WeChat starts the app with the
 * code's `scene` (URL-encoded) on another page; app.ts sends it to the scan page, which counts the
 * scan and shows the door plate, and its 求助 button opens the case form with the address.
 */
import type { Page } from '../../src/shared/common'
import type { QrTargetDTO } from '../../src/shared/qrcodes'
import { bootMiniProgram, type MiniProgram } from '../helpers/weapp'
import { startSeededApp, type RunningApp } from '../helpers/server'

jest.setTimeout(60_000)

let api: RunningApp
let mp: MiniProgram
let plate: QrTargetDTO

/** A door plate of the seeded township, read through the API as the demo admin. */
async function seededPlate(origin: string): Promise<QrTargetDTO> {
  const people = (await (await fetch(`${origin}/api/auth/dev-people`)).json()) as { id: string; role: string }[]
  const admin = people.find((p) => p.role === 'admin')!
  const session = (await (await fetch(`${origin}/api/auth/dev-login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId: admin.id }) })).json()) as { token: string }
  const list = (await (await fetch(`${origin}/api/staff/qr/targets?kind=doorplate`, { headers: { Authorization: `Bearer ${session.token}` } })).json()) as Page<QrTargetDTO>
  return list.items.find((t) => t.title.startsWith('桐山村一组3号'))!
}

beforeAll(async () => {
  api = await startSeededApp()
  plate = await seededPlate(api.url)
  mp = await bootMiniProgram({ apiOrigin: api.url, launch: { path: 'pages/home/index', query: { scene: encodeURIComponent(plate.scene) } } })
}, 60_000)

afterAll(async () => {
  mp?.close()
  await api?.stop()
})

it('opens a door plate scanned from a cold start and offers its prefilled help request', async () => {
  // Taro runs the app's launch hooks once React has mounted the app, which takes a while on a busy machine.
  const started = Date.now()
  while (!mp.calls.some((c) => c.api === 'reLaunch') && Date.now() - started < 10_000) await new Promise((r) => setTimeout(r, 50))
  const relaunch = mp.calls.find((c) => c.api === 'reLaunch')
  expect(relaunch?.url).toBe(`/pages/scan/index?scene=${plate.scene}`)
  const page = await mp.open('pages/scan/index', { scene: encodeURIComponent(plate.scene) })
  await page.waitFor(() => page.byId('scan-address'), 'the door plate')
  expect(page.text(page.byId('scan-address')!)).toBe('新界埠镇桐山村一组3号')
  expect(page.text()).toMatch(/户主\s*李桂兰/)
  expect(mp.calls.some((c) => c.api === 'request' && c.url === 'POST /api/qr/scans')).toBe(true)
  page.tap(page.byId('scan-help')!)
  const opened = mp.calls.filter((c) => c.api === 'navigateTo').at(-1)!
  expect(opened.url).toContain('/pages/cases/submit/index?type=help&villageId=')
  expect(decodeURIComponent(opened.url!.split('location=')[1]!)).toBe('新界埠镇桐山村一组3号')
  expect(mp.errors).toEqual([])
})
