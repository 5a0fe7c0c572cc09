/**
 * `npm start`: the demo on one origin. Builds the H5 pages when dist/h5 is missing, starts the
 * backend (embedded database unless MONGODB_URI is set; fake WeChat API unless WECHAT_API_BASE is
 * set), loads the demo township from the seed documents, and prints the URL — one line per phase.
 */
import { join } from 'node:path'
import { loadConfig } from '../cloud/src/config/env'
import { systemClock } from '../cloud/src/lib/clock'
import { startServer } from '../cloud/src/server'
import { buildH5IfMissing, taroH5Build } from './lib/buildH5'
import { seedDemo } from './seed/seedDemo'

const root = join(__dirname, '..')

async function main(): Promise<void> {
  const config = loadConfig()
  await buildH5IfMissing(config.h5Dir, taroH5Build(root), (line) => console.log(line))
  const server = await startServer({
    seed: async (db) => {
      const seeded = await seedDemo(db, { config, now: systemClock.now() })
      console.log(
        `演示数据：${Object.keys(seeded.guideIds).length} 个办事指南，${Object.keys(seeded.userIds).length} 位演示人员，新写入 ${seeded.bookings} 个当天和前两个工作日的预约`
      )
    }
  })
  console.log(`乡里办已启动：${server.url}（在浏览器打开；在“我的”页选择演示身份登录；按 Ctrl+C 停止）`)
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err)
  process.exit(1)
})
