/**
 * Facts about a built mini-program in dist/weapp: package sizes against their budgets, and whether
 * every file it references (usingComponents, js and wxs require, wxml import/include/wxs, wxss
 * @import) exists in a package allowed to use it.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'

export const WEAPP_DIR = resolve(__dirname, '../../dist/weapp')
/** Main-package budget enforced by `npm test` (WeChat's own hard limit is 2 MB). */
export const MAIN_PACKAGE_BUDGET = 600 * 1024
/** Budget of each subpackage enforced by `npm test` (WeChat's own hard limit is 2 MB each). */
export const SUBPACKAGE_BUDGET = 500 * 1024

interface AppJson {
  pages: string[]
  subPackages?: { root: string; pages: string[] }[]
  subpackages?: { root: string; pages: string[] }[]
  usingComponents?: Record<string, string>
}

/** Every file under `dir`, recursively. */
export function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name)
    return statSync(p).isDirectory() ? walk(p) : [p]
  })
}

export function readAppJson(dir = WEAPP_DIR): AppJson {
  return JSON.parse(readFileSync(join(dir, 'app.json'), 'utf8')) as AppJson
}

/** Every page route in app.json, subpackage pages included (`staff/pages/index/index`). */
export function pageRoutes(dir = WEAPP_DIR): string[] {
  const app = readAppJson(dir)
  return [...app.pages, ...(app.subPackages ?? app.subpackages ?? []).flatMap((s) => s.pages.map((p) => `${s.root.replace(/\/$/, '')}/${p}`))]
}

/** Subpackage roots of app.json, without a trailing slash (`staff`, `pages/cases`). */
export function subpackageRoots(dir = WEAPP_DIR): string[] {
  const app = readAppJson(dir)
  return (app.subPackages ?? app.subpackages ?? []).map((s) => s.root.replace(/\/$/, ''))
}

/** `main` or the subpackage root a path (relative to dist/weapp, `/`-separated) belongs to. */
export function packageOf(roots: readonly string[], file: string): string {
  return roots.find((r) => file.startsWith(r + '/')) ?? 'main'
}

export interface PackageSizes {
  mainPackageBytes: number
  /** Bytes per subpackage root (`staff`, `pages/cases` …). */
  subPackageBytes: Record<string, number>
  totalBytes: number
}

