/**
 * The H5 build (dist/h5) in Debian's Chromium on a phone-sized screen, served with /api by the
 * real backend on a seeded test database. Covers the 办事指南 flow of a resident: search, list,
 * detail, materials checklist, 长辈版; plus the staff sign-in and a missing guide.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { BrowserContext, Locator, Page } from 'playwright-core'
import { launchBrowser } from '../helpers/browser'
import { REPO_ROOT, startAppForBrowser, type RunningApp } from '../helpers/server'
import { clippedText, seriousA11yProblems } from '../helpers/e2e'

jest.setTimeout(60_000)

const SCREENSHOTS = join(REPO_ROOT, 'test-results', 'screenshots')
const HOME = '/#/pages/home/index'
const ME = '/#/pages/me/index'

let app: RunningApp
let browser: { context: BrowserContext; close(): Promise<void> }
const pageErrors = new WeakMap<Page, string[]>()

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true })
  app = await startAppForBrowser()
  browser = await launchBrowser()
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

/** A new tab on a clean slate: no session, no ticks, no 长辈版 left over from another test. */
async function freshPage(path: string): Promise<Page> {
  const page = await browser.context.newPage()
  const errors: string[] = []
  page.on('pageerror', (err) => errors.push(err.message))
  await page.goto(`${app.url}/api/health`)
  await page.evaluate(() => window.localStorage.clear())
  await page.goto(`${app.url}${path}`)
  pageErrors.set(page, errors)
  return page
}

/** The screen on top of the stack: H5 keeps earlier pages in the DOM (hidden), so only the visible root counts. */
const screen = (page: Page, selector = '') => page.locator(`#page-root:visible ${selector}`.trim())

async function textOf(locator: Locator): Promise<string> {
  await locator.waitFor({ state: 'visible' })
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim()
}

/** Polls until the element's text matches; fails with the last text seen. */
async function waitForText(locator: Locator, pattern: RegExp, timeout = 15_000): Promise<string> {
  const until = Date.now() + timeout
  let last = ''
  for (;;) {
    last = await textOf(locator).catch(() => last)
    if (pattern.test(last)) return last
    if (Date.now() > until) throw new Error(`expected text matching ${pattern}, last saw: "${last}"`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

/** "已准备 1 / 4 项" → 1 */
function doneCount(progress: string): number {
  const m = /已准备\s*(\d+)\s*\/\s*(\d+)/.exec(progress)
  if (!m) throw new Error(`materials progress reads "${progress}"`)
  return Number(m[1])
}

async function fontSizePx(locator: Locator): Promise<number> {
  return locator.evaluate((el) => parseFloat(window.getComputedStyle(el).fontSize))
}

/** Waits until one Taro page is on screen and at rest (the one that slid in has finished). */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const shown = [...document.querySelectorAll<HTMLElement>('.taro_page')].filter((el) => getComputedStyle(el).display !== 'none')
    return shown.length === 1 && Math.abs(shown[0]!.getBoundingClientRect().left) < 1 && shown[0]!.querySelector('#page-root') !== null
  })
}

async function shot(page: Page, name: string): Promise<void> {
  await settle(page)
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) })
}

/** Types into the page's search box and submits with the keyboard's Enter. */
async function searchFrom(page: Page, boxId: 'home-search' | 'list-search', text: string): Promise<void> {
  const input = screen(page, `#${boxId} input`)
  await input.waitFor({ state: 'visible' })
  await input.fill(text)
  await input.press('Enter')
}

/** Titles of the results on the list screen, in order, once they have loaded. */
async function resultTitles(page: Page): Promise<string[]> {
  await screen(page, '#list-total').waitFor({ state: 'visible' })
  const items = screen(page, '.guide-item')
  await items.first().waitFor({ state: 'visible' })
  return (await items.locator('.guide-item__title').allTextContents()).map((t) => t.trim())
}

function expectNoPageErrors(page: Page): void {
  expect(pageErrors.get(page) ?? []).toEqual([])
}

