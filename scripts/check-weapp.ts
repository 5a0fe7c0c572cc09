/**
 * Static checks on dist/weapp: every referenced file exists, no eval/new Function,
 * and the main package stays under budget. Prints the sizes; exits non-zero on any problem.
 */
import { MAIN_PACKAGE_BUDGET, brokenReferences, dynamicCodeUses, packageSizes } from './lib/weapp'

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
const sizes = packageSizes()
console.log(`weapp main package: ${kb(sizes.mainPackageBytes)} (budget ${kb(MAIN_PACKAGE_BUDGET)})`)
for (const [root, bytes] of Object.entries(sizes.subPackageBytes)) console.log(`weapp subpackage ${root}: ${kb(bytes)}`)
console.log(`weapp total: ${kb(sizes.totalBytes)}`)

const problems = [
  ...brokenReferences(),
  ...dynamicCodeUses().map((f) => `${f}: uses eval or new Function (forbidden in the mini-program runtime)`)
]
if (sizes.mainPackageBytes > MAIN_PACKAGE_BUDGET) {
  problems.push(`main package ${kb(sizes.mainPackageBytes)} is over the ${kb(MAIN_PACKAGE_BUDGET)} budget`)
}
for (const p of problems) console.error(`✖ ${p}`)
console.log(problems.length ? `${problems.length} problem(s) in dist/weapp` : 'dist/weapp: every reference resolves')
process.exit(problems.length ? 1 : 0)
