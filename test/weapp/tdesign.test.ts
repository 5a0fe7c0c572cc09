/**
 * The TDesign components Taro ships in dist/weapp, checked against where the pages that render
 * them live and how base.wxml (Taro's compiled templates for our src/ui `.weapp.tsx` wrappers)
 * uses them: every tag a page's source can render is registered for that page (app-wide, or in its
 * own page config) with files in the main package or the page's own subpackage, and so is it in the
 * `comp` that renders the page's deep nodes; every shipped copy loads in miniprogram-simulate
 * (WeChat's wcc + exparser), renders with the props our wrappers pass, understands every attribute
 * base.wxml sets, fires every event base.wxml listens to, and shows only icons the trimmed icon
 * stylesheet still has. Not exercised here: how they look (no layout or CSS in jsdom).
 */
import { existsSync, readFileSync } from 'node:fs'
import { join, posix } from 'node:path'
import { TDESIGN_ICONS } from '../../config/tdesign'
import { allPageRoutes, bootMiniProgram, readWeappBuild, unresolvedTags, walk, WEAPP_DIR, type MiniProgram, type WxNode } from '../helpers/weapp'
import { tdesignTagsOfPage } from '../helpers/tdesignUsage'

/** Props like the src/ui wrappers pass, and text the component must then show. */
const SAMPLES: Record<string, { props: Record<string, unknown>; shows: string[] }> = {
  't-button': { props: { theme: 'primary', variant: 'outline', block: true, size: 'large', content: '搜索' }, shows: ['搜索'] },
  't-cell': { props: { title: '进入工作台', description: '办件、预约、审核', arrow: true }, shows: ['进入工作台', '办件、预约、审核'] },
  't-cell-group': { props: { title: '更多', theme: 'card' }, shows: ['更多'] },
  't-search': { props: { value: 'dibao', placeholder: '搜要办的事', action: '搜索', shape: 'round', clearable: true }, shows: ['搜索'] },
  't-tag': { props: { theme: 'success', variant: 'outline', size: 'small', closable: true }, shows: [] },
  't-checkbox': {
    props: { checked: true, label: '1. 居民身份证', content: '原件 1 份', block: true, maxLabelRow: 3, maxContentRow: 4 },
    shows: ['1. 居民身份证', '原件 1 份']
  },
  't-switch': { props: { value: true, label: ['开', '关'], size: 'large' }, shows: ['开'] },
  't-collapse': { props: { value: ['0'] }, shows: [] },
  't-collapse-panel': { props: { value: '0', header: '可以代办吗？' }, shows: ['可以代办吗？'] },
  't-empty': { props: { icon: 'info-circle', description: '没有找到“低保”相关的事项' }, shows: ['没有找到“低保”相关的事项'] },
  't-loading': { props: { theme: 'circular', text: '正在查找…', layout: 'vertical' }, shows: ['正在查找…'] },
  't-input': { props: { label: '姓名', value: '刘芳', placeholder: '请输入真实姓名', clearable: true }, shows: ['姓名'] },
  't-textarea': { props: { label: '说明', value: '', placeholder: '请写清楚', maxlength: 200, indicator: true }, shows: ['说明'] }
}

/** For each t-* tag in base.wxml: the attributes Taro binds and the events it listens to. */
function tdesignUsage(baseWxml: string): Map<string, { attributes: string[]; events: string[] }> {
  const usage = new Map<string, { attributes: string[]; events: string[] }>()
  for (const m of baseWxml.matchAll(/<(t-[a-z-]+)\s([^>]*)>/g)) {
    const tag = m[1]!
    const entry = usage.get(tag) ?? { attributes: [], events: [] }
    for (const a of m[2]!.matchAll(/([\w:-]+)="[^"]*"/g)) {
      const name = a[1]!
      const bound = /^(?:bind|catch):?(.+)$/.exec(name)
      if (bound) {
        if (!entry.events.includes(bound[1]!)) entry.events.push(bound[1]!)
      } else if (!['id', 'data-sid', 'style', 'class'].includes(name) && !entry.attributes.includes(name)) {
        entry.attributes.push(name)
      }
    }
    usage.set(tag, entry)
  }
  return usage
}

const camel = (name: string) => name.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase())

const app = readWeappBuild()
const routes = allPageRoutes(app)
const roots = (app.subPackages ?? []).map((s) => s.root.replace(/\/$/, ''))
const packageOf = (file: string) => roots.find((r) => file.startsWith(`${r}/`)) ?? 'main'
const baseWxml = readFileSync(join(WEAPP_DIR, 'base.wxml'), 'utf8')
const usage = tdesignUsage(baseWxml)
const tags = [...usage.keys()].sort()