describe('H5 in Chromium (390×844): a resident finds 低保 and prepares the materials', () => {
  it('home → search "dibao" → 低保 first → detail → tick a material (kept over a reload) → 长辈版 makes the text bigger', async () => {
    const page = await freshPage(HOME)

    await waitForText(screen(page, '#township'), /新界埠镇便民服务中心/)
    await shot(page, '01-home')

    await searchFrom(page, 'home-search', 'dibao')
    await page.waitForURL(/pages\/guides\/list\/index\?q=dibao/)
    await settle(page)
    const titles = await resultTitles(page)
    expect(titles[0]).toContain('低保')
    expect(await screen(page, '.guide-item').first().getAttribute('id')).toBe('guide-dibao')
    await shot(page, '02-list-dibao')

    await screen(page, '#guide-dibao').click()
    await page.waitForURL(/pages\/guides\/detail\/index\?id=[0-9a-f]{24}/)
    await settle(page)
    const title = await waitForText(screen(page, '#guide-title'), /低保/)
    expect(title).toMatch(/最低生活保障/)

    const progress = screen(page, '#materials-progress')
    const before = doneCount(await waitForText(progress, /已准备 \d+ \/ \d+ 项/))
    expect(before).toBe(0)
    await screen(page, '#material-0').click()
    const after = doneCount(await waitForText(progress, new RegExp(`已准备 ${before + 1} /`)))
    expect(after).toBe(before + 1)
    await shot(page, '03-detail-ticked')

    await page.reload()
    await waitForText(screen(page, '#guide-title'), /低保/)
    expect(doneCount(await waitForText(screen(page, '#materials-progress'), /已准备 1 \//))).toBe(1)

    const steps = screen(page, '#steps-flow')
    expect(await steps.locator('.flow-step').count()).toBeGreaterThanOrEqual(2)
    expect(await textOf(steps)).toMatch(/办理方：/)
    const limits = await textOf(screen(page, '#time-limits'))
    expect(limits).toMatch(/法定时限/)
    expect(limits).toMatch(/承诺时限\s*(\d+ 个工作日|即办)/)

    const guideUrl = page.url()
    const normalSize = await fontSizePx(screen(page, '#guide-title'))
    expect(await screen(page).getAttribute('class')).not.toMatch(/\belder\b/)

    await page.goBack()
    await page.waitForURL(/pages\/guides\/list\/index/)
    await page.goBack()
    await page.waitForURL(/pages\/home\/index/)
    await settle(page)
    await page.locator('.weui-tabbar__label:visible', { hasText: '我的' }).click()
    await page.waitForURL(/pages\/me\/index/)
    await settle(page)
    const elderSwitch = screen(page, '#elder-switch')
    await elderSwitch.waitFor({ state: 'visible' })
    await elderSwitch.locator('.t-switch').click()
    await waitForText(screen(page, '#elder-controls'), /已开启/)
    expect(await screen(page).getAttribute('class')).toMatch(/\belder\b/)
    await shot(page, '04-me-elder-on')

    await page.goto(guideUrl)
    await waitForText(screen(page, '#guide-title'), /低保/)
    await settle(page)
    expect(await screen(page).getAttribute('class')).toMatch(/\belder\b/)
    const elderSize = await fontSizePx(screen(page, '#guide-title'))
    expect(elderSize).toBeGreaterThan(normalSize)
    expect(doneCount(await textOf(screen(page, '#materials-progress')))).toBe(1)
    await shot(page, '05-detail-elder')

    expectNoPageErrors(page)
    await page.close()
  })

  it('finds 低保 first by its pinyin initials "db" (home search) and by "低保" (list search)', async () => {
    const page = await freshPage(HOME)
    await searchFrom(page, 'home-search', 'db')
    await page.waitForURL(/pages\/guides\/list\/index\?q=db/)
    await settle(page)
    expect((await resultTitles(page))[0]).toContain('低保')
    expect(await screen(page, '.guide-item').first().getAttribute('id')).toBe('guide-dibao')

    await searchFrom(page, 'list-search', '低保')
    await waitForText(screen(page, '#filter-q'), /搜索：低保/)
    await waitForText(screen(page, '.guide-item__title').first(), /低保/)
    expect(await screen(page, '.guide-item').first().getAttribute('id')).toBe('guide-dibao')
    await shot(page, '06-list-chinese')

    expectNoPageErrors(page)
    await page.close()
  })

  it('says plainly, in Chinese, that a guide does not exist (unknown id) instead of crashing', async () => {
    const page = await freshPage('/#/pages/guides/detail/index?id=0123456789abcdef01234567')
    const message = await waitForText(screen(page, '#load-failed'), /[\u4e00-\u9fff]/)
    expect(message).toMatch(/事项/)
    expect(message).not.toMatch(/网络/)
    expect(message).not.toMatch(/error|undefined|null|NaN|\{|stack/i)
    expect(await screen(page, '#guide-title').count()).toBe(0)
    await shot(page, '07-guide-not-found')
    expectNoPageErrors(page)
    await page.close()
  })
})

describe('H5 in Chromium: the demo sign-in as 民政 staff', () => {
  it('shows the staff console entry on 我的 and the console page loads', async () => {
    const page = await freshPage(ME)
    const login = screen(page, '#dev-login-staff')
    const label = await waitForText(login, /窗口工作人员：\S+/)
    const name = label.replace(/^.*窗口工作人员：/, '').trim()
    await login.click()
    await waitForText(screen(page, '#me-role'), /身份：窗口工作人员/)
    expect(await textOf(screen(page, '#me-name'))).toBe(name)
    const entry = screen(page, '#staff-console-entry')
    await waitForText(entry, /进入工作台/)
    await shot(page, '08-me-staff')

    await entry.click()
    await page.waitForURL(/staff\/pages\/index\/index/)
    await settle(page)
    expect(await waitForText(screen(page, '#staff-me-name'), /\S/)).toBe(name)
    expect(await textOf(screen(page, '#staff-departments'))).toMatch(/民政/)
    await shot(page, '09-staff-console')
    expectNoPageErrors(page)
    await page.close()
  })
})

describe('H5 in Chromium: what a newcomer hit', () => {
  it('shows each page’s title with a back or home control, a 页面不存在 page for an unknown address, and no missing file', async () => {
    const missing: string[] = []
    const page = await browser.context.newPage()
    page.on('response', (r) => {
      if (r.status() >= 400) missing.push(`${r.status()} ${new URL(r.url()).pathname}`)
    })
    await page.goto(`${app.url}${HOME}`)
    await waitForText(screen(page, '#township'), /新界埠镇/)
    const bar = page.locator('#taro-navigation-bar')
    await waitForText(bar, /乡里办/)
    expect(await bar.locator('[aria-label="返回上一页"]:visible').count()).toBe(0)
    await searchFrom(page, 'home-search', 'dibao')
    await page.waitForURL(/pages\/guides\/list\/index/)
    await screen(page, '#guide-dibao').click()
    await page.waitForURL(/pages\/guides\/detail\/index/)
    await waitForText(bar, /最低生活保障（低保）申请/)
    const back = bar.locator('[role="button"][aria-label="返回上一页"]')
    await back.waitFor({ state: 'visible' })
    const target = await back.boundingBox()
    expect(Math.min(target!.width, target!.height)).toBeGreaterThanOrEqual(48)
    await shot(page, '10-detail-title-bar')
    await back.click()
    await page.waitForURL(/pages\/guides\/list\/index/)
    await waitForText(bar, /办事指南/)
    expect(missing).toEqual([])
    const icon = await page.request.get(`${app.url}/favicon.ico`)
    expect(icon.status()).toBe(200)
    expect(icon.headers()['content-type']).toBe('image/x-icon')
    await page.close()

    const lost = await freshPage('/#/pages/guides/detial/index?slug=dibao')
    await waitForText(screen(lost, '#not-found'), /页面不存在.*链接抄错了/)
    expect(await textOf(screen(lost, '#not-found-path'))).toContain('/pages/guides/detial/index')
    await waitForText(lost.locator('#taro-navigation-bar'), /页面不存在/)
    await shot(lost, '11-not-found')
    await screen(lost, '#not-found-home').click()
    await lost.waitForURL(/pages\/home\/index/)
    await waitForText(screen(lost, '#township'), /新界埠镇/)
    expectNoPageErrors(lost)
    await lost.close()

    const direct = await freshPage('/#/pages/contacts/index')
    const home = direct.locator('#taro-navigation-bar [role="button"][aria-label="回首页"]')
    await home.waitFor({ state: 'visible' })
    await waitForText(direct.locator('#taro-navigation-bar'), /多对一联系表/)
    await home.click()
    await direct.waitForURL(/pages\/home\/index/)
    await direct.close()
  })

  it('follows a changed address: another slug shows that guide and books that service', async () => {
    const page = await freshPage('/#/pages/guides/detail/index?slug=dibao')
    await waitForText(screen(page, '#guide-title'), /低保/)
    await screen(page, '#book-online').click()
    await page.waitForURL(/pages\/appointments\/book\/index/)
    await waitForText(screen(page, '#book-guide-title'), /低保/)
    await page.goto(`${app.url}/#/pages/guides/detail/index?slug=tekun`)
    await waitForText(screen(page, '#guide-title'), /特困人员救助供养/)
    await waitForText(page.locator('#taro-navigation-bar'), /特困人员救助供养/)
    await screen(page, '#book-online').click()
    await page.waitForURL(/pages\/appointments\/book\/index/)
    await waitForText(screen(page, '#book-guide-title'), /特困人员救助供养/)
    expectNoPageErrors(page)
    await page.close()
  })

  it('in 长辈版 no text on 我的 or a guide is cut off, and axe finds nothing serious there', async () => {
    const page = await freshPage(ME)
    await screen(page, '#dev-login-resident').click()
    await waitForText(screen(page, '#me-role'), /身份：群众/)
    await waitForText(screen(page, '#notice-settings'), /站内消息/)
    expect(await seriousA11yProblems(page)).toEqual([])
    await screen(page, '#elder-switch .t-switch').click()
    await waitForText(screen(page, '#elder-controls'), /已开启/)
    await screen(page, '#my-cases-entry').waitFor({ state: 'visible' })
    expect(await clippedText(page)).toEqual([])
    const row = await screen(page, '#notice-inbox').boundingBox()
    expect(row!.height).toBeGreaterThan(64)
    await screen(page, '#staff-signup-entry').scrollIntoViewIfNeeded()
    await shot(page, '12-me-elder-rows')

    await page.goto(`${app.url}/#/pages/guides/detail/index?slug=dibao`)
    await waitForText(screen(page, '#guide-title'), /低保/)
    await settle(page)
    await screen(page, '#faq').scrollIntoViewIfNeeded()
    expect(await clippedText(page)).toEqual([])
    expect(await seriousA11yProblems(page)).toEqual([])
    expect(await screen(page, '#guide-badges .t-tag').count()).toBeGreaterThan(0)
    expect(await screen(page, '#guide-badges [role="button"]').count()).toBe(0)
    await shot(page, '13-guide-faq-elder')
    expectNoPageErrors(page)
    await page.close()
  })
})
