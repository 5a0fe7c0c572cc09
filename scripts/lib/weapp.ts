/**
 * Facts about a built mini-program in dist/weapp: package sizes and whether every file it
 * references (usingComponents, require, wxml import/include/wxs, wxss @import) exists.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'

export const WEAPP_DIR = resolve(__dirname, '../../dist/weapp')
/** Main-package budget enforced by `npm test` (WeChat's own hard limit is 2 MB). */
export const MAIN_PACKAGE_BUDGET = 1.5 * 1024 * 1024

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

/** Byte sizes of the main package, each subpackage and the whole build. */
export function packageSizes(dir = WEAPP_DIR) {
  const app = readAppJson(dir)
  const roots = (app.subPackages ?? app.subpackages ?? []).map((s) => s.root.replace(/\/?$/, '/'))
  const sub: Record<string, number> = Object.fromEntries(roots.map((r) => [r, 0]))
  let main = 0
  let total = 0
  for (const file of walk(dir)) {
    const rel = relative(dir, file).split(sep).join('/')
    const size = statSync(file).size
    total += size
    const root = roots.find((r) => rel.startsWith(r))
    if (root) sub[root]! += size
    else main += size
  }
  return { mainPackageBytes: main, subPackageBytes: sub, totalBytes: total }
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

/** Every broken reference in the build, as human-readable lines. Empty means all targets exist. */
export function brokenReferences(dir = WEAPP_DIR): string[] {
  const problems: string[] = []
  const files = walk(dir)
  const rel = (p: string) => relative(dir, p)
  const app = readAppJson(dir)
  for (const page of [
    ...app.pages,
    ...(app.subPackages ?? app.subpackages ?? []).flatMap((s) => s.pages.map((p) => `${s.root.replace(/\/$/, '')}/${p}`))
  ]) {
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
        if (!resolveComponent(dir, from, target)) problems.push(`${rel(file)}: <${tag}> → ${target} does not exist`)
      }
    } else if (file.endsWith('.js')) {
      const src = readFileSync(file, 'utf8')
      for (const m of src.matchAll(/\brequire\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g)) {
        const target = resolve(from, m[1]!)
        if (![target, target + '.js', join(target, 'index.js')].some((t) => existsSync(t) && statSync(t).isFile()))
          problems.push(`${rel(file)}: require(${m[1]}) does not exist`)
      }
    } else if (file.endsWith('.wxml')) {
      const src = readFileSync(file, 'utf8')
      for (const m of src.matchAll(/<(?:import|include|wxs)\b[^>]*\bsrc=["']([^"']+)["']/g)) {
        const t = m[1]!
        const target = t.startsWith('/') ? join(dir, t) : resolve(from, t)
        if (!existsSync(target) && !existsSync(target + '.wxml') && !existsSync(target + '.wxs'))
          problems.push(`${rel(file)}: ${m[0].slice(0, 40)}… → ${t} does not exist`)
      }
    } else if (file.endsWith('.wxss')) {
      const src = readFileSync(file, 'utf8')
      for (const m of src.matchAll(/@import\s+["']([^"']+)["']/g)) {
        const t = m[1]!
        const target = t.startsWith('/') ? join(dir, t) : resolve(from, t)
        if (!existsSync(target)) problems.push(`${rel(file)}: @import ${t} does not exist`)
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
