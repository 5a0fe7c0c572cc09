import * as z from '../../../../src/shared/zod'
import type { AppDeps } from '../../lib/deps'
import { AppError } from '../../lib/errors'
import { route, type RouteSpec } from '../../lib/routes'
import { verifyPush } from '../../lib/wechat/push'
import { applyMediaVerdict } from '../cases/actions/mediaVerdict'

const pushQuery = z.object({
  signature: z.optional(z.string().check(z.maxLength(128))),
  timestamp: z.optional(z.string().check(z.maxLength(32))),
  nonce: z.optional(z.string().check(z.maxLength(128))),
  echostr: z.optional(z.string().check(z.maxLength(512)))
})

const mediaCheckEvent = z.object({
  Event: z.literal('wxa_media_check'),
  trace_id: z.string().check(z.minLength(1), z.maxLength(128)),
  result: z.object({ suggest: z.string().check(z.maxLength(32)), label: z.optional(z.union([z.string(), z.number()])) })
})

/** Refuses a push not signed with the 消息推送 token or older than five minutes. */
function requireSigned(deps: AppDeps, query: z.output<typeof pushQuery>): void {
  if (!verifyPush(deps.config.wechat.pushToken, query, deps.clock.now())) {
    throw new AppError(401, 'PUSH_SIGNATURE_INVALID', '推送签名不正确或已过期，已拒绝处理')
  }
}

/**
 * WeChat 消息推送 (plain-text mode, JSON): the one-off URL check (GET, answers `echostr`) and the
 * events (POST, answers `success`). `wxa_media_check` carries the mediaCheckAsync verdict of a case
 * photo; every other event is acknowledged and ignored.
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
      const event = mediaCheckEvent.safeParse(body)
      if (event.success) {
        const { label } = event.data.result
        await applyMediaVerdict(deps, event.data.trace_id, event.data.result.suggest, label === undefined ? null : String(label))
      } else {
        deps.logger.info({ event: (body as { Event?: unknown } | undefined)?.Event }, 'wechat push ignored')
      }
      return 'success'
    }
  })
]
