/**
 * 诉求 in the H5 build (Debian Chromium, phone-sized), served with /api by the real backend on a
 * seeded database, three people: a resident submits a complaint with a photo (the draft survives a
 * reload); the centre's admin accepts it and assigns it to 民政; 民政 staff reply with an internal
 * note and publish it as 热点回应; the resident sees the timeline and the notice, confirms, rates, and
 * finds the anonymised answer under 热点回应.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { BrowserContext, Locator, Page } from 'playwright-core'
import { fixedClock } from '../../cloud/src/lib/clock'
import { addCalendarDays, isWorkingDay, toLocalDate } from '../../cloud/src/modules/calendar/workingDays'
import { launchBrowser } from '../helpers/browser'
import { REPO_ROOT, startAppForBrowser, type RunningApp } from '../helpers/server'

jest.setTimeout(180_000)

const SCREENSHOTS = join(REPO_ROOT, 'test-results', 'screenshots')
const ME = '/#/pages/me/index'
/** A 1×1 PNG: a real image the server recognises by its bytes. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')

function morningOfNextWorkingDay(): string {
  let day = toLocalDate(new Date())
  while (!isWorkingDay(day)) day = addCalendarDays(day, 1)
  return day
}

const DAY = morningOfNextWorkingDay()
let app: RunningApp
let browser: { context: BrowserContext; close(): Promise<void> }
const pageErrors = new WeakMap<Page, string[]>()

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true })
  app = await startAppForBrowser({ clock: fixedClock(`${DAY}T09:00:00+08:00`) })
  browser = await launchBrowser()
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

async function freshPage(path: string): Promise<Page> {
  const page = await browser.context.newPage()
  const errors: string[] = []
  page.on('pageerror', (err) => errors.push(err.message))
  await page.goto(`${app.url}/`)
  await page.evaluate(() => window.localStorage.clear())
  await page.goto(`${app.url}${path}`)
  pageErrors.set(page, errors)
  return page
}

const screen = (page: Page, selector = '') => page.locator(`#page-root ${selector}`.trim())

async function textOf(locator: Locator): Promise<string> {
  await locator.waitFor({ state: 'visible' })
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim()
}

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

async function shot(page: Page, name: string): Promise<void> {
  await page.waitForFunction(() => {
    const root = document.querySelector('#page-root')
    return root !== null && Math.abs(root.getBoundingClientRect().left) < 1
  })
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) })
}

async function signedIn(role: 'resident' | 'staff' | 'admin', label: RegExp): Promise<Page> {
  const page = await freshPage(ME)
  await screen(page, `#dev-login-${role}`).click()
  await waitForText(screen(page, '#me-role'), label)
  return page
}

function expectNoPageErrors(page: Page): void {
  expect(pageErrors.get(page) ?? []).toEqual([])
}

describe('诉求 end to end', () => {
  it('a resident complains with a photo; the admin accepts and assigns; 民政 replies; the resident confirms and is invited to rate', async () => {
    const resident = await signedIn('resident', /身份：群众/)
    await resident.goto(`${app.url}/#/pages/home/index`)
    await screen(resident, '#home-cases').scrollIntoViewIfNeeded()
    await shot(resident, 'cases-00-home')
    await screen(resident, '#home-case-complaint').click()
    await resident.waitForURL(/pages\/cases\/submit\/index\?type=complaint/)
    expect(await screen(resident, '#case-type-complaint').getAttribute('aria-checked')).toBe('true')
    await screen(resident, '#case-category-social').click()
    await screen(resident, '#case-text textarea').fill('低保金这个月还没有发到卡上，打电话没人接')
    await screen(resident, '#case-photo-add input[type="file"]').setInputFiles({ name: 'card.png', mimeType: 'image/png', buffer: PNG })
    await waitForText(screen(resident, '#case-message'), /照片已上传，共 1 张/)
    await screen(resident, '#case-photo-0').waitFor({ state: 'visible' })

    await resident.reload()
    await waitForText(screen(resident, '#case-message'), /已恢复您上次没有提交的内容/)
    expect(await screen(resident, '#case-text textarea').inputValue()).toContain('低保金这个月还没有发到卡上')
    expect(await screen(resident, '#case-category-social').getAttribute('aria-checked')).toBe('true')
    await screen(resident, '#case-photo-0').waitFor({ state: 'visible' })
    await shot(resident, 'cases-01-submit')

    await screen(resident, '#case-submit').click()
    await resident.waitForURL(/pages\/cases\/detail\/index\?id=[0-9a-f]{24}/)
    const caseId = /id=([0-9a-f]{24})/.exec(resident.url())![1]!
    await waitForText(screen(resident, '#case-message'), /已提交/)
    await waitForText(screen(resident, '#case-status'), /^待受理/)
    expect(await textOf(screen(resident, '#case-photo-count'))).toContain('附照片 1 张')
    await waitForText(screen(resident, '#case-timeline'), /提交诉求/)
    await shot(resident, 'cases-02-submitted')
    expect(await resident.evaluate(() => Object.keys(window.localStorage).filter((k) => k.includes('xlb.draft.case')))).toEqual([])
    expectNoPageErrors(resident)
    await resident.close()

    const admin = await signedIn('admin', /身份：中心负责人/)
    await screen(admin, '#staff-console-entry').click()
    await screen(admin, '#staff-cases-entry').click()
    await admin.waitForURL(/staff\/pages\/cases\/index/)
    const row = screen(admin, `#staff-case-${caseId}`)
    await waitForText(row, /投诉：低保金这个月.*待受理/)
    expect(await textOf(row)).toMatch(/正常 · 应在\d+月\d+日前受理|即将到期 · 应在/)
    await shot(admin, 'cases-03-queue')
    await row.click()
    await admin.waitForURL(/staff\/pages\/cases\/detail\/index/)
    await screen(admin, '#staff-case-accept').click()
    await waitForText(screen(admin, '#staff-case-message'), /已受理/)
    await waitForText(screen(admin, '#staff-case-status'), /^已受理/)
    await screen(admin, '#staff-case-dept [role="radio"]').filter({ hasText: /^民政$/ }).click()
    await screen(admin, '#staff-case-assign').click()
    await waitForText(screen(admin, '#staff-case-message'), /已派单/)
    await waitForText(screen(admin, '#staff-case-department'), /民政/)
    expectNoPageErrors(admin)
    await admin.close()

    const staff = await signedIn('staff', /身份：窗口工作人员/)
    await staff.goto(`${app.url}/#/staff/pages/cases/index`)
    await waitForText(screen(staff, `#staff-case-${caseId}`), /办理中/)
    await screen(staff, `#staff-case-${caseId}`).click()
    await staff.waitForURL(/staff\/pages\/cases\/detail\/index/)
    const photo = screen(staff, '#staff-case-photos img')
    await photo.waitFor({ state: 'attached' })
    await expect(photo.evaluate((img) => (img as HTMLImageElement).decode().then(() => (img as HTMLImageElement).naturalWidth))).resolves.toBe(1)
    await screen(staff, '#staff-case-reply-text textarea').fill('经核实，本月低保金已于今天补发到您的社保卡，请查收。')
    await screen(staff, '#staff-case-reply-note textarea').fill('银行代发批次延误，已和信用社核对')
    await screen(staff, '#staff-case-reply').click()
    await waitForText(screen(staff, '#staff-case-message'), /已答复/)
    await waitForText(screen(staff, '#staff-case-status'), /^已答复/)
    const history = await waitForText(screen(staff, '#staff-case-timeline'), /内部备注：银行代发批次延误/)
    expect(history).toMatch(/答复.*受理/)
    await shot(staff, 'cases-04-staff-replied')
    if (await screen(staff, '#staff-case-review-pass').count()) {
      await screen(staff, '#staff-case-review-pass').click()
      await waitForText(screen(staff, '#staff-case-message'), /已审核通过/)
    }
    await screen(staff, '#staff-case-hot-title input').fill('低保金迟发怎么办')
    await screen(staff, '#staff-case-publish').click()
    await waitForText(screen(staff, '#staff-case-message'), /已发布为热点回应/)
    await screen(staff, '#staff-case-hot-open').waitFor({ state: 'visible' })
    expectNoPageErrors(staff)
    await staff.close()

    const back = await signedIn('resident', /身份：群众/)
    await back.goto(`${app.url}/#/pages/inbox/index`)
    const inbox = await waitForText(screen(back, '#inbox-list'), /诉求已答复/, 30_000)
    expect(inbox).toContain('诉求已受理')
    await shot(back, 'cases-05-inbox')
    await back.goto(`${app.url}/#/pages/cases/mine/index`)
    await waitForText(screen(back, `#case-${caseId}`), /已答复/)
    await screen(back, `#case-${caseId}`).click()
    await back.waitForURL(/pages\/cases\/detail\/index/)
    const timeline = await waitForText(screen(back, '#case-timeline'), /答复/)
    expect(timeline).toContain('经核实，本月低保金已于今天补发')
    expect(timeline).not.toContain('银行代发批次延误')
    expect(await textOf(screen(back, '#case-reply'))).toContain('补发到您的社保卡')
    await screen(back, '#case-confirm').click()
    await waitForText(screen(back, '#case-status'), /^已办结/)
    await waitForText(screen(back, '#case-rate'), /请为这次办理评价/)
    await shot(back, 'cases-06-confirmed')
    await screen(back, '#case-rate-level-5').click()
    await screen(back, '#case-rate-submit').click()
    await waitForText(screen(back, '#case-message'), /谢谢您的评价/)
    await waitForText(screen(back, '#case-rated'), /非常满意/)

    await back.goto(`${app.url}/#/pages/home/index`)
    await screen(back, '#home-hot').click()
    await back.waitForURL(/pages\/hot\/list\/index/)
    const hot = screen(back, '[id^="hot-item-"]').filter({ hasText: '低保金迟发怎么办' })
    await hot.click()
    await back.waitForURL(/pages\/hot\/detail\/index/)
    expect(await textOf(screen(back, '#hot-answer'))).toContain('补发到您的社保卡')
    expect(await textOf(screen(back, '#hot-question'))).not.toContain('李秀英')
    await shot(back, 'cases-07-hot')
    expectNoPageErrors(back)
    await back.close()
  })

  it('in 长辈版, a submit whose answer is lost keeps the draft and its key; the retry after a reload makes one case', async () => {
    const page = await signedIn('resident', /身份：群众/)
    await screen(page, '#elder-switch .t-switch').click()
    await waitForText(screen(page, '#elder-controls'), /已开启/)
    await page.goto(`${app.url}/#/pages/cases/submit/index?type=help`)
    await screen(page, '#case-category-elderly').click()
    const chip = await screen(page, '#case-type-help').boundingBox()
    expect(chip!.height).toBeGreaterThanOrEqual(60)
    expect(await screen(page).getAttribute('class')).toMatch(/\belder\b/)
    const words = '家里老人行动不便，想申请上门代办高龄津贴'
    await screen(page, '#case-text textarea').fill(words)

    let dropped = 0
    await page.route('**/api/cases', async (route) => {
      if (route.request().method() !== 'POST' || dropped > 0) return route.fallback()
      dropped++
      await route.fetch()
      await route.abort('connectionreset')
    })
    await screen(page, '#case-submit').click()
    await waitForText(screen(page, '#case-message'), /内容已保存在手机上.*不会重复提交/)
    expect(dropped).toBe(1)
    await shot(page, 'cases-08-elder-lost-connection')
    await page.unroute('**/api/cases')

    await page.reload()
    await waitForText(screen(page, '#case-message'), /已恢复您上次没有提交的内容/)
    expect(await screen(page, '#case-text textarea').inputValue()).toBe(words)
    await screen(page, '#case-submit').click()
    await page.waitForURL(/pages\/cases\/detail\/index\?id=[0-9a-f]{24}/)
    await waitForText(screen(page, '#case-status'), /^待受理/)
    await page.goto(`${app.url}/#/pages/cases/mine/index`)
    const list = await waitForText(screen(page, '#case-mine-list'), /家里老人行动不便/)
    expect(list.split('家里老人行动不便').length - 1).toBe(1)
    expectNoPageErrors(page)
    await page.close()
  })
})
