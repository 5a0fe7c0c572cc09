/** `npm run size`: builds the weapp and prints its package sizes as one JSON line. */
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { packageSizes } from './lib/weapp'

const root = join(__dirname, '..')
execFileSync(join(root, 'node_modules/.bin/taro'), ['build', '--type', 'weapp'], {
  cwd: root,
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, NODE_ENV: 'production' }
})
const { mainPackageBytes, totalBytes } = packageSizes()
console.log(JSON.stringify({ bench: 'size', mainPackageBytes, totalBytes }))