type UsingComponents = Record<string, string>
const usingOf = (path: string): UsingComponents =>
  (JSON.parse(readFileSync(join(WEAPP_DIR, `${path}.json`), 'utf8')) as { usingComponents?: UsingComponents }).usingComponents ?? {}

/** A usingComponents value declared in `from` (a path under dist/weapp without extension) → the component's path. */
const resolveFrom = (from: string, ref: string) => (ref.startsWith('/') ? ref.slice(1) : posix.join(posix.dirname(from), ref))
const appWide: UsingComponents = Object.fromEntries(Object.entries(app.usingComponents ?? {}).map(([t, r]) => [t, resolveFrom('app', r)]))

/** Tag → component path as seen from `owner` (a page or a `comp`): app-wide registrations, then its own. */
function visibleFrom(owner: string): UsingComponents {
  const own = Object.fromEntries(Object.entries(usingOf(owner)).map(([t, r]) => [t, resolveFrom(owner, r)]))
  return { ...appWide, ...own }
}

/** What is wrong with `tag` as `owner` sees it, for a page living in `pkg`; null when all is well. */
function registrationProblem(owner: string, pkg: string, tag: string): string | null {
  const path = visibleFrom(owner)[tag]
  if (!path) return `${owner}: <${tag}> is not registered`
  const where = packageOf(path)
  if (where !== 'main' && where !== pkg) return `${owner}: <${tag}> → ${path} is in ${where}/, not reachable from ${pkg}`
  const missing = ['.js', '.json', '.wxml', '.wxss'].filter((ext) => !existsSync(join(WEAPP_DIR, path + ext)))
  return missing.length ? `${owner}: <${tag}> → ${path} has no ${missing.join(', ')}` : null
}

/** Every shipped copy of every TDesign component registered somewhere (app.json, page or comp configs). */
const copies = new Map<string, string>()
for (const owner of ['app', ...routes, 'comp', ...roots.map((r) => `${r}/comp`)]) {
  if (owner !== 'app' && !existsSync(join(WEAPP_DIR, `${owner}.json`))) continue
  const seen = owner === 'app' ? appWide : visibleFrom(owner)
  for (const [tag, path] of Object.entries(seen)) if (tag.startsWith('t-')) copies.set(path, tag)
}
const shipped = [...copies].map(([path, tag]) => ({ path, tag })).sort((a, b) => a.path.localeCompare(b.path))

const iconRules = new Set(
  [...readFileSync(join(WEAPP_DIR, 'npm/tdesign-miniprogram/miniprogram_dist/icon/icon.wxss'), 'utf8').matchAll(/\.t-icon-([a-z0-9-]+):before/g)].map(
    (m) => m[1]!
  )
)

/** Icon names a rendered tree shows (`t-icon-<name>` on the icon's label). */
function iconsShown(root: WxNode): string[] {
  const names = new Set<string>()
  walk(root, (n) => {
    for (const m of (n.$$?.getAttribute?.('class') ?? '').matchAll(/(?:^|\s|--)t-icon-([a-z0-9][a-z0-9-]*)/g)) {
      if (m[1] !== 'base') names.add(m[1]!)
    }
  })
  return [...names]
}

let mp: MiniProgram

beforeAll(async () => {
  mp = await bootMiniProgram({ apiOrigin: 'http://127.0.0.1:9' })
})

afterAll(() => mp?.close())

