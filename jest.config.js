/** @type {import('jest').Config['transform']} */
const swc = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', tsx: true, decorators: true },
        transform: { react: { runtime: 'automatic' } },
        target: 'es2022'
      },
      module: { type: 'commonjs' }
    }
  ]
}

/**
 * Projects:
 * - node:  unit and API tests (real HTTP stack, embedded MongoDB over TCP)
 * - weapp: miniprogram-simulate smoke tests on the compiled dist/weapp (needs `npm run build:weapp`)
 * - e2e:   Playwright in Debian Chromium against the H5 build served by the real backend (needs dist/h5)
 * - automator: WeChat DevTools via miniprogram-automator (runs only where WECHAT_DEVTOOLS_CLI is set)
 */
/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      transform: swc,
      testMatch: ['<rootDir>/test/{cloud,scripts,shared,src}/**/*.test.ts?(x)']
    },
    {
      displayName: 'weapp',
      testEnvironment: 'node',
      transform: swc,
      testMatch: ['<rootDir>/test/weapp/**/*.test.ts']
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      transform: swc,
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts']
    },
    {
      displayName: 'automator',
      testEnvironment: 'node',
      transform: swc,
      testMatch: ['<rootDir>/test/automator/**/*.test.ts']
    }
  ]
}
