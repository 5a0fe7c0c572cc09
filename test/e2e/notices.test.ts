/**
 * The inbox in the H5 build (Debian Chromium, phone-sized), served with /api by the real backend
 * (notice worker running) on a seeded test database: a resident applies to become staff, the admin
 * approves (through the API; the console has its own tests), and the resident's 消息 tab shows the
 * unread badge and the inbox the notice, which opens the application and is then read.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { BrowserContext, Locator, Page } from 'playwright-core'
import { launchBrowser } from '../helpers/browser'
import { REPO_ROOT, startAppForBrowser, type RunningApp } from '../helpers/server'

jest.setTimeout(90_000)

const SCREENSHOTS = join(REPO_ROOT, 'test-results', 'screenshots')
const ME = '/#/pages/me/index'

let app: RunningApp
let browser: { context: BrowserContext; close(): Promise<void> }

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true })
  app = await startAppForBrowser()
  browser = await launchBrowser()
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

const screen = (page: Page, selector = '') => page.locator(`#page-root ${selector}`.trim())

async function waitForText(locator: Locator, pattern: RegExp, timeout = 15_000): Promise<string> {
  const until = Date.now() + timeout
  let last = ''
  for (;;) {
    last = await locator
      .first()
      .textContent({ timeout: 1000 })
      .then((t) => (t ?? '').replace(/\s+/g, ' ').trim())
      .catch(() => last)
    if (pattern.test(last)) return last
    if (Date.now() > until) throw new Error(`expected text matching ${pattern}, last saw: "${last}"`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

/** A valid 18-digit ID number (GB 11643 check digit) from a 17-digit body. */
function idNumberFrom(body17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(body17[i]) * weights[i]!
  return body17 + '10X98765432'[sum % 11]
}

async function api<T>(path: string, init: { method?: string; token?: string; body?: unknown } = {}): Promise<T> {
  const res = await fetch(`${app.url}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      'content-type': 'application/json',
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {})
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body)
  })
  const data = (await res.json().catch(() => null)) as T
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${path} → ${res.status} ${JSON.stringify(data)}`)
  return data
}

/** The admin approves the pending sign-up of `realName`, as the staff console would. */
async function adminApproves(realName: string): Promise<void> {
  const people = await api<{ id: string; role: string }[]>('/api/auth/dev-people')
  const admin = people.find((p) => p.role === 'admin')
  if (!admin) throw new Error('the demo data has no admin')
  const { token } = await api<{ token: string }>('/api/auth/dev-login', { method: 'POST', body: { userId: admin.id } })
  const pending = await api<{ id: string; realName: string }[]>('/api/admin/staff-signups?status=pending', { token })
  const signup = pending.find((s) => s.realName === realName)
  if (!signup) throw new Error(`no pending sign-up of ${realName}`)
  await api(`/api/admin/staff-signups/${signup.id}/review`, { method: 'POST', token, body: { decision: 'approve' } })
}

/** Waits until page transitions (H5 slides pages in) have finished, so a screenshot shows one screen. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'))
}

const inboxTab = (page: Page) => page.locator('.weui-tabbar__item:visible', { hasText: '消息' })

describe('H5 in Chromium: a resident is told in the inbox when staff act', () => {
  it('sign-up → admin approves → unread badge on 消息 → the notice in the inbox → opened and read', async () => {
    const page = await browser.context.newPage()
    const errors: string[] = []
    page.on('pageerror', (err) => errors.push(err.message))
    await page.goto(`${app.url}/`)
    await page.evaluate(() => window.localStorage.clear())
    await page.goto(`${app.url}${ME}`)

    await screen(page, '#dev-login-resident').click()
    await waitForText(screen(page, '#me-role'), /身份：群众/)
    await waitForText(screen(page, '#notice-settings'), /站内消息.*一直开启/)
    expect(await inboxTab(page).locator('.weui-badge:visible').count()).toBe(0)

    await screen(page, '#staff-signup-entry').click()
    await page.waitForURL(/pages\/me\/staff-signup\/index/)
    const realName = '赵小红'
    await screen(page, '#signup-realName input').fill(realName)
    await screen(page, '#signup-idNumber input').fill(idNumberFrom(`3607301992${String(Date.now()).slice(-7)}`))
    await screen(page, '#signup-phone input').fill('13900139000')
    await screen(page, '#signup-departments .ui-checkbox').first().locator('.t-checkbox').click()
    await screen(page, '#signup-submit').click()
    await waitForText(screen(page, '#signup-status-text'), /审核中/)

    await adminApproves(realName)

    await page.goto(`${app.url}${ME}`)
    await waitForText(screen(page, '#me-role'), /身份/)
    const badge = inboxTab(page).locator('.weui-badge')
    await waitForText(badge, /^1$/)
    await settled(page)
    await screen(page, '#notice-settings').scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(SCREENSHOTS, 'notices-01-me-unread-badge.png') })

    await inboxTab(page).click()
    await page.waitForURL(/pages\/inbox\/index/)
    await waitForText(screen(page, '#inbox-unread'), /1 条未读/)
    const entry = screen(page, '#inbox-list .inbox-item').first()
    const text = await waitForText(entry, /工作人员申请已通过/)
    expect(text).toMatch(/未读/)
    expect(text).toMatch(/进入工作台/)
    expect(text).toMatch(/今天 \d\d:\d\d/)
    await settled(page)
    await page.screenshot({ path: join(SCREENSHOTS, 'notices-02-inbox-unread.png') })

    await entry.click()
    await page.waitForURL(/pages\/me\/staff-signup\/index/)
    await waitForText(screen(page, '#signup-status-text'), /已通过/)

    await page.goto(`${app.url}/#/pages/inbox/index`)
    await waitForText(screen(page, '#inbox-unread'), /没有未读消息/)
    const readText = await waitForText(screen(page, '#inbox-list .inbox-item').first(), /工作人员申请已通过/)
    expect(readText).toMatch(/已读/)
    expect(readText).not.toMatch(/未读/)
    await waitForText(page.locator('body'), /消息/)
    expect(await inboxTab(page).locator('.weui-badge:visible').count()).toBe(0)
    await settled(page)
    await page.screenshot({ path: join(SCREENSHOTS, 'notices-03-inbox-read.png') })

    expect(errors).toEqual([])
    await page.close()
  })

  it('asks a signed-out visitor to sign in instead of showing an empty inbox', async () => {
    const page = await browser.context.newPage()
    await page.goto(`${app.url}/`)
    await page.evaluate(() => window.localStorage.clear())
    await page.goto(`${app.url}/#/pages/inbox/index`)
    await waitForText(screen(page, '#inbox-signed-out'), /登录后/)
    await screen(page, '#inbox-go-sign-in').click()
    await page.waitForURL(/pages\/me\/index/)
    await page.close()
  })
})
