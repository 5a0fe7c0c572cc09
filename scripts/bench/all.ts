/**
 * `npm run bench`: runs every benchmark in turn (each in its own process, as `npm run bench:<name>`
 * would) and passes their output through; each one ends with its own line of JSON.
 */
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'

const root = join(__dirname, '../..')
const benches = [
  ['size', 'scripts/size.ts'],
  ['search', 'scripts/bench/search.ts'],
  ['notices', 'scripts/bench/notices.ts'],
  ['booking', 'scripts/bench/booking.ts'],
  ['cases', 'scripts/bench/cases.ts'],
  ['reviews', 'scripts/bench/reviews.ts'],
  ['embedded', 'scripts/bench/embedded.ts'],
  ['api', 'scripts/bench/api.ts'],
  ['coldstart', 'scripts/bench/coldstart.ts']
] as const

let failed = 0
for (const [name, file] of benches) {
  console.error(`\n▶ bench:${name}`)
  const r = spawnSync(join(root, 'node_modules/.bin/tsx'), [file], { cwd: root, stdio: 'inherit' })
  if (r.status !== 0) {
    failed++
    console.error(`✖ bench:${name} exited with ${r.status ?? r.signal}`)
  }
}
process.exit(failed ? 1 : 0)
