/**
 * Runs the COMPILED mini-program in `dist/weapp` inside miniprogram-simulate: WeChat's own wxml
 * compiler (wcc, shipped with miniprogram-compiler) turns base.wxml and every page and TDesign
 * template into render functions, and WeChat's component framework (exparser, under j-component)
 * renders them into jsdom. Taro's real runtime (app.js, taro.js, vendors.js, common.js) drives
 * the pages through setData, exactly as on a phone.
 *
 * What this stands in for (miniprogram-simulate has no notion of an app or of pages):
 * - `App`, `getApp`, `Page`, `getCurrentPages`: a page is registered as a component whose
 *   `attached`/`ready`/`detached` call the page's onLoad+onShow/onReady/onUnload.
 * - `wx` (on top of simulate's stubs): storage in memory, `wx.request` over real HTTP to a test
 *   backend, and navigation that only records where the app wanted to go.
 * Not exercised: the WeChat client itself (native components, real layout/CSS, tab bar,
 * page stack animations), subscription messages, wx.login against WeChat.
 */
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { JSDOM } from 'jsdom'

export const WEAPP_DIR = resolve(__dirname, '../../dist/weapp')

export interface AppJson {
  pages: string[]
  subPackages?: { root: string; pages: string[] }[]
  usingComponents?: Record<string, string>
}

/** app.json of the build; throws a message saying how to build it when dist/weapp is missing. */
export function readWeappBuild(): AppJson {
  const file = join(WEAPP_DIR, 'app.json')
  if (!existsSync(file) || !existsSync(join(WEAPP_DIR, 'app.js')) || !existsSync(join(WEAPP_DIR, 'base.wxml'))) {
    throw new Error('dist/weapp is missing or incomplete: run `npm run build:weapp` before `jest --selectProjects weapp`')
  }
  return JSON.parse(readFileSync(file, 'utf8')) as AppJson
}

/** Every page route in app.json, subpackage pages included (`staff/pages/index/index`). */
export function allPageRoutes(app: AppJson): string[] {
  return [...app.pages, ...(app.subPackages ?? []).flatMap((s) => s.pages.map((p) => `${s.root.replace(/\/$/, '')}/${p}`))]
}

/** A node of WeChat's component tree (exparser), as far as these tests use it. */
export interface WxNode {
  id: string
  is?: string
  $$: HTMLElement
  childNodes: WxNode[]
  shadowRoot?: WxNode
  dataset?: Record<string, unknown>
}

interface ExparserEvent {
  dispatchEvent(target: WxNode, event: unknown): void
  create(name: string, detail: unknown, options: Record<string, unknown>): unknown
}
export interface Exparser {
  Element: { pretendDetached(node: WxNode): void }
  Component: { hasPublicProperty(node: WxNode, name: string): boolean }
  Event: ExparserEvent
}
export interface Rendered {
  attach(parent: Element): void
  detach(): void
  _exparserNode: WxNode
}
export interface Simulate {
  load(path: string, options: Record<string, unknown>): string
  render(id: string, properties?: Record<string, unknown>): Rendered
  sleep(ms: number): Promise<void>
}

type WxCallbacks = { success?: (r: unknown) => void; fail?: (e: unknown) => void; complete?: (r: unknown) => void }
type PageConfig = Record<string, unknown> & { data?: Record<string, unknown> }
type PageThis = Record<string, (...args: unknown[]) => unknown> & { route?: string }

/** Where the app asked WeChat to go (navigateTo, switchTab, …) and what else it asked for. */
export interface WxCall {
  api: string
  url?: string
  title?: string
}