/** Byte sizes of the main package, each subpackage and the whole build. */
export function packageSizes(dir = WEAPP_DIR): PackageSizes {
  const roots = subpackageRoots(dir)
  const sub: Record<string, number> = Object.fromEntries(roots.map((r) => [r, 0]))
  let main = 0
  let total = 0
  for (const file of walk(dir)) {
    const size = statSync(file).size
    total += size
    const pkg = packageOf(roots, relative(dir, file).split(sep).join('/'))
    if (pkg === 'main') main += size
    else sub[pkg]! += size
  }
  return { mainPackageBytes: main, subPackageBytes: sub, totalBytes: total }
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`

/** One line per package over its budget (main ≤ MAIN_PACKAGE_BUDGET, each subpackage ≤ SUBPACKAGE_BUDGET). */
export function budgetProblems(sizes: PackageSizes): string[] {
  const problems: string[] = []
  if (sizes.mainPackageBytes > MAIN_PACKAGE_BUDGET) {
    problems.push(`main package ${kb(sizes.mainPackageBytes)} is over the ${kb(MAIN_PACKAGE_BUDGET)} budget`)
  }
  for (const [root, bytes] of Object.entries(sizes.subPackageBytes)) {
    if (bytes > SUBPACKAGE_BUDGET) problems.push(`subpackage ${root}/ ${kb(bytes)} is over the ${kb(SUBPACKAGE_BUDGET)} budget`)
  }
  return problems
}

function componentExists(base: string): boolean {
  return (
    (existsSync(base + '.json') && existsSync(base + '.js')) ||
    (existsSync(join(base, 'index.json')) && existsSync(join(base, 'index.js')))
  )
}

/**
 * Resolves a usingComponents value the way WeChat does (absolute, relative, then miniprogram_npm
 * lookup) to the component's path without extension, or null when no component is there.
 */
export function resolveComponent(dir: string, fromDir: string, target: string): string | null {
  const candidates: string[] = []
  if (target.startsWith('/')) candidates.push(join(dir, target))
  else {
    candidates.push(resolve(fromDir, target))
    if (!target.startsWith('.')) {
      for (let d = fromDir; d.startsWith(dir); d = dirname(d)) {
        candidates.push(join(d, 'miniprogram_npm', target))
        if (d === dir) break
      }
      candidates.push(join(dir, target))
    }
  }
  return candidates.find(componentExists) ?? null
}

/**
 * Every broken reference in the build, as human-readable lines: a target that does not exist, or
 * one in a package the referring file cannot reach (the main package can use only itself, a
 * subpackage itself and the main package). Empty means all is well.
 */
export function brokenReferences(dir = WEAPP_DIR): string[] {
  const problems: string[] = []
  const files = walk(dir)
  const rel = (p: string) => relative(dir, p).split(sep).join('/')
  const roots = subpackageRoots(dir)
  /** The reference from `file` to the existing `target`, checked for the package it crosses into. */
  const reach = (file: string, target: string, what: string) => {
    const [from, to] = [packageOf(roots, rel(file)), packageOf(roots, rel(target))]
    if (to !== 'main' && to !== from) problems.push(`${rel(file)}: ${what} is in ${to}/, which ${from === 'main' ? 'the main package' : `${from}/`} cannot use`)
  }
  for (const page of pageRoutes(dir)) {
    for (const ext of ['.js', '.json', '.wxml']) {
      if (!existsSync(join(dir, page + ext))) problems.push(`app.json: page ${page} has no ${ext}`)
    }
  }
  for (const file of files) {
    const from = dirname(file)
    if (file.endsWith('.json')) {
      let json: { usingComponents?: Record<string, string> }
      try {
        json = JSON.parse(readFileSync(file, 'utf8')) as typeof json
      } catch {
        problems.push(`${rel(file)}: not valid JSON`)
        continue
      }
      for (const [tag, target] of Object.entries(json.usingComponents ?? {})) {
        if (target.startsWith('plugin://')) continue
        const found = resolveComponent(dir, from, target)
        if (!found) problems.push(`${rel(file)}: <${tag}> → ${target} does not exist`)
        else reach(file, found, `<${tag}> → ${target}`)
      }
    } else if (file.endsWith('.js')) {
      const src = readFileSync(file, 'utf8')
      for (const m of src.matchAll(/\brequire\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g)) {
        const target = resolve(from, m[1]!)
        const found = [target, target + '.js', join(target, 'index.js')].find((t) => existsSync(t) && statSync(t).isFile())
        if (!found) problems.push(`${rel(file)}: require(${m[1]}) does not exist`)
        else reach(file, found, `require(${m[1]})`)
      }
    } else if (file.endsWith('.wxml')) {
      const src = readFileSync(file, 'utf8')
      for (const m of src.matchAll(/<(?:import|include|wxs)\b[^>]*\bsrc=["']([^"']+)["']/g)) {
        const t = m[1]!
        const target = t.startsWith('/') ? join(dir, t) : resolve(from, t)
        const found = [target, target + '.wxml', target + '.wxs'].find((p) => existsSync(p))
        if (!found) problems.push(`${rel(file)}: ${m[0].slice(0, 40)}… → ${t} does not exist`)
        else reach(file, found, t)
      }
    } else if (file.endsWith('.wxs')) {
      const src = readFileSync(file, 'utf8')
      for (const m of src.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)) {
        const target = resolve(from, m[1]!)
        if (!existsSync(target)) problems.push(`${rel(file)}: require(${m[1]}) does not exist`)
        else reach(file, target, `require(${m[1]})`)
      }
    } else if (file.endsWith('.wxss')) {
      const src = readFileSync(file, 'utf8')
      for (const m of src.matchAll(/@import\s+["']([^"']+)["']/g)) {
        const t = m[1]!
        const target = t.startsWith('/') ? join(dir, t) : resolve(from, t)
        if (!existsSync(target)) problems.push(`${rel(file)}: @import ${t} does not exist`)
        else reach(file, target, `@import ${t}`)
      }
    }
  }
  return problems
}

/** Files that would use eval/new Function, which the mini-program runtime forbids. */
export function dynamicCodeUses(dir = WEAPP_DIR): string[] {
  return walk(dir)
    .filter((f) => f.endsWith('.js'))
    .filter((f) => /\bnew Function\s*\(|[^.\w]eval\s*\(/.test(readFileSync(f, 'utf8')))
    .map((f) => relative(dir, f))
}
