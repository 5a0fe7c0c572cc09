/**
 * The browser-test session most e2e suites share: the real backend on a seeded database whose
 * clock stands at a given time on today's date (or the next working day), the H5 build on the same
 * origin, Debian Chromium, and the small page helpers the suites use. Call once at the top of a
 * suite file; it registers its own beforeAll/afterAll.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import axe from 'axe-core'
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

/**
 * Text the screen cuts off: elements with text whose content is taller or wider than their box while
 * they hide the overflow (or end it in "…"). Collapsed panels (no height at all) and the scrolling
 * containers themselves do not count. Each entry names the element and its text.
 */
export async function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = []
    for (const el of document.querySelectorAll<HTMLElement>('#page-root *')) {
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim()
      if (!text || el.clientHeight === 0 || el.getClientRects().length === 0) continue
      if (el.matches('input, textarea, svg, svg *')) continue
      const css = getComputedStyle(el)
      const tall = /hidden|clip/.test(css.overflowY) && el.scrollHeight > el.clientHeight + 1
      const wide = (/hidden|clip/.test(css.overflowX) || css.textOverflow === 'ellipsis') && el.scrollWidth > el.clientWidth + 1
      if (tall || wide) found.push(`${el.className || el.tagName}: ${text.slice(0, 24)} (${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight})`)
    }
    return found
  })
}

/**
 * axe-core's serious and critical findings on the screen on view (earlier pages of the H5 stack are
 * hidden and not checked), each as `rule: target`.
 */
export async function seriousA11yProblems(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axe.source })
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, { resultTypes: ['violations'] })
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`))
  })
}

/** Turns 长辈版 on or off the way the 我的 switch stores it, and reloads the screen. */
export async function setElder(page: Page, on: boolean): Promise<void> {
  await page.evaluate((preference) => window.localStorage.setItem('xlb.display', JSON.stringify({ data: { preference, elderStep: 0 } })), on ? 'on' : 'off')
  await page.reload()
  await page.waitForFunction((elder) => document.querySelector('#page-root')?.getAttribute('data-elder') === elder, on ? '1' : '0')
}

/** Calls the API from the page as the person signed in there (the session the app keeps in storage). */
export async function apiAs<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (url) => {
    const stored = JSON.parse(window.localStorage.getItem('xlb.session') ?? 'null') as { data?: { token?: string }; token?: string } | null
    const token = stored?.data?.token ?? stored?.token
    const res = await fetch(url, { headers: token ? { Authorization: `Bearer ${token}` } : {} })
    if (!res.ok) throw new Error(`GET ${url} → ${res.status}`)
    return res.json()
  }, path) as Promise<T>
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
