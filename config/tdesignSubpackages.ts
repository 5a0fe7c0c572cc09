import { createRequire } from 'node:module'
import { posix, resolve } from 'node:path'
import type { Compilation, Compiler } from 'webpack'

const NAME = 'TDesignSubpackagesPlugin'
const DIST = 'tdesign-miniprogram/miniprogram_dist'
const STAGE_SUMMARIZE = 1000
const STAGE_REPORT = 5000

/** Folder of a TDesign component in dist/weapp: `npm/tdesign-miniprogram/miniprogram_dist/input/`. */
const mainDir = (name: string) => `npm/${DIST}/${name}/`

/**
 * Moves TDesign components that only subpackages render out of the main package. Taro emits every
 * npm component into the main package (`npm/…`); for each subpackage root and component named in
 * `local` this plugin
 * - builds the component's script again as the subpackage's own webpack entry
 *   (`<root>/npm/…/input/input.js`, a module of its own, so each copy registers its component),
 * - copies its template, style and config files next to it, their relative references rewritten,
 * - gives the subpackage its own Taro `comp` (script built the same way from config/weappComp.ts)
 *   that also registers the subpackage's components, since nodes deeper than the base template
 *   levels render inside `comp`, which sees only app-wide components and its own,
 * - points the subpackage's page configs at the copies and at that `comp`,
 * and deletes the main-package files of every component it moved.
 */
export class TDesignSubpackagesPlugin {
  private readonly roots: [string, readonly string[]][]

  constructor(local: Record<string, readonly string[]>) {
    this.roots = Object.entries(local).filter(([, names]) => names.length > 0)
  }

  apply(compiler: Compiler): void {
    const { EntryPlugin } = compiler.webpack
    const resolveFrom = createRequire(resolve(compiler.context, 'package.json'))
    const entries = this.roots.flatMap(([root, names]) => [
      { name: `${root}/comp`, request: `${resolve(__dirname, 'weappComp.ts')}?subpackage=${root}` },
      ...names.map((n) => ({
        name: `${root}/npm/${DIST}/${n}/${n}`,
        request: `${resolveFrom.resolve(`${DIST}/${n}/${n}.js`)}?subpackage=${root}`
      }))
    ])
    compiler.hooks.make.tapPromise(NAME, (compilation) =>
      Promise.all(
        entries.map(
          ({ name, request }) =>
            new Promise<void>((done, fail) =>
              compilation.addEntry(compiler.context, EntryPlugin.createDependency(request, { name }), { name }, (err) =>
                err ? fail(err) : done()
              )
            )
        )
      ).then(() => undefined)
    )
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.processAssets.tap({ name: NAME, stage: STAGE_SUMMARIZE }, () => this.relocate(compilation, compiler))
      // Taro's subpackage chunk splitting writes a style file for every subpackage entry, empty for `comp`.
      compilation.hooks.processAssets.tap({ name: NAME, stage: STAGE_REPORT }, () => {
        for (const { name } of entries) {
          const style = compilation.getAsset(`${name}.wxss`)
          if (style && style.source.size() === 0) compilation.deleteAsset(`${name}.wxss`)
        }
      })
    })
  }

  private relocate(compilation: Compilation, compiler: Compiler): void {
    const { RawSource } = compiler.webpack.sources
    const text = (file: string) => compilation.getAsset(file)?.source.source().toString() ?? null
    const moved = new Set(this.roots.flatMap(([, names]) => names))
    const mainFiles = compilation.getAssets().map((a) => a.name)

    for (const [root, names] of this.roots) {
      /** Where a main-package file lives for this subpackage: its copy if it has one, else where it is. */
      const target = (file: string) => {
        const name = names.find((n) => file.startsWith(mainDir(n)))
        if (name || /^comp(\.\w+)?$/.test(file)) return `${root}/${file}`
        return file
      }
      /** A reference written in `from` (main-package path) as it must read in `from`'s copy. */
      const rewrite = (from: string, ref: string) => {
        if (/^(plugin:|https?:|data:|\{\{)/.test(ref)) return ref
        const absolute = ref.startsWith('/')
        const resolved = absolute ? ref.slice(1) : posix.join(posix.dirname(from), ref)
        const to = target(resolved)
        if (absolute) return `/${to}`
        const rel = posix.relative(posix.dirname(target(from)), to)
        return rel.startsWith('.') ? rel : `./${rel}`
      }
      const copy = (from: string) => {
        const source = text(from)
        if (source === null) return
        let out = source
        if (from.endsWith('.json')) {
          const json = JSON.parse(source) as { usingComponents?: Record<string, string> }
          for (const [tag, ref] of Object.entries(json.usingComponents ?? {})) json.usingComponents![tag] = rewrite(from, ref)
          out = JSON.stringify(json)
        } else if (from.endsWith('.wxml')) {
          out = source.replace(/(<(?:import|include|wxs)\b[^>]*\bsrc=["'])([^"']+)(["'])/g, (_m, a, ref, b) => a + rewrite(from, ref) + b)
        } else if (from.endsWith('.wxs')) {
          out = source.replace(/(\brequire\(\s*["'])([^"']+)(["']\s*\))/g, (_m, a, ref, b) => a + rewrite(from, ref) + b)
        } else if (from.endsWith('.wxss')) {
          out = source.replace(/(@import\s+["'])([^"']+)(["'])/g, (_m, a, ref, b) => a + rewrite(from, ref) + b)
        }
        compilation.emitAsset(target(from), new RawSource(out))
      }

      for (const name of names) {
        for (const file of mainFiles) if (file.startsWith(mainDir(name)) && !file.endsWith('.js')) copy(file)
      }
      copy('comp.wxml')
      const comp = JSON.parse(text('comp.json') ?? '{}') as { usingComponents?: Record<string, string> }
      const using = Object.fromEntries(Object.entries(comp.usingComponents ?? {}).map(([tag, ref]) => [tag, rewrite('comp.json', ref)]))
      for (const name of names) using[`t-${name}`] = `./npm/${DIST}/${name}/${name}`
      compilation.emitAsset(`${root}/comp.json`, new RawSource(JSON.stringify({ ...comp, usingComponents: using })))

      for (const file of mainFiles) {
        if (!file.startsWith(`${root}/`) || !file.endsWith('.json') || !text(file.replace(/\.json$/, '.wxml'))) continue
        const json = JSON.parse(text(file)!) as { usingComponents?: Record<string, string> }
        if (!json.usingComponents) continue
        for (const [tag, ref] of Object.entries(json.usingComponents)) json.usingComponents[tag] = rewrite(file, ref)
        compilation.updateAsset(file, new RawSource(JSON.stringify(json)))
      }
    }

    for (const file of mainFiles) {
      if ([...moved].some((n) => file.startsWith(mainDir(n)))) compilation.deleteAsset(file)
    }
  }
}
