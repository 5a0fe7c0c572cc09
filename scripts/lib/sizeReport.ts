/**
 * Where the bytes of dist/weapp go: each package, each file, the source modules inside every
 * webpack chunk (attributed from the minified output), and each TDesign component with the pages
 * that use it. Built from the build itself plus the module list `WeappModuleStatsPlugin` writes.
 */
import { readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, sep } from 'node:path'
import { parse } from 'acorn'
import type { WeappModuleStats } from '../../config/weappModuleStats'
import {
  MAIN_PACKAGE_BUDGET,
  SUBPACKAGE_BUDGET,
  WEAPP_DIR,
  packageOf,
  packageSizes,
  pageRoutes,
  readAppJson,
  resolveComponent,
  subpackageRoots,
  walk
} from './weapp'

/** A source module's share of one output file, in minified bytes. */
export interface ModuleBytes {
  name: string
  bytes: number
}

export interface FileReport {
  file: string
  /** `main` or the subpackage root (`staff`, `pages/cases` …). */
  pkg: string
  bytes: number
  /** For webpack chunks: the modules it carries, biggest first, plus its wrapper. */
  modules: ModuleBytes[]
}

export interface ComponentReport {
  /** Folder of the component in dist/weapp, e.g. `npm/tdesign-miniprogram/miniprogram_dist/button`. */
  dir: string
  name: string
  pkg: string
  bytes: number
  /** False for TDesign's shared folders (`common`: styles, wxs, helpers) that are no component. */
  component: boolean
  /** Pages that can render it (directly or through another component); `*` when app-wide (registered, or used by an app-wide one). */
  usedBy: string[]
}

export interface SizeReport {
  mainPackageBytes: number
  totalBytes: number
  subPackages: Record<string, number>
  files: FileReport[]
  components: ComponentReport[]
}

const rel = (dir: string, file: string) => relative(dir, file).split(sep).join('/')

type Node = { type: string; start: number; end: number; [key: string]: unknown }

/** The `{ id: function … }` object of a `(wx.webpackJsonp …).push([[ids], {…}, …])` chunk file. */
function chunkModules(source: string): { chunkIds: string[]; modules: { id: string; bytes: number }[] } | null {
  let program: Node
  try {
    program = parse(source, { ecmaVersion: 'latest', sourceType: 'script' }) as unknown as Node
  } catch {
    return null
  }
  let found: ReturnType<typeof chunkModules> = null
  const visit = (node: unknown): void => {
    if (found || !node || typeof node !== 'object') return
    const n = node as Node
    if (n.type === 'CallExpression') {
      const callee = n.callee as Node & { property?: Node & { name?: string } }
      const args = n.arguments as Node[]
      const first = args[0] as (Node & { elements?: Node[] }) | undefined
      if (callee.type === 'MemberExpression' && callee.property?.name === 'push' && first?.type === 'ArrayExpression') {
        const [ids, mods] = first.elements ?? []
        if (ids?.type === 'ArrayExpression' && mods?.type === 'ObjectExpression') {
          const chunkIds = ((ids as Node & { elements: (Node & { value: unknown })[] }).elements ?? []).map((e) => String(e.value))
          const modules = (mods as Node & { properties: (Node & { key: Node & { value?: unknown; name?: string } })[] }).properties.map(
            (p) => ({ id: String(p.key.value ?? p.key.name), bytes: p.end - p.start })
          )
          found = { chunkIds, modules }
          return
        }
      }
    }
    for (const value of Object.values(n)) {
      if (Array.isArray(value)) value.forEach(visit)
      else if (value && typeof value === 'object' && 'type' in value) visit(value)
    }
  }
  visit(program)
  return found
}

/** Splits a chunk file's bytes over the source modules it carries. */
function attribute(source: string, bytes: number, stats: WeappModuleStats | null): ModuleBytes[] {
  const parsed = chunkModules(source)
  if (!parsed) return []
  const byName = new Map<string, number>()
  const add = (name: string, n: number) => byName.set(name, (byName.get(name) ?? 0) + n)
  let inModules = 0
  for (const m of parsed.modules) {
    inModules += m.bytes
    const parts = parsed.chunkIds.map((c) => stats?.chunks[c]?.modules[m.id]).find(Boolean)
    if (!parts?.length) {
      add(`module ${m.id}`, m.bytes)
      continue
    }
    const total = parts.reduce((s, p) => s + p.size, 0) || 1
    for (const p of parts) add(p.name, Math.round((m.bytes * p.size) / total))
  }
  add('(chunk wrapper, requires, entry call)', bytes - inModules)
  return [...byName].map(([name, b]) => ({ name, bytes: b })).sort((a, b) => b.bytes - a.bytes)
}

function usingComponents(dir: string, base: string): Record<string, string> {
  try {
    const json = JSON.parse(readFileSync(join(dir, base + '.json'), 'utf8')) as { usingComponents?: Record<string, string> }
    return json.usingComponents ?? {}
  } catch {
    return {}
  }
}

/** Component paths (no extension, relative to dir) a page can render: its own, app-wide ones, and theirs. */
export function componentsOfPage(dir: string, page: string, includeAppWide = true): Set<string> {
  const seen = new Set<string>()
  const queue: { from: string; targets: string[] }[] = [
    { from: page, targets: Object.values(usingComponents(dir, page)) },
    ...(includeAppWide ? [{ from: 'app', targets: Object.values(readAppJson(dir).usingComponents ?? {}) }] : [])
  ]
  while (queue.length) {
    const { from, targets } = queue.shift()!
    for (const target of targets) {
      const resolved = resolveComponent(dir, dirname(join(dir, from)), target)
      if (!resolved) continue
      const base = rel(dir, resolved)
      if (seen.has(base)) continue
      seen.add(base)
      queue.push({ from: base, targets: Object.values(usingComponents(dir, base)) })
    }
  }
  return seen
}

