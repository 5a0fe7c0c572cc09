/**
 * The COMPILED mini-program (dist/weapp) in miniprogram-simulate: WeChat's wcc compiles the wxml,
 * exparser renders it, Taro's shipped runtime drives each page, TDesign's shipped components
 * handle the taps and typing, and every wx.request reaches the real backend on seeded demo data.
 * See test/helpers/weapp.ts for what is stood in for (App/Page/navigation/storage) and what is not.
 */
import { allPageRoutes, bootMiniProgram, readWeappBuild, unresolvedTags, type MiniProgram, type OpenPage } from '../helpers/weapp'
import { startSeededApp, type RunningApp } from '../helpers/server'

jest.setTimeout(30_000)

let api: RunningApp
let mp: MiniProgram

beforeAll(async () => {
  readWeappBuild()
  api = await startSeededApp()
  mp = await bootMiniProgram({ apiOrigin: api.url })
}, 60_000)

afterAll(async () => {
  mp?.close()
  await api?.stop()
})

beforeEach(() => {
  mp.calls.length = 0
  mp.errors.length = 0
  mp.storage.clear()
})

/** The last page the app asked WeChat to open, split as WeChat hands it to onLoad (values not decoded). */
function lastNavigation(): { route: string; query: Record<string, string> } {
  const call = [...mp.calls].reverse().find((c) => ['navigateTo', 'redirectTo', 'switchTab', 'reLaunch'].includes(c.api))
  if (!call?.url) throw new Error(`the app did not navigate; wx calls: ${JSON.stringify(mp.calls)}`)
  const [path, search = ''] = call.url.replace(/^\//, '').split('?')
  const query: Record<string, string> = {}
  for (const pair of search.split('&').filter(Boolean)) {
    const at = pair.indexOf('=')
    query[pair.slice(0, at)] = pair.slice(at + 1)
  }
  return { route: path!, query }
}

async function follow(): Promise<OpenPage> {
  const { route, query } = lastNavigation()
  return mp.open(route, query)
}

/** Done once nothing on the page says it is still loading. */
async function settled(page: OpenPage): Promise<void> {
  await page.waitFor(() => page.text() !== '' && !/正在(打开|查找|加载)/.test(page.text()), 'the page to finish loading')
}

function progressCount(page: OpenPage): { done: number; total: number } {
  const m = /已准备\s*(\d+)\s*\/\s*(\d+)/.exec(page.text(page.byId('materials-progress')))
  if (!m) throw new Error(`no materials progress on ${page.route}: "${page.text().slice(0, 300)}"`)
  return { done: Number(m[1]), total: Number(m[2]) }
}

async function openDibaoGuide(): Promise<OpenPage> {
  const list = await mp.open('pages/guides/list/index', { q: 'dibao' })
  const item = await list.waitFor(() => list.byId('guide-dibao'), '#guide-dibao in the results')
  const navigations = mp.calls.filter((c) => c.api === 'navigateTo').length
  list.tap(item)
  await list.waitFor(() => mp.calls.filter((c) => c.api === 'navigateTo').length > navigations, 'a tap on the guide to open it')
  const detail = await follow()
  await detail.waitFor(() => detail.byId('guide-title'), '#guide-title')
  return detail
}

describe('dist/weapp pages in miniprogram-simulate (real wcc + exparser + Taro runtime; App/Page/wx stood in)', () => {
  it('every page in app.json, the subpackages included, loads, renders, resolves every TDesign tag it shows and logs no error', async () => {
    const routes = allPageRoutes(readWeappBuild())
    expect(routes).toEqual(expect.arrayContaining(['pages/home/index', 'pages/guides/detail/index', 'pages/me/index']))
    expect(routes.some((r) => r.startsWith('staff/'))).toBe(true)
    for (const route of routes) {
      const page = await mp.open(route)
      await settled(page)
      expect({ route, rendered: page.text().length > 0 }).toEqual({ route, rendered: true })
      expect({ route, pageRoot: page.byId('page-root') !== null }).toEqual({ route, pageRoot: true })
      expect({ route, unresolved: unresolvedTags(page.root) }).toEqual({ route, unresolved: [] })
      page.close()
    }
    expect(mp.errors).toEqual([])
  })

  it('home: typing "dibao" into the TDesign search and confirming opens the list, where 低保 comes first', async () => {
    const home = await mp.open('pages/home/index')
    await home.waitFor(() => /新界埠镇便民服务中心/.test(home.text()), 'the township from the API')
    home.typeAndConfirm(home.byId('home-search')!, 'dibao')
    await home.waitFor(() => mp.calls.some((c) => c.api === 'navigateTo'), 'the search to navigate')
    expect(lastNavigation()).toEqual({ route: 'pages/guides/list/index', query: { q: 'dibao' } })

    const list = await follow()
    await list.waitFor(() => list.byClass('guide-item').length > 0, 'results')
    const first = list.byClass('guide-item')[0]!
    expect(first.id).toBe('guide-dibao')
    expect(list.text(first)).toMatch(/低保/)
    expect(list.text(list.byId('list-total'))).toMatch(/共 \d+ 项/)
    expect(mp.errors).toEqual([])
  })

  it('list: "db" and "低保" (URL-encoded, as WeChat passes it) both put 低保 first', async () => {
    for (const q of ['db', encodeURIComponent('低保')]) {
      const list = await mp.open('pages/guides/list/index', { q })
      await list.waitFor(() => list.byClass('guide-item').length > 0, `results for ${q}`)
      expect({ q, first: list.byClass('guide-item')[0]!.id }).toEqual({ q, first: 'guide-dibao' })
    }
    const empty = await mp.open('pages/guides/list/index', { q: 'zzzzqqq' })
    const box = await empty.waitFor(() => empty.byId('list-empty'), '#list-empty')
    expect(empty.text(box)).toMatch(/没有找到/)
  })

  it('detail: renders the materials checklist, steps and time limits; tapping a TDesign checkbox updates 已准备 x / y and is kept per guide', async () => {
    const detail = await openDibaoGuide()
    expect(detail.text(detail.byId('guide-title'))).toMatch(/低保/)
    expect(mp.calls).toContainEqual({ api: 'setNavigationBarTitle', title: expect.stringMatching(/低保/) })
    expect(detail.byId('material-0')).not.toBeNull()
    expect(detail.byId('material-1')).not.toBeNull()
    expect(detail.byClass('flow-step').length).toBeGreaterThanOrEqual(2)
    expect(detail.text(detail.byId('time-limits'))).toMatch(/法定时限.*承诺时限/)

    const before = progressCount(detail)
    expect(before.done).toBe(0)
    expect(before.total).toBeGreaterThan(0)
    detail.tap(detail.byId('material-0')!)
    await detail.waitFor(() => progressCount(detail).done === 1, '已准备 1 / …')
    expect(progressCount(detail).total).toBe(before.total)
    const stored = [...mp.storage.entries()].find(([k]) => k.startsWith('xlb.checklist.'))
    expect(stored?.[1]).toHaveLength(1)

    const again = await openDibaoGuide()
    await again.waitFor(() => progressCount(again).done === 1, 'the tick to survive reopening the guide')
    again.tap(again.byId('material-0')!)
    await again.waitFor(() => progressCount(again).done === 0, 'unticking')
    expect(mp.errors).toEqual([])
  })

  it('我的: the 长辈版 TDesign switch puts #page-root in elder mode (class elder, fs-24), and guides then open in it', async () => {
    const normal = await openDibaoGuide()
    const root = () => normal.byId('page-root')!
    expect(normal.classes(root())).toContain('fs-16')
    expect(normal.classes(root())).not.toContain('elder')

    const me = await mp.open('pages/me/index')
    const sw = await me.waitFor(() => me.byId('elder-switch'), '#elder-switch')
    me.tap(sw)
    await me.waitFor(() => me.classes(me.byId('page-root')!).includes('elder'), '#page-root.elder on 我的')
    expect(me.byId('text-size-up')).not.toBeNull()
    expect(me.text(me.byId('elder-controls'))).toMatch(/已开启/)

    const elder = await openDibaoGuide()
    const classes = elder.classes(elder.byId('page-root')!)
    expect(classes).toContain('elder')
    expect(classes).toContain('fs-24')
    expect(mp.calls.filter((c) => c.api === 'showModal')).toEqual([])
    expect(mp.errors).toEqual([])
  })

  it('我的: demo sign-in as 民政 staff shows the staff console entry, which opens the staff subpackage', async () => {
    const me = await mp.open('pages/me/index')
    const login = await me.waitFor(() => me.byId('dev-login-staff'), '#dev-login-staff')
    const name = me.text(login).replace(/^.*窗口工作人员：/, '')
    expect(name).not.toBe('')
    me.tap(login)
    await me.waitFor(() => me.byId('staff-console-entry'), '#staff-console-entry after signing in')
    expect(me.text(me.byId('me-name'))).toBe(name)
    expect(me.text(me.byId('me-role'))).toMatch(/窗口工作人员/)
    expect(mp.storage.get('xlb.session')).toMatchObject({ token: expect.any(String) })

    me.tap(me.byId('staff-console-entry')!)
    await me.waitFor(() => mp.calls.some((c) => c.api === 'navigateTo'), 'the console entry to navigate')
    expect(lastNavigation().route).toBe('staff/pages/index/index')
    const console_ = await follow()
    const who = await console_.waitFor(() => console_.byId('staff-me-name'), '#staff-me-name in the console')
    expect(console_.text(who)).toBe(name)
    expect(console_.text(console_.byId('staff-departments'))).toMatch(/民政/)
    expect(mp.errors).toEqual([])
  })

  it('detail: an unknown guide id shows a plain Chinese not-found message', async () => {
    const page = await mp.open('pages/guides/detail/index', { id: '0123456789abcdef01234567' })
    const failed = await page.waitFor(() => page.byId('load-failed'), '#load-failed')
    expect(page.text(failed)).toMatch(/事项/)
    expect(page.text(failed)).not.toMatch(/网络/)
    expect(page.byId('guide-title')).toBeNull()
  })
})