/** Something rendered by the simulator (a page or a single component) and ways to use it. */
export interface View {
  root: WxNode
  /** The first node whose id is `id` (searching through every component's shadow tree). */
  byId(id: string): WxNode | null
  /** Nodes carrying the class, in document order (TDesign internals included). */
  byClass(cls: string): WxNode[]
  /** Visible text of a node (or of everything rendered), whitespace collapsed. */
  text(node?: WxNode | null): string
  /** Class attribute of the node as rendered (without the simulator's `main--` style prefixes). */
  classes(node: WxNode): string[]
  /** Resolves once `check` returns a truthy value; fails with `what` and the text shown. */
  waitFor<T>(check: () => T | null | undefined | false, what: string, timeoutMs?: number): Promise<T>
  /** A finger tap on the first innermost element the node shows, bubbling up as in WeChat. */
  tap(node: WxNode): void
  /** Types into the first `<input>` inside the node and presses the keyboard's confirm key. */
  typeAndConfirm(node: WxNode, value: string): void
  close(): void
}

/** One compiled page rendered by the simulator. */
export interface OpenPage extends View {
  route: string
}

/** A single custom component of the build, rendered on its own. */
export interface MountedComponent extends View {
  /** Whether the component declares this property (camelCase), i.e. an attribute it understands. */
  declares(property: string): boolean
}

export interface MiniProgram {
  calls: WxCall[]
  storage: Map<string, unknown>
  /** The page in app.json with the query it was opened with (the previous page is unloaded). */
  open(route: string, query?: Record<string, string>): Promise<OpenPage>
  /** A component of the build by its path under dist/weapp (no extension), with properties. */
  mount(path: string, properties?: Record<string, unknown>): Promise<MountedComponent>
  /** console.error output raised while pages ran. */
  errors: string[]
  close(): void
}

/** Depth-first through children and every component's shadow tree; stops when `visit` returns true. */
export function walk(node: WxNode, visit: (n: WxNode) => boolean | void): boolean {
  if (visit(node)) return true
  if (node.shadowRoot && walk(node.shadowRoot, visit)) return true
  for (const child of node.childNodes ?? []) {
    if (child && typeof child === 'object' && 'childNodes' in child && walk(child, visit)) return true
  }
  return false
}

/** t-* elements in the tree that no registration resolved (exparser renders them as bare elements, `is` empty). */
export function unresolvedTags(root: WxNode): string[] {
  const tags: string[] = []
  walk(root, (n) => {
    const tag = n.$$?.tagName?.toLowerCase()
    if (tag?.startsWith('t-') && !n.is) tags.push(tag)
  })
  return tags
}

/** Text a node shows; a virtual host (no element of its own) shows its shadow tree's text. */
function textOf(node: WxNode & { textContent?: string }): string {
  if (node.$$) return node.$$.textContent ?? ''
  const children = node.shadowRoot?.childNodes ?? node.childNodes
  if (Array.isArray(children)) return children.map((c) => textOf(c)).join('')
  return node.textContent ?? ''
}

/** The node's own element, or (for a virtual host) the first element it renders. */
function firstElement(node: WxNode): Element | null {
  if (node.$$) return node.$$
  for (const child of node.shadowRoot?.childNodes ?? node.childNodes ?? []) {
    const el = child && typeof child === 'object' ? firstElement(child) : null
    if (el) return el
  }
  return null
}

/** "main--a main--b t-button--x" → ["a", "b", "x"] */
function cleanClasses(el: Element | null | undefined): string[] {
  const raw = el?.getAttribute?.('class') ?? ''
  return raw
    .split(/\s+/)
    .filter(Boolean)
    .map((c) => c.replace(/^[\w-]+?--/, ''))
}

/** WeChat's component framework as j-component (under miniprogram-simulate) uses it. */
function exparserPath(): string {
  const resolveFrom = createRequire(__filename)
  const jComponent = resolveFrom.resolve('j-component', { paths: [resolveFrom.resolve('miniprogram-simulate')] })
  return createRequire(jComponent).resolve('miniprogram-exparser')
}

