/**
 * `npm start`: the demo on one origin. Builds the H5 pages when dist/h5 is missing, starts the
 * backend (embedded database unless MONGODB_URI is set; fake WeChat API unless WECHAT_API_BASE is
 * set), loads the demo township from the seed documents, and prints the URL.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { loadConfig } from '../cloud/src/config/env'
import { systemClock } from '../cloud/src/lib/clock'
import { startServer } from '../cloud/src/server'
import { seedDemo } from './seed/seedDemo'

const root = join(__dirname, '..')

async function main(): Promise<void> {
  const config = loadConfig()
  if (!existsSync(join(config.h5Dir, 'index.html'))) {
    console.log('首次启动：正在构建 H5 页面（约 1 分钟）…')
    execFileSync(join(root, 'node_modules/.bin/taro'), ['build', '--type', 'h5'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' }
    })
  }
  const server = await startServer({
    seed: async (db) => {
      const seeded = await seedDemo(db, { config, now: systemClock.now() })
      console.log(`演示数据：${Object.keys(seeded.guideIds).length} 个办事指南，${Object.keys(seeded.userIds).length} 位演示人员`)
    }
  })
  console.log(`\n乡里办已启动：${server.url}\n在浏览器打开上面的地址；在“我的”页选择演示身份登录。按 Ctrl+C 停止。`)
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err)
  process.exit(1)
})
