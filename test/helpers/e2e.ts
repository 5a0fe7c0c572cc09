/**
 * The browser-test session most e2e suites share: the real backend on a seeded database whose
 * clock stands at a given time on today's date (or the next working day), the H5 build on the same
 * origin, Debian Chromium, and the small page helpers the suites use. Call once at the top of a
 * suite file; it registers its own beforeAll/afterAll.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { BrowserContext, Locator, Page } from 'playwright-core'
import { fixedClock } from '../../cloud/src/lib/clock'
import { addCalendarDays, isWorkingDay, toLocalDate } from '../../cloud/src/modules/calendar/workingDays'
import { launchBrowser } from './browser'
import { REPO_ROOT, startAppForBrowser, type RunningApp } from './server'

export const SCREENSHOTS = join(REPO_ROOT, 'test-results', 'screenshots')
const ME = '/#/pages/me/index'

/** Today's date in China if it is a working day, else the next working day. */
export function nextWorkingDay(): string {
  let day = toLocalDate(new Date())
  while (!isWorkingDay(day)) day = addCalendarDays(day, 1)
  return day
}

/** The current page of the H5 stack (earlier pages stay in the DOM). */
export const screen = (page: Page, selector = '') => page.locator(`#page-root ${selector}`.trim())

/** Visible text with white space folded. */
export async function textOf(locator: Locator): Promise<string> {
  await locator.waitFor({ state: 'visible' })
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim()
}

/** Polls until the text matches; the error names the last text seen. */
export async function waitForText(locator: Locator, pattern: RegExp, timeout = 15_000): Promise<string> {
  const until = Date.now() + timeout
  let last = ''
  for (;;) {
    last = await textOf(locator).catch(() => last)
    if (pattern.test(last)) return last
    if (Date.now() > until) throw new Error(`expected text matching ${pattern}, last saw: "${last}"`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

/** A screenshot once the page has finished sliding in (H5 animates page changes). */
export async function shot(page: Page, name: string): Promise<void> {
  await page.waitForFunction(() => {
    const root = document.querySelector('#page-root')
    return root !== null && Math.abs(root.getBoundingClientRect().left) < 1
  })
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) })
}

/** Starts the app with its clock at `time` (HH:MM, China) on `day` for the suite. */
export function browserSession(opts: { day: string; time: string }) {
  let app: RunningApp
  let browser: { context: BrowserContext; close(): Promise<void> }
  const pageErrors = new WeakMap<Page, string[]>()

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true })
    app = await startAppForBrowser({ clock: fixedClock(`${opts.day}T${opts.time}:00+08:00`) })
    browser = await launchBrowser()
  }, 120_000)

  afterAll(async () => {
    await browser?.close()
    await app?.stop()
  })

  /** A new tab on a cleared localStorage, recording uncaught page errors. */
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

  return {
    url: () => app.url,
    freshPage,
    /** A new tab signed in as the first demo person of the role. */
    async signedIn(role: 'resident' | 'assistant' | 'staff' | 'admin', label: RegExp): Promise<Page> {
      const page = await freshPage(ME)
      await screen(page, `#dev-login-${role}`).click()
      await waitForText(screen(page, '#me-role'), label)
      return page
    },
    expectNoPageErrors(page: Page): void {
      expect(pageErrors.get(page) ?? []).toEqual([])
    }
  }
}
