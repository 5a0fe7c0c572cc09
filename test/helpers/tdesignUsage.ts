/**
 * Which TDesign tags a page's source can render in the weapp build: its module graph walked from
 * `src/<route>.tsx` through relative imports (`X.weapp.tsx` before `X.tsx`, as Taro resolves them),
 * taking from a re-export barrel such as `src/ui/index.ts` only the names imported, and collecting
 * the `<t-*>` tags of every `.weapp.tsx` reached: of the exported functions imported by name
 * (`Input` but not `Textarea` of Input.weapp.tsx), or of the whole file otherwise.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

const SRC = resolve(__dirname, '../../src')
const EXTENSIONS = ['.weapp.tsx', '.weapp.ts', '.tsx', '.ts', '/index.weapp.ts', '/index.ts', '/index.tsx']

function resolveModule(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec)
  return EXTENSIONS.map((ext) => base + ext).find((p) => existsSync(p)) ?? null
}

interface Import {
  spec: string
  /** Imported names; null for `import … from` without braces or a side-effect import (follow it all). */
  names: string[] | null
}

function importsOf(source: string): Import[] {
  const out: Import[] = []
  for (const m of source.matchAll(/^(?:import|export)\s+(type\s+)?([^'"]*?)\s*from\s+'(\.[^']+)'/gm)) {
    if (m[1]) continue
    const braces = /\{([^}]*)\}/.exec(m[2]!)
    const names = braces
      ? braces[1]!
          .split(',')
          .map((n) => n.trim())
          .filter((n) => n && !n.startsWith('type '))
          .map((n) => n.split(/\s+as\s+/)[0]!)
      : null
    if (names && names.length === 0) continue
    out.push({ spec: m[3]!, names })
  }
  for (const m of source.matchAll(/^import\s+'(\.[^']+)'/gm)) out.push({ spec: m[1]!, names: null })
  return out
}

/** `export { A, B } from './X'` lines of a module made only of re-exports; null for any other module. */
function barrel(source: string): Map<string, string> | null {
  const body = source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '').trim()
  const lines = body.split('\n').filter((l) => l.trim())
  if (!lines.every((l) => /^export\s+(type\s+)?\{[^}]*\}\s+from\s+'[^']+'$/.test(l.trim()))) return null
  const map = new Map<string, string>()
  for (const l of lines) {
    const m = /^export\s+(type\s+)?\{([^}]*)\}\s+from\s+'([^']+)'$/.exec(l.trim())!
    if (m[1]) continue
    for (const n of m[2]!.split(',').map((x) => x.trim()).filter(Boolean)) map.set(n.split(/\s+as\s+/).pop()!, m[3]!)
  }
  return map
}

/** The source of the exported function `name` (up to the next top-level export), or null. */
function exportedFunction(source: string, name: string): string | null {
  const start = source.search(new RegExp(`^export function ${name}\\b`, 'm'))
  if (start < 0) return null
  const next = source.slice(start + 1).search(/^export /m)
  return next < 0 ? source.slice(start) : source.slice(start, start + 1 + next)
}

/** The t-* tags the page at `route` (e.g. `staff/pages/index/index`) can render. */
export function tdesignTagsOfPage(route: string): Set<string> {
  const entry = join(SRC, `${route}.tsx`)
  if (!existsSync(entry)) throw new Error(`no source for page ${route} at ${entry}`)
  const tags = new Set<string>()
  const seen = new Set<string>()
  const visit = (file: string, names: string[] | null): void => {
    const key = `${file}#${names?.join(',') ?? '*'}`
    if (seen.has(key)) return
    seen.add(key)
    const source = readFileSync(file, 'utf8')
    if (file.endsWith('.weapp.tsx')) {
      const parts = names ? names.map((n) => exportedFunction(source, n) ?? source) : [source]
      for (const part of parts) for (const m of part.matchAll(/<(t-[a-z-]+)[\s>/]/g)) tags.add(m[1]!)
    }
    for (const imp of importsOf(source)) {
      const target = resolveModule(file, imp.spec)
      if (!target) continue
      const reexports = imp.names ? barrel(readFileSync(target, 'utf8')) : null
      if (!reexports) {
        visit(target, imp.names)
        continue
      }
      for (const name of imp.names!) {
        const spec = reexports.get(name)
        const module = spec ? resolveModule(target, spec) : null
        if (module) visit(module, [name])
      }
    }
  }
  visit(entry, null)
  return tags
}
