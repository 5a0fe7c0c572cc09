/**
 * The resident's 办事指南 flow in the real WeChat DevTools simulator, driven by
 * miniprogram-automator: search "dibao" → 低保 first → open → tick a material → 长辈版.
 *
 * Runs only where WeChat DevTools is installed (Windows/macOS; it does not run on Linux), with
 * WECHAT_DEVTOOLS_CLI pointing at its `cli` and the service port enabled (设置 → 安全设置 → 服务端口).
 * The mini-program needs an API it can reach, so before running:
 *   1. `npm start`                                   (backend + demo data on http://127.0.0.1:3000)
 *   2. `TARO_APP_API_BASE=http://127.0.0.1:3000 npm run build:weapp`
 *   3. `WECHAT_DEVTOOLS_CLI=/path/to/cli npx jest --selectProjects automator`
 * The project opened is the repo root (project.config.json → dist/weapp, urlCheck off).
 */
import { resolve } from 'node:path'
import automator from 'miniprogram-automator'
import type MiniProgram from 'miniprogram-automator/out/MiniProgram'
import type Page from 'miniprogram-automator/out/Page'
import type Element from 'miniprogram-automator/out/Element'

const REPO_ROOT = resolve(__dirname, '../..')
const cliPath = process.env.WECHAT_DEVTOOLS_CLI
const suite = cliPath ? describe : describe.skip
if (!cliPath) console.log('automator: skipped — WECHAT_DEVTOOLS_CLI is not set (WeChat DevTools does not run on Linux)')

jest.setTimeout(120_000)

let mp: MiniProgram

/** The element, failing with the selector when the page does not have it. */
async function must(scope: Page | Element, selector: string): Promise<Element> {
  const el = await scope.$(selector)
  if (!el) throw new Error(`no ${selector} on ${'path' in scope ? scope.path : scope.tagName}`)
  return el
}

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 200))
  }
}

async function current(path: string): Promise<Page> {
  let page: Page | undefined
  await until(async () => {
    page = await mp.currentPage()
    return page?.path === path
  }, `page ${path}`)
  return page!
}

function doneCount(progress: string): number {
  const m = /已准备\s*(\d+)\s*\//.exec(progress)
  if (!m) throw new Error(`materials progress reads "${progress}"`)
  return Number(m[1])
}

suite('WeChat DevTools (miniprogram-automator): a resident finds 低保 and prepares the materials', () => {
  beforeAll(async () => {
    mp = await automator.launch({ cliPath, projectPath: REPO_ROOT, projectConfig: { setting: { urlCheck: false } } })
    await mp.callWxMethod('clearStorageSync')
  })

  afterAll(async () => {
    await mp?.close()
  })

  it('search "dibao" → 低保 first → open → tick the first material → 长辈版 enlarges the guide', async () => {
    const home = await mp.reLaunch('/pages/home/index')
    if (!home) throw new Error('reLaunch did not open the home page')
    await home.waitFor('#township')
    const search = await must(await must(home, '#home-search'), 't-search')
    const input = await must(search, 'input')
    await input.trigger('input', { value: 'dibao', cursor: 5 })
    await input.trigger('confirm', { value: 'dibao' })

    const list = await current('pages/guides/list/index')
    await list.waitFor('.guide-item')
    const items = (await list.$$('.guide-item')) as Element[]
    expect(await items[0]!.attribute('id')).toBe('guide-dibao')
    expect(await items[0]!.text()).toContain('低保')
    await items[0]!.tap()

    const detail = await current('pages/guides/detail/index')
    await detail.waitFor('#guide-title')
    const title = await must(detail, '#guide-title')
    expect(await title.text()).toContain('低保')
    const normalSize = parseFloat(await title.style('font-size'))
    const progress = await must(detail, '#materials-progress')
    const before = doneCount(await progress.text())
    const checkbox = await must(await must(detail, '#material-0'), 't-checkbox')
    await (await must(checkbox, '.t-checkbox__content')).tap()
    await until(async () => doneCount(await progress.text()) === before + 1, '已准备 count to go up')
    expect(await (await must(detail, '#steps-flow')).text()).toMatch(/办理方/)
    expect(await (await must(detail, '#time-limits')).text()).toMatch(/承诺时限/)

    const me = await mp.switchTab('/pages/me/index')
    if (!me) throw new Error('switchTab did not open 我的')
    await me.waitFor('#elder-switch')
    const sw = await must(await must(me, '#elder-switch'), 't-switch')
    await (await must(sw, '.t-switch')).tap()
    await until(async () => /\belder\b/.test(await (await must(me, '#page-root')).attribute('class')), '#page-root.elder')

    const again = await mp.navigateTo('/pages/guides/detail/index?slug=dibao')
    if (!again) throw new Error('navigateTo did not open the guide')
    await again.waitFor('#guide-title')
    expect(await (await must(again, '#page-root')).attribute('class')).toMatch(/\belder\b/)
    expect(parseFloat(await (await must(again, '#guide-title')).style('font-size'))).toBeGreaterThan(normalSize)
    expect(doneCount(await (await must(again, '#materials-progress')).text())).toBe(before + 1)
  })
})
