import { randomBytes } from 'node:crypto'
import type { Context, Next } from 'koa'
import type { Logger } from 'pino'
import { ACTING_FOR_HEADER } from '../../../src/shared/acting'

const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/

/**
 * What an action knows of the request it serves, without Koa: the request id (echoed in
 * `X-Request-Id`, written to the audit log), the client address and the person an assistant acts
 * for. A background job gets a system context (no address, nobody acted for).
 */
export interface RequestContext {
  requestId: string
  /** The client address (behind a trusted proxy, the forwarded one); null for jobs. */
  clientIp: string | null
  /** The raw `x-acting-for` header, or null when the caller acts for themselves. */
  actingFor: string | null
  /** `http`, or `job:<name>` for background work. */
  origin: string
}

/** The request context of a Koa request (after `requestContext` gave it an id). */
export function requestContextOf(ctx: Context): RequestContext {
  const actingFor = ctx.get(ACTING_FOR_HEADER).trim()
  return {
    requestId: String(ctx.state.requestId ?? ''),
    clientIp: ctx.ip || null,
    actingFor: actingFor || null,
    origin: 'http'
  }
}

/** The context of work nobody requested over HTTP (a job, a script, a start-up step). */
export function systemRequest(origin: string): RequestContext {
  return { requestId: `${origin}:${randomBytes(6).toString('hex')}`, clientIp: null, actingFor: null, origin }
}

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
