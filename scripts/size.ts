/**
 * `npm run size`: builds the weapp, prints where its bytes go (packages, files, the modules in each
 * chunk, TDesign components and the pages using them), then one JSON line with the figures.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { WeappModuleStats } from '../config/weappModuleStats'
import { formatSizeReport, sizeReport } from './lib/sizeReport'

const root = join(__dirname, '..')
const statsFile = join(root, '.cache', 'weapp-modules.json')
rmSync(statsFile, { force: true })
execFileSync(join(root, 'node_modules/.bin/taro'), ['build', '--type', 'weapp'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, NODE_ENV: 'production', WEAPP_MODULE_STATS: statsFile }
})
const stats = existsSync(statsFile) ? (JSON.parse(readFileSync(statsFile, 'utf8')) as WeappModuleStats) : null
const report = sizeReport(stats)
console.log(formatSizeReport(report))
const { mainPackageBytes, totalBytes, subPackages } = report
console.log(JSON.stringify({ bench: 'size', mainPackageBytes, totalBytes, subPackages }))
