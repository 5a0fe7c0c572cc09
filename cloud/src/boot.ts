import { readFileSync, writeFileSync } from 'node:fs'
import Module from 'node:module'
import path from 'node:path'
import vm from 'node:vm'

/**
 * Loads one production bundle of `dist/cloud` with V8's code cache: the bundle is compiled from
 * `<bundle>.v8cache` when the cache matches this Node and this source (V8 checks both), so a
 * container scaled from zero does not parse and compile megabytes of JavaScript again. Without a
 * usable cache it compiles as usual and writes a fresh one (`npm run build:cloud` does once; a
 * read-only file system just keeps compiling). Answers the bundle's exports.
 */
export function loadBundle(file: string): Record<string, unknown> {
  const source = readFileSync(file, 'utf8')
  const cacheFile = `${file}.v8cache`
  let cachedData: Buffer | undefined
  try {
    cachedData = readFileSync(cacheFile)
  } catch {
    cachedData = undefined
  }
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData })
  const mod = new Module(file)
  mod.filename = file
  mod.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(path.dirname(file))
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void
  wrapper.call(mod.exports, mod.exports, Module.createRequire(file), mod, file, path.dirname(file))
  mod.loaded = true
  if (!cachedData || script.cachedDataRejected) {
    try {
      writeFileSync(cacheFile, script.createCachedData())
    } catch {
      // A read-only image: compile each time rather than fail.
    }
  }
  return mod.exports as Record<string, unknown>
}
