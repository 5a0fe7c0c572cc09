import type Router from '@koa/router'
import type { Context } from 'koa'
import * as z from '../../../src/shared/zod'
import type { Role } from '../../../src/shared/enums'
import { forbidden, sessionExpired, unauthorized } from './errors'
import { parse } from './validate'
import { requireIdempotencyKey, runIdempotent } from './idempotency'
import type { AppDeps } from './deps'
import { STALE_TOKEN_STATE, type AuthedUser } from './types'
import { requestContextOf } from './requestContext'

/** Who may call a route: anyone, any signed-in person, or the listed roles. */
export type Access = 'public' | 'signedIn' | readonly Role[]

type Schema = z.ZodMiniType | undefined
type Out<S extends Schema> = S extends z.ZodMiniType ? z.output<S> : undefined

export interface RouteInput<Q extends Schema, P extends Schema, B extends Schema, A extends Access> {
  query: Out<Q>
  params: Out<P>
  body: Out<B>
  user: A extends 'public' ? AuthedUser | undefined : AuthedUser
  /** The app's deps with this request's context (request id, client address, acting-for). */
  deps: AppDeps
  /** For what only HTTP knows (response headers, the raw body of a push); actions never get it. */
  ctx: Context
}

export interface RouteSpec<
  Q extends Schema = Schema,
  P extends Schema = Schema,
  B extends Schema = Schema,
  A extends Access = Access
> {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete'
  /** Koa path below /api, e.g. `/guides/:id`. */
  path: string
  summary: string
  tag: string
  access: A
  query?: Q
  params?: P
  body?: B
  /** Success status; 200 unless said. */
  status?: number
  /** Repeatable write: clients send an `Idempotency-Key` header. */
  idempotent?: boolean
  handler: (input: RouteInput<Q, P, B, A>) => Promise<unknown>
}

/** Declares a route with full inference of its parsed inputs. */
export function route<Q extends Schema, P extends Schema, B extends Schema, A extends Access>(
  spec: RouteSpec<Q, P, B, A>
): RouteSpec {
  return spec as unknown as RouteSpec
}

/**
 * Mounts route specs on a router: access check, then one parse of each input, then the handler.
 * Routes marked `idempotent` require an `Idempotency-Key` header and run through runIdempotent,
 * so a retried request replays the first answer instead of writing twice.
 */
export function mountRoutes(router: Router, deps: AppDeps, specs: readonly RouteSpec[]): void {
  for (const spec of specs) {
    router[spec.method](spec.path, async (ctx: Context) => {
      const user = ctx.state.user as AuthedUser | undefined
      if (spec.access !== 'public') {
        if (!user) throw ctx.state[STALE_TOKEN_STATE] ? sessionExpired() : unauthorized()
        if (spec.access !== 'signedIn' && !spec.access.includes(user.role)) throw forbidden()
      }
      if (spec.idempotent) requireIdempotencyKey(ctx)
      const query = spec.query ? parse(spec.query, ctx.query, '查询条件') : undefined
      const params = spec.params ? parse(spec.params, ctx.params, '地址') : undefined
      const body = spec.body ? parse(spec.body, (ctx.request as { body?: unknown }).body ?? {}, '提交内容') : undefined
      const request = requestContextOf(ctx)
      const requestDeps: AppDeps = { ...deps, request }
      const invoke = async () => ({
        status: spec.status ?? 200,
        body: await spec.handler({ query, params, body, user, deps: requestDeps, ctx } as never)
      })
      const result = spec.idempotent
        ? await runIdempotent(
            ctx,
            deps,
            {
              userId: user?.id ?? 'anonymous',
              route: `${spec.method.toUpperCase()} ${spec.path}`,
              request: { params, query, body, actingFor: request.actingFor ?? '' }
            },
            invoke
          )
        : await invoke()
      ctx.status = result.status
      if (result.body !== undefined) ctx.body = result.body
    })
  }
}

/** OpenAPI 3.1 document for every mounted route, generated from the same zod schemas. */
export function buildOpenApi(specs: readonly RouteSpec[], info: { title: string; version: string }) {
  const paths: Record<string, Record<string, unknown>> = {}
  const json = (s: z.ZodMiniType) => z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' })
  for (const spec of specs) {
    const path = '/api' + spec.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}')
    const parameters: unknown[] = []
    for (const [where, schema] of [['query', spec.query], ['path', spec.params]] as const) {
      if (!schema) continue
      const js = json(schema) as { properties?: Record<string, unknown>; required?: string[] }
      for (const [name, s] of Object.entries(js.properties ?? {})) {
        parameters.push({ name, in: where, required: where === 'path' || (js.required ?? []).includes(name), schema: s })
      }
    }
    if (spec.idempotent) {
      parameters.push({ name: 'Idempotency-Key', in: 'header', required: true, schema: { type: 'string', maxLength: 64 } })
    }
    const op: Record<string, unknown> = {
      summary: spec.summary,
      tags: [spec.tag],
      parameters,
      responses: {
        [String(spec.status ?? 200)]: { description: '成功' },
        '4XX': { description: '请求有误，message 是给人看的中文说明', content: { 'application/json': { schema: errorSchema } } }
      }
    }
    if (spec.access !== 'public') op.security = [{ bearer: [] }]
    if (Array.isArray(spec.access)) op['x-roles'] = spec.access
    if (spec.body) op.requestBody = { required: true, content: { 'application/json': { schema: json(spec.body) } } }
    ;(paths[path] ??= {})[spec.method] = op
  }
  return {
    openapi: '3.1.0',
    info,
    paths,
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } }
  }
}

const errorSchema = {
  type: 'object',
  required: ['code', 'message'],
  properties: { code: { type: 'string' }, message: { type: 'string' }, requestId: { type: 'string' }, fields: { type: 'object' } }
}
