import * as z from '../../../../src/shared/zod'
import type { AppDeps } from '../../lib/deps'
import { AppError } from '../../lib/errors'
import { route, type RouteSpec } from '../../lib/routes'
import { verifyPush } from '../../lib/wechat/push'

const pushQuery = z.object({
  signature: z.optional(z.string().check(z.maxLength(128))),
  timestamp: z.optional(z.string().check(z.maxLength(32))),
  nonce: z.optional(z.string().check(z.maxLength(128))),
  echostr: z.optional(z.string().check(z.maxLength(512)))
})


/** Refuses a push not signed with the 消息推送 token or older than five minutes. */
function requireSigned(deps: AppDeps, query: z.output<typeof pushQuery>): void {
  if (!verifyPush(deps.config.wechat.pushToken, query, deps.clock.now())) {
    throw new AppError(401, 'PUSH_SIGNATURE_INVALID', '推送签名不正确或已过期，已拒绝处理')
  }
}

/**
 * WeChat 消息推送 (plain-text mode, JSON): the one-off URL check (GET, answers `echostr`) and the
 * events (POST, answers `success`), each handed to the module that registered its `Event`
 * (`wxa_media_check`: the cases module's photo verdicts); any other event is acknowledged and ignored.
 */
export const wechatPushRoutes: readonly RouteSpec[] = [
  route({
    method: 'get',
    path: '/wechat/push',
    summary: '微信消息推送：服务器地址校验（签名正确时原样返回 echostr）',
    tag: 'wechat',
    access: 'public',
    query: pushQuery,
    handler: async ({ deps, query }) => {
      requireSigned(deps, query)
      return query.echostr ?? ''
    }
  }),
  route({
    method: 'post',
    path: '/wechat/push',
    summary: '微信消息推送：接收事件（图片内容安全异步检测结果 wxa_media_check），回复 success',
    tag: 'wechat',
    access: 'public',
    query: pushQuery,
    handler: async ({ deps, query, ctx }) => {
      requireSigned(deps, query)
      const body = (ctx.request as { body?: unknown }).body
      const event = body && typeof body === 'object' ? (body as Record<string, unknown>) : {}
      const name = typeof event.Event === 'string' ? event.Event : ''
      const handler = Object.hasOwn(deps.registry.wechatEvents, name) ? deps.registry.wechatEvents[name] : undefined
      if (handler) await handler(deps, event)
      else deps.logger.info({ event: name }, 'wechat push ignored')
      return 'success'
    }
  })
]
