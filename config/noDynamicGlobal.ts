import type { Compiler } from 'webpack'

const GLOBAL_SHIM = [
  '__webpack_require__.g = (function() {',
  "  if (typeof globalThis === 'object') return globalThis;",
  "  if (typeof global === 'object') return global;",
  "  if (typeof window === 'object') return window;",
  "  if (typeof self === 'object') return self;",
  '  return this;',
  '})();'
].join('\n')

/**
 * The mini-program runtime forbids `new Function`, yet webpack's `global` runtime falls back
 * to `new Function('return this')`. This swaps that runtime module for one that only looks
 * the global object up by name.
 */
export class NoDynamicGlobalPlugin {
  apply(compiler: Compiler): void {
    compiler.hooks.compilation.tap('NoDynamicGlobalPlugin', (compilation) => {
      compilation.hooks.runtimeModule.tap('NoDynamicGlobalPlugin', (module) => {
        if (module.name === 'global') module.generate = () => GLOBAL_SHIM
      })
    })
  }
}