describe('TDesign components registered where each page lives', () => {
  it('base.wxml uses the TDesign tags our src/ui wrappers render', () => {
    expect(tags).toEqual(expect.arrayContaining(['t-button', 't-checkbox', 't-search', 't-switch', 't-input']))
  })

  it.each(routes)('%s: every TDesign tag its source can render is registered for it, in its own package or the main one', (route) => {
    const pageTags = [...tdesignTagsOfPage(route)]
    expect(pageTags.length).toBeGreaterThan(0)
    const problems = pageTags.map((tag) => registrationProblem(route, packageOf(route), tag)).filter(Boolean)
    expect(problems).toEqual([])
  })

  it.each(routes)('%s: the comp rendering its deep nodes registers the same tags, in its own package or the main one', (route) => {
    const ref = usingOf(route).comp
    expect(ref).toBeDefined()
    const comp = resolveFrom(route, ref!)
    expect([packageOf(route), 'main']).toContain(packageOf(comp))
    const problems = [...tdesignTagsOfPage(route)].map((tag) => registrationProblem(comp, packageOf(route), tag)).filter(Boolean)
    expect(problems).toEqual([])
  })

  it('components only subpackages render are not in the main package, and the main package ships no file nobody registers', () => {
    const mainOnlyPages = routes.filter((r) => packageOf(r) === 'main')
    const mainTags = new Set(mainOnlyPages.flatMap((r) => [...tdesignTagsOfPage(r)]))
    for (const { path, tag } of shipped) {
      if (packageOf(path) === 'main') expect({ tag, neededByMainOrAppWide: mainTags.has(tag) || tag in appWide }).toEqual({ tag, neededByMainOrAppWide: true })
    }
    const subpackageOnly = tags.filter((t) => !mainTags.has(t) && !(t in appWide))
    expect(subpackageOnly.length).toBeGreaterThan(0)
    for (const tag of subpackageOnly) {
      const name = tag.slice(2)
      expect({ tag, inMain: existsSync(join(WEAPP_DIR, `npm/tdesign-miniprogram/miniprogram_dist/${name}/${name}.js`)) }).toEqual({ tag, inMain: false })
    }
  })

  it.each(roots.filter((r) => existsSync(join(WEAPP_DIR, `${r}/comp.json`))))(
    "%s/comp renders the subpackage's own components in deep nodes (the main comp cannot: it only sees app-wide ones)",
    async (root) => {
      const local = Object.keys(usingOf(`${root}/comp`)).filter((t) => t.startsWith('t-'))
      expect(local.length).toBeGreaterThan(0)
      for (const tag of local) {
        const node = { nn: tag, sid: `deep-${tag}`, cn: [], ...SAMPLES[tag]!.props }
        const instance = (view: { root: WxNode }) => unresolvedTags(view.root).length === 0
        const own = await mp.mount(`${root}/comp`, { i: node, l: '' })
        expect({ root, tag, rendered: instance(own) }).toEqual({ root, tag, rendered: true })
        own.close()
        const main = await mp.mount('comp', { i: node, l: '' })
        expect({ root, tag, renderedByMainComp: instance(main) }).toEqual({ root, tag, renderedByMainComp: false })
        main.close()
      }
    }
  )
})

describe('each shipped TDesign component copy, as base.wxml uses it (miniprogram-simulate: wcc + exparser)', () => {
  it('ships every tag base.wxml uses, at least once', () => {
    expect([...new Set(shipped.map((s) => s.tag))].sort()).toEqual(tags)
  })

  it.each(shipped)('$path ($tag) is a component with its js/json/wxml/wxss', ({ path }) => {
    for (const ext of ['.js', '.json', '.wxml', '.wxss']) {
      expect({ file: path + ext, exists: existsSync(join(WEAPP_DIR, path + ext)) }).toEqual({ file: path + ext, exists: true })
    }
    expect(JSON.parse(readFileSync(join(WEAPP_DIR, `${path}.json`), 'utf8'))).toMatchObject({ component: true })
  })

  it.each(shipped)(
    '$path loads, renders with the props our wrapper passes, declares every attribute base.wxml binds, shows only kept icons',
    async ({ path, tag }) => {
      const sample = SAMPLES[tag] ?? { props: {}, shows: [] }
      const component = await mp.mount(path, sample.props)
      const shown = component.text()
      for (const text of sample.shows) expect(shown).toContain(text)
      const undeclared = usage.get(tag)!.attributes.filter((a) => !component.declares(camel(a)))
      expect(undeclared).toEqual([])
      const icons = iconsShown(component.root)
      expect(icons.filter((name) => !iconRules.has(name))).toEqual([])
      component.close()
      expect(mp.errors).toEqual([])
    }
  )

  it.each(shipped)('$path fires every event base.wxml listens to', ({ path, tag }) => {
    const source = readFileSync(join(WEAPP_DIR, `${path}.js`), 'utf8')
    const missing = usage
      .get(tag)!
      .events.filter((e) => !new RegExp(`(?:triggerEvent|_trigger)\\(\\s*["'\`]${e}["'\`]`).test(source))
    expect(missing).toEqual([])
  })

  it('the icon stylesheet keeps exactly the icons config/tdesign.ts names, and the samples show them', async () => {
    expect([...iconRules].sort()).toEqual([...TDESIGN_ICONS].sort())
    const seen = new Set<string>()
    for (const { path, tag } of shipped) {
      const component = await mp.mount(path, SAMPLES[tag]?.props ?? {})
      for (const name of iconsShown(component.root)) seen.add(name)
      component.close()
    }
    expect([...seen].sort()).toEqual(expect.arrayContaining(['check-circle-filled', 'chevron-right', 'close', 'info-circle', 'search']))
  })
})