/**
 * miniprogram-simulate registers a component by running its js file, expecting it to call
 * `Component()`. Taro's and TDesign's files in dist/weapp are webpack chunks: their module body
 * runs once per module registry, so a component used by a second page (or by two components)
 * would silently stay unregistered. This remembers each file's `Component()` options and
 * registers them again whenever the file is run and does not call it itself.
 */
async function reRegisterBundledComponents(g: Record<string, unknown>): Promise<void> {
  const utilsPath: string = createRequire(__filename).resolve('miniprogram-simulate/src/utils.js')
  const utils = ((await import(utilsPath)) as { default: { runJs(file: string): void } }).default
  const register = g.Component as (options: unknown) => void
  const definitions = new Map<string, unknown>()
  let running: { file: string; registered: boolean } | null = null
  g.Component = (options: unknown) => {
    if (running) {
      definitions.set(running.file, options)
      running.registered = true
    }
    register(options)
  }
  const runJs = utils.runJs
  utils.runJs = (file: string) => {
    const outer = running
    const self = { file, registered: false }
    running = self
    try {
      runJs(file)
    } finally {
      running = outer
    }
    if (!self.registered && definitions.has(file)) register(definitions.get(file))
  }
}

/** Fires a WeChat event on a node: bubbling, crossing component boundaries, like a real one. */
export function dispatchWxEvent(exparser: Exparser, target: WxNode, name: string, detail: unknown): void {
  exparser.Event.dispatchEvent(
    target,
    exparser.Event.create(name, detail, {
      bubbles: true,
      composed: true,
      capturePhase: true,
      extraFields: { touches: [], changedTouches: [] }
    })
  )
}

export interface Simulator {
  simulate: Simulate
  exparser: Exparser
  window: Window
  /** console.error output and errors thrown inside components since install. */
  errors: string[]
  uninstall(): void
}

/**
 * A jsdom window as the global environment (the weapp jest project runs in node), then
 * miniprogram-simulate on top. console.error is captured into `errors` until uninstall.
 */
export async function installSimulator(): Promise<Simulator> {
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', { pretendToBeVisual: true })
  const g = globalThis as unknown as Record<string, unknown>
  const win = dom.window as unknown as Record<string, unknown>
  const added: string[] = []
  for (const key of Object.getOwnPropertyNames(dom.window)) {
    if (key in g) continue
    try {
      g[key] = win[key]
      added.push(key)
    } catch {
      /* read-only on this global */
    }
  }
  g.window = dom.window
  g.document = dom.window.document
  added.push('window', 'document')

  const errors: string[] = []
  const consoleError = console.error
  console.error = (...args: unknown[]) => {
    errors.push(args.map((a) => (a instanceof Error ? (a.stack ?? a.message) : String(a))).join(' '))
  }
  const simulate = (await import('miniprogram-simulate')) as unknown as Simulate
  const exparser = (await import(exparserPath())) as Exparser
  await reRegisterBundledComponents(g)
  return {
    simulate,
    exparser,
    window: dom.window as unknown as Window,
    errors,
    uninstall() {
      console.error = consoleError
      dom.window.close()
      for (const key of added) delete g[key]
    }
  }
}

/**
 * Boots the compiled app in a fresh jsdom: runs app.js (Taro's App), then serves pages one at a
 * time. `apiOrigin` receives every wx.request (its path and query kept), so pass the URL of a
 * `startSeededApp()` backend. Call once per test file (the runtime is a per-file singleton).
 */
