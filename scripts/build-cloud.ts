/**
 * `npm run build:cloud`: the backend as plain JavaScript for production. `dist/cloud/server.js` and
 * `dist/cloud/cloudfunction.js` are one bundle each, so start-up reads one file instead of resolving and
 * transpiling hundreds (the AWS SDK, loaded only with STORAGE=s3, and the MongoDB driver's optional
 * native add-ons stay outside). `dist/cloud/start.js` (what a container runs) and `dist/cloud/index.js`
 * (a cloud function's `exports.main`) load them through V8's code cache, which this build writes once
 * (`*.v8cache`) by loading each bundle. Prints one line with the sizes.
 */
import { execFileSync } from 'node:child_process'
import { build, type Plugin } from 'esbuild'
import { statSync } from 'node:fs'
import { join } from 'node:path'

const root = join(__dirname, '..')
const outdir = join(root, 'dist', 'cloud')

/**
 * Development stand-ins a production bundle leaves out: the embedded database and the fake WeChat API
 * (production always has MONGODB_URI and the real WeChat). Importing one from the bundle says so.
 */
const DEV_ONLY: Plugin = {
  name: 'dev-only',
  setup(b) {
    b.onResolve({ filter: /\/(embeddedMongo|wechat\/fakeServer)$/ }, (args) => ({ path: args.path, namespace: 'dev-only' }))
    b.onLoad({ filter: /.*/, namespace: 'dev-only' }, () => ({
      contents: `throw new Error('生产构建不含内置数据库和模拟微信接口：请设置 MONGODB_URI 和 WECHAT_API_BASE，或用 npm start 运行演示')`,
      loader: 'js'
    }))
  }
}

/** Optional peers the MongoDB driver and mongoose try to require; none is used here. */
const OPTIONAL_NATIVE = ['kerberos', 'snappy', '@mongodb-js/zstd', 'mongodb-client-encryption', 'gcp-metadata', 'socks', 'aws4', '@aws-sdk/credential-providers']

async function main(): Promise<void> {
  const started = Date.now()
  const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' } as const
  await build({
    ...common,
    entryPoints: { server: join(root, 'cloud/src/server.ts'), cloudfunction: join(root, 'cloud/src/cloudfunction.ts') },
    outdir,
    minifyWhitespace: true,
    minifySyntax: true,
    sourcemap: true,
    legalComments: 'linked',
    external: ['@aws-sdk/*', ...OPTIONAL_NATIVE],
    plugins: [DEV_ONLY]
  })
  await build({
    ...common,
    entryPoints: { start: join(root, 'cloud/src/entries/start.ts'), index: join(root, 'cloud/src/entries/function.ts'), boot: join(root, 'cloud/src/boot.ts') },
    outdir
  })
  for (const bundle of ['server.js', 'cloudfunction.js']) {
    const load = `require(${JSON.stringify(join(outdir, 'boot.js'))}).loadBundle(${JSON.stringify(join(outdir, bundle))})`
    execFileSync(process.execPath, ['-e', load], { stdio: 'ignore' })
  }
  const kb = (name: string) => `${(statSync(join(outdir, name)).size / 1024).toFixed(0)} KB`
  console.log(
    `build:cloud: server.js ${kb('server.js')} (code cache ${kb('server.js.v8cache')}), cloudfunction.js ${kb('cloudfunction.js')} (code cache ${kb('cloudfunction.js.v8cache')}) in ${Date.now() - started} ms`
  )
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
