import { randomBytes } from 'node:crypto'
import type { Context, Next } from 'koa'
import type { Logger } from 'pino'

const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/

/**
 * First middleware: gives every request an id (a sane incoming `X-Request-Id` is kept, otherwise
 * one is generated), echoes it in the response, attaches a child logger as `ctx.state.log`,
 * sets security headers and writes one access-log line when the response is done.
 */
export function requestContext(logger: Logger) {
  return async function withRequestContext(ctx: Context, next: Next): Promise<void> {
    const started = process.hrtime.bigint()
    const incoming = ctx.get('x-request-id')
    const requestId = SANE_REQUEST_ID.test(incoming) ? incoming : randomBytes(8).toString('hex')
    ctx.state.requestId = requestId
    const log = logger.child({ requestId })
    ctx.state.log = log
    ctx.set('X-Request-Id', requestId)
    ctx.set('X-Content-Type-Options', 'nosniff')
    ctx.set('X-Frame-Options', 'DENY')
    ctx.set('Referrer-Policy', 'no-referrer')
    ctx.set('Cache-Control', 'no-store')
    try {
      await next()
    } finally {
      const ms = Number(process.hrtime.bigint() - started) / 1e6
      const user = ctx.state.user as { id?: string } | undefined
      log.info(
        { method: ctx.method, path: ctx.path, status: ctx.status, ms: Math.round(ms * 10) / 10, userId: user?.id },
        `${ctx.method} ${ctx.path} ${ctx.status} ${ms.toFixed(1)}ms`
      )
    }
  }
}