function tdesignComponents(dir: string, files: FileReport[]): ComponentReport[] {
  const appWide = componentsOfPage(dir, 'app', false)
  const pages = pageRoutes(dir).map((p) => ({ page: p, uses: componentsOfPage(dir, p, false) }))
  const byDir = new Map<string, ComponentReport>()
  for (const f of files) {
    const m = /^(.*?miniprogram_dist\/([^/]+))\/[^/]+$/.exec(f.file)
    if (!m || !f.file.includes('tdesign-miniprogram/')) continue
    const entry = byDir.get(m[1]!) ?? { dir: m[1]!, name: m[2]!, pkg: f.pkg, bytes: 0, component: false, usedBy: [] }
    entry.bytes += f.bytes
    if (f.file === `${m[1]}/${m[2]}.json`) entry.component = true
    byDir.set(m[1]!, entry)
  }
  for (const c of byDir.values()) {
    const isUsed = (uses: Set<string>) => [...uses].some((u) => u.startsWith(c.dir + '/'))
    c.usedBy = isUsed(appWide) ? ['*'] : pages.filter((p) => isUsed(p.uses)).map((p) => p.page)
  }
  return [...byDir.values()].sort((a, b) => b.bytes - a.bytes)
}

/** Measures dist/weapp (built) and attributes its bytes; `stats` may be null (then no module split). */
export function sizeReport(stats: WeappModuleStats | null, dir = WEAPP_DIR): SizeReport {
  const roots = subpackageRoots(dir)
  const files: FileReport[] = walk(dir).map((path) => {
    const file = rel(dir, path)
    const bytes = statSync(path).size
    const modules = file.endsWith('.js') ? attribute(readFileSync(path, 'utf8'), bytes, stats) : []
    return { file, pkg: packageOf(roots, file), bytes, modules }
  })
  const { mainPackageBytes, subPackageBytes: subPackages, totalBytes } = packageSizes(dir)
  return { mainPackageBytes, totalBytes, subPackages, files, components: tdesignComponents(dir, files) }
}

/** TDesign components (not their shared folders) whose files are in the main package. */
export function mainComponentCount(r: SizeReport): number {
  return r.components.filter((c) => c.component && c.pkg === 'main').length
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`.padStart(10)

/** npm package (or src folder) a module name belongs to: `zod`, `@tarojs/runtime`, `src/shared`. */
function owner(name: string): string {
  const npm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(name)
  if (npm) return npm[1]!
  const src = /^src\/([^/]+)/.exec(name)
  return src ? `src/${src[1]}` : name
}

/** The report as text: packages, biggest files, each chunk's biggest modules and owners, TDesign components. */
export function formatSizeReport(r: SizeReport, modulesPerChunk = 8): string {
  const top = modulesPerChunk
  const lines: string[] = []
  const budget = (pkg: string) => ` (budget ${kb(pkg === 'main' ? MAIN_PACKAGE_BUDGET : SUBPACKAGE_BUDGET).trim()})`
  lines.push('== packages')
  lines.push(`${kb(r.mainPackageBytes)}  main${budget('main')}`)
  for (const [root, bytes] of Object.entries(r.subPackages)) lines.push(`${kb(bytes)}  ${root}/${budget(root)}`)
  lines.push(`${kb(r.totalBytes)}  total`)

  for (const pkg of ['main', ...Object.keys(r.subPackages)]) {
    const files = r.files.filter((f) => f.pkg === pkg)
    const kinds = new Map<string, number>()
    for (const f of files) {
      const kind = f.file.includes('tdesign-miniprogram/') ? 'TDesign components' : (/\.(\w+)$/.exec(f.file)?.[1] ?? 'other')
      kinds.set(kind, (kinds.get(kind) ?? 0) + f.bytes)
    }
    lines.push('', `== ${pkg}: by kind`)
    for (const [kind, bytes] of [...kinds].sort((a, b) => b[1] - a[1])) lines.push(`${kb(bytes)}  ${kind}`)
    lines.push(`-- ${pkg}: biggest files`)
    for (const f of [...files].sort((a, b) => b.bytes - a.bytes).slice(0, 12)) lines.push(`${kb(f.bytes)}  ${f.file}`)
  }

  lines.push('', '== webpack chunks: biggest modules (minified bytes in the output)')
  for (const f of r.files.filter((x) => x.modules.length && x.bytes >= 2048).sort((a, b) => b.bytes - a.bytes)) {
    lines.push(`${kb(f.bytes)}  ${f.file}  [${f.pkg}]`)
    const owners = new Map<string, number>()
    for (const m of f.modules) owners.set(owner(m.name), (owners.get(owner(m.name)) ?? 0) + m.bytes)
    if (owners.size > 1) {
      const list = [...owners].sort((a, b) => b[1] - a[1]).slice(0, 6)
      lines.push(`              by owner: ${list.map(([o, b]) => `${o} ${kb(b).trim()}`).join(' · ')}`)
    }
    for (const m of f.modules.slice(0, top)) lines.push(`  ${kb(m.bytes)}  ${m.name}`)
    if (f.modules.length > top) lines.push(`              … and ${f.modules.length - top} more`)
  }

  lines.push('', `== TDesign components (${mainComponentCount(r)} in the main package)`)
  for (const c of r.components) {
    const users = !c.component ? 'shared styles and helpers' : c.usedBy[0] === '*' ? 'app-wide' : c.usedBy.join(', ') || 'no page'
    lines.push(`${kb(c.bytes)}  ${c.name.padEnd(15)} [${c.pkg}]  ${users}`)
  }
  return lines.join('\n')
}
