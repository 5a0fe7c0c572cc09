/**
 * The backend of a benchmark in a process of its own, as one replica runs in production beside its
 * database: `startServer` from the environment, the clock fixed at BENCH_NOW, then one line
 * `listening <url>` on stdout. With BENCH_BARE=1, a Koa app with one JSON route instead (the floor
 * bench:api compares with).
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import Koa from 'koa'
import { fixedClock } from '../../cloud/src/lib/clock'
import { startServer } from '../../cloud/src/server'

async function main(): Promise<void> {
  if (process.env.BENCH_BARE === '1') {
    const app = new Koa()
    app.use((ctx) => {
      ctx.body = { ok: true, service: 'bare koa', at: 0 }
    })
    const server = http.createServer(app.callback())
    server.keepAliveTimeout = 65_000
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    process.stdout.write(`listening http://127.0.0.1:${(server.address() as AddressInfo).port}\n`)
    return
  }
  const now = process.env.BENCH_NOW
  if (!now) throw new Error('BENCH_NOW is not set')
  const running = await startServer({ host: '127.0.0.1', port: 0, handleSignals: true, clock: fixedClock(now) })
  process.stdout.write(`listening ${running.url}\n`)
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
