import type { Compiler } from 'webpack'

const NAME = 'TDesignIconsPlugin'
const ICON_STYLE = /(^|\/)tdesign-miniprogram\/miniprogram_dist\/icon\/icon\.wxss$/
const RULE = /\.t-icon-([a-z0-9-]+):before\{content:(?:"[^"]*"|'[^']*')\}/g
const STAGE_SUMMARIZE = 1000

/**
 * TDesign's icon stylesheet holds a rule for each of its ~2,000 font icons (about 100 KB); this
 * keeps only the icons named in `keep`. The build fails when a kept name has no rule (a typo, or
 * TDesign renamed it) or when the stylesheet no longer looks as expected.
 */
export class TDesignIconsPlugin {
  constructor(private readonly keep: readonly string[]) {}

  apply(compiler: Compiler): void {
    const { RawSource } = compiler.webpack.sources
    const { WebpackError } = compiler.webpack
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.processAssets.tap({ name: NAME, stage: STAGE_SUMMARIZE }, () => {
        for (const asset of compilation.getAssets()) {
          if (!ICON_STYLE.test(asset.name)) continue
          const css = asset.source.source().toString()
          const found = new Set<string>()
          const trimmed = css.replace(RULE, (rule, name: string) => {
            found.add(name)
            return this.keep.includes(name) ? rule : ''
          })
          const missing = this.keep.filter((n) => !found.has(n))
          if (found.size < 100 || missing.length) {
            compilation.errors.push(
              new WebpackError(`${NAME}: ${asset.name} has ${found.size} icon rules; no rule for ${missing.join(', ') || '(none)'}`)
            )
            continue
          }
          compilation.updateAsset(asset.name, new RawSource(trimmed))
        }
      })
    })
  }
}
