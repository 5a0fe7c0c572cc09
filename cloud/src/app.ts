import Koa from 'koa'
import Router from '@koa/router'
import { bodyParser } from '@koa/bodyparser'
import type { AppDeps } from './lib/deps'
import { AppError } from './lib/errors'
import { errorHandler } from './lib/errorHandler'
import { requestContext } from './lib/requestContext'
import type { ModulePlan } from './lib/module'
import { buildOpenApi, mountRoutes, route, type RouteSpec } from './lib/routes'

/** Koa app with the API router and the specs it was built from (for OpenAPI and tests). */
export type XlbApp = Koa & { readonly apiRouter: Router; readonly routeSpecs: readonly RouteSpec[] }

const API_VERSION = '0.1.0'
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])
/** Photos come as base64 JSON (a 1 MB photo is about 1.4 MB of text), so this path takes a larger body. */
const PHOTO_UPLOAD_PATH = '/api/uploads/photos'

/**
 * Builds the HTTP side of the backend from the module plan: request id and access log, the one
 * error handler, JSON body parser (1 MB), the modules' middleware (authentication), then every
 * module's routes under `/api`. Static H5 files are served by server.ts. Use createRuntime, which
 * also builds the registry `deps` carries.
 */
export function createApp(deps: AppDeps, plan: ModulePlan): XlbApp {
  const app = new Koa()
  app.silent = true
  app.proxy = deps.config.trustCloudHostingHeaders

  let openApi: unknown
  const systemRoutes: RouteSpec[] = [
    route({
      method: 'get',
      path: '/health',
      summary: '健康检查：服务和数据库是否正常',
      tag: 'system',
      access: 'public',
      handler: async () => ({ ok: true, db: (await pingDb(deps)) ? 'up' : 'down', time: deps.clock.now().toISOString() })
    }),
    route({
      method: 'get',
      path: '/openapi.json',
      summary: '本接口文档（OpenAPI 3.1），覆盖全部接口',
      tag: 'system',
      access: 'public',
      handler: async () => (openApi ??= buildOpenApi(specs, { title: '乡里办 API', version: API_VERSION }))
    })
  ]
  const specs: readonly RouteSpec[] = [...systemRoutes, ...plan.routes]

  const apiRouter = new Router({ prefix: '/api' })
  mountRoutes(apiRouter, deps, specs)

  app.use(requestContext(deps.logger))
  app.use(errorHandler(deps.logger))
  app.use(async (ctx, next) => {
    const hasBody = (ctx.request.length ?? 0) > 0 || ctx.get('transfer-encoding') !== ''
    if (WRITE_METHODS.has(ctx.method) && hasBody && !ctx.request.is('application/json', 'application/*+json')) {
      throw new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', '请用 JSON 格式提交（Content-Type: application/json）')
    }
    await next()
  })
  const photoBodyParser = bodyParser({ enableTypes: ['json'], jsonLimit: '1500kb', parsedMethods: [...WRITE_METHODS] })
  const jsonBodyParser = bodyParser({ enableTypes: ['json'], jsonLimit: '1mb', parsedMethods: [...WRITE_METHODS] })
  app.use((ctx, next) => (ctx.path === PHOTO_UPLOAD_PATH ? photoBodyParser(ctx, next) : jsonBodyParser(ctx, next)))
  for (const middleware of plan.middleware) app.use(middleware(deps))
  app.use(async (ctx, next) => {
    await next()
    if (ctx.status === 404 && ctx.body == null) {
      throw new AppError(404, 'NOT_FOUND', ctx.path.startsWith('/api') ? '没有这个接口，请检查地址是否正确' : '没有找到您要的页面')
    }
    // A known path asked with a method it does not take (TRACE and PROPFIND included): 405 with `Allow`.
    if ((ctx.status === 405 || ctx.status === 501) && ctx.body == null && ctx.response.get('Allow')) {
      throw new AppError(405, 'METHOD_NOT_ALLOWED', `这个接口不支持 ${ctx.method} 请求，可用的请求方式：${ctx.response.get('Allow')}`)
    }
  })
  app.use(apiRouter.routes())
  app.use(apiRouter.allowedMethods())

  return Object.assign(app, { apiRouter, routeSpecs: specs })
}

async function pingDb(deps: AppDeps): Promise<boolean> {
  if (deps.db.readyState !== 1 || !deps.db.db) return false
  try {
    await Promise.race([
      deps.db.db.command({ ping: 1 }),
      new Promise((_, reject) => setTimeout(() => reject(new Error('ping timeout')), 2000).unref())
    ])
    return true
  } catch {
    return false
  }
}
