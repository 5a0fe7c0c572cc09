/**
 * Static checks on dist/weapp: every referenced file exists in a package allowed to use it, no
 * eval/new Function, and the main package and each subpackage stay under budget. Prints the
 * sizes; exits non-zero on any problem.
 */
import { MAIN_PACKAGE_BUDGET, SUBPACKAGE_BUDGET, brokenReferences, budgetProblems, dynamicCodeUses, packageSizes } from './lib/weapp'

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
const sizes = packageSizes()
console.log(`weapp main package: ${kb(sizes.mainPackageBytes)} (budget ${kb(MAIN_PACKAGE_BUDGET)})`)
for (const [root, bytes] of Object.entries(sizes.subPackageBytes)) {
  console.log(`weapp subpackage ${root}/: ${kb(bytes)} (budget ${kb(SUBPACKAGE_BUDGET)})`)
}
console.log(`weapp total: ${kb(sizes.totalBytes)}`)

const problems = [
  ...brokenReferences(),
  ...dynamicCodeUses().map((f) => `${f}: uses eval or new Function (forbidden in the mini-program runtime)`),
  ...budgetProblems(sizes)
]
for (const p of problems) console.error(`✖ ${p}`)
console.log(problems.length ? `${problems.length} problem(s) in dist/weapp` : 'dist/weapp: every reference resolves, every package is within budget')
process.exit(problems.length ? 1 : 0)