export async function bootMiniProgram(opts: { apiOrigin: string }): Promise<MiniProgram> {
  const app = readWeappBuild()
  const sim = await installSimulator()
  const { simulate, exparser, errors } = sim
  const g = globalThis as unknown as Record<string, unknown>

  const calls: WxCall[] = []
  const storage = new Map<string, unknown>()
  const done = (o: WxCallbacks, result: Record<string, unknown> = {}) => {
    const r = { errMsg: 'ok', ...result }
    setTimeout(() => {
      o.success?.(r)
      o.complete?.(r)
    }, 0)
  }
  const navigation = (api: string) => (o: WxCallbacks & { url?: string }) => {
    calls.push({ api, url: o.url })
    done(o)
  }
  const wx = g.wx as Record<string, unknown>
  Object.assign(wx, {
    getStorageSync: (key: string) => (storage.has(key) ? structuredClone(storage.get(key)) : ''),
    setStorageSync: (key: string, value: unknown) => void storage.set(key, structuredClone(value)),
    removeStorageSync: (key: string) => void storage.delete(key),
    clearStorageSync: () => storage.clear(),
    nextTick: (fn: () => void) => setTimeout(fn, 0),
    navigateTo: navigation('navigateTo'),
    redirectTo: navigation('redirectTo'),
    switchTab: navigation('switchTab'),
    reLaunch: navigation('reLaunch'),
    navigateBack: (o: WxCallbacks) => {
      calls.push({ api: 'navigateBack' })
      done(o)
    },
    setNavigationBarTitle: (o: WxCallbacks & { title: string }) => {
      calls.push({ api: 'setNavigationBarTitle', title: o.title })
      done(o)
    },
    showToast: (o: WxCallbacks & { title: string }) => {
      calls.push({ api: 'showToast', title: o.title })
      done(o)
    },
    showModal: (o: WxCallbacks & { title?: string; content?: string }) => {
      calls.push({ api: 'showModal', title: o.title ?? o.content })
      done(o, { confirm: false, cancel: true })
    },
    request: (o: WxCallbacks & { url: string; method?: string; data?: unknown; header?: Record<string, string> }) => {
      const target = new URL(o.url)
      const url = `${opts.apiOrigin}${target.pathname}${target.search}`
      const method = (o.method ?? 'GET').toUpperCase()
      calls.push({ api: 'request', url: `${method} ${target.pathname}${target.search}` })
      const hasBody = method !== 'GET' && method !== 'HEAD' && o.data !== undefined
      fetch(url, { method, headers: o.header, body: hasBody ? JSON.stringify(o.data) : undefined })
        .then(async (res) => {
          const text = await res.text()
          let data: unknown = text
          try {
            data = JSON.parse(text)
          } catch {
            /* not JSON: WeChat hands over the string */
          }
          const header: Record<string, string> = {}
          res.headers.forEach((v, k) => (header[k] = v))
          const r = { statusCode: res.status, data, header, errMsg: 'request:ok' }
          o.success?.(r)
          o.complete?.(r)
        })
        .catch((err: unknown) => {
          const e = { errMsg: `request:fail ${String(err)}` }
          o.fail?.(e)
          o.complete?.(e)
        })
      return { abort() {}, onHeadersReceived() {}, offHeadersReceived() {} }
    }
  })

  let appInstance: Record<string, (...args: unknown[]) => unknown> | null = null
  g.App = (config: Record<string, (...args: unknown[]) => unknown>) => {
    appInstance = config
  }
  g.getApp = () => appInstance
  const stack: PageThis[] = []
  g.getCurrentPages = () => [...stack]

  let nextRoute = ''
  let nextQuery: Record<string, string> = {}
  g.Page = (config: PageConfig) => {
    const methods: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(config)) if (typeof value === 'function') methods[key] = value
    const Component = g.Component as (def: Record<string, unknown>) => void
    Component({
      data: config.data ?? {},
      methods,
      lifetimes: {
        attached(this: PageThis) {
          this.route = nextRoute
          stack.push(this)
          this.onLoad!({ ...nextQuery })
          this.onShow!()
        },
        ready(this: PageThis) {
          this.onReady!()
        },
        detached(this: PageThis) {
          this.onHide!()
          this.onUnload!()
          stack.splice(stack.indexOf(this), 1)
        }
      }
    })
  }

  await import(join(WEAPP_DIR, 'app.js'))
  if (!appInstance) throw new Error('dist/weapp/app.js did not call App()')
  const launch = { path: app.pages[0], query: {}, scene: 1001 }
  ;(appInstance as Record<string, (...args: unknown[]) => unknown>).onLaunch?.(launch)
  ;(appInstance as Record<string, (...args: unknown[]) => unknown>).onShow?.(launch)

  const loaded = new Map<string, string>()
  const load = (path: string) => {
    let id = loaded.get(path)
    if (!id) {
      id = simulate.load(join(WEAPP_DIR, path), { rootPath: WEAPP_DIR, usingComponents: { ...app.usingComponents } })
      loaded.set(path, id)
    }
    return id
  }
  let current: View | null = null

  const view = (label: string, rendered: Rendered, host: HTMLElement): View => {
    const root = rendered._exparserNode
    const v: View = {
      root,
      byId(wanted) {
        let found: WxNode | null = null
        walk(root, (n) => {
          if (n.id === wanted) found = n
          return found !== null
        })
        return found
      },
      byClass(cls) {
        const out: WxNode[] = []
        walk(root, (n) => {
          if (n.$$ && cleanClasses(n.$$).includes(cls) && !out.some((o) => o.$$ === n.$$)) out.push(n)
        })
        return out
      },
      text(node) {
        return textOf(node ?? root)
          .replace(/\s+/g, ' ')
          .trim()
      },
      classes(node) {
        return cleanClasses(node.$$)
      },
      async waitFor(check, what, timeoutMs = 10_000) {
        const until = Date.now() + timeoutMs
        for (;;) {
          const value = check()
          if (value) return value
          if (Date.now() > until) throw new Error(`weapp ${label}: timed out waiting for ${what}; it shows: "${v.text().slice(0, 600)}"`)
          await simulate.sleep(20)
        }
      },
      tap(node) {
        let el = firstElement(node)
        if (!el) throw new Error(`weapp ${label}: #${node.id} has nothing to tap`)
        while (el.firstElementChild) el = el.firstElementChild
        const target = (el as Element & { __wxElement?: WxNode }).__wxElement ?? node
        dispatchWxEvent(exparser, target, 'tap', { x: 0, y: 0 })
      },
      typeAndConfirm(node, value) {
        let input: WxNode | null = null
        walk(node, (n) => {
          if (n.$$?.tagName?.toLowerCase() === 'wx-input') input = n
          return input !== null
        })
        if (!input) throw new Error(`weapp ${label}: no <input> inside #${node.id}`)
        dispatchWxEvent(exparser, input, 'input', { value, cursor: value.length, keyCode: 0 })
        dispatchWxEvent(exparser, input, 'confirm', { value })
      },
      close() {
        if (root.$$) rendered.detach()
        else exparser.Element.pretendDetached(root)
        host.remove()
        if (current === v) current = null
      }
    }
    return v
  }

  const attach = async (id: string, properties?: Record<string, unknown>) => {
    const rendered = simulate.render(id, properties)
    if (!rendered) throw new Error(`the simulator could not render ${id}: its Component()/Page() was never registered`)
    const host = document.createElement('div')
    document.body.appendChild(host)
    rendered.attach(host)
    await simulate.sleep(0)
    return { rendered, host }
  }

  return {
    calls,
    storage,
    errors,
    async open(route, query = {}) {
      if (!allPageRoutes(app).includes(route)) throw new Error(`${route} is not a page in app.json`)
      current?.close()
      const id = load(route)
      nextRoute = route
      nextQuery = query
      const { rendered, host } = await attach(id)
      const page: OpenPage = Object.assign(view(route, rendered, host), { route })
      current = page
      return page
    },
    async mount(path, properties) {
      const { rendered, host } = await attach(load(path), properties)
      return Object.assign(view(path, rendered, host), {
        declares: (property: string) => exparser.Component.hasPublicProperty(rendered._exparserNode, property)
      })
    },
    close() {
      current?.close()
      sim.uninstall()
    }
  }
}
