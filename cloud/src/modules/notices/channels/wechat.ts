import { AppError } from '../../../lib/errors'
import type { AppDeps } from '../../../lib/deps'
import { WechatApiError, WechatUnavailableError } from '../../../lib/wechat/client'
import type { NoticeTemplateKey } from '../../../../../src/shared/notices'
import { noticeSubscriptionModel, type NoticeRecord } from '../model'
import { templateData } from '../templates'
import type { DeliveryOutcome, NoticeChannel } from './types'

/** The open API that sends a subscribe message. */
export const SUBSCRIBE_SEND_PATH = '/cgi-bin/message/subscribe/send'

/** 43101: the person refused, or has no one-time subscription left. Recorded as `refused`, never retried. */
export const ERR_USER_REFUSED = 43101

/** Errors a retry cannot fix: bad openid, bad template id, values WeChat refuses, bad page. */
const PERMANENT_ERRCODES = new Set([40003, 40037, 47003, 41030])

interface WechatPayload {
  touser: string
  template_id: string
  page: string
  data: Record<string, { value: string }>
  miniprogram_state: string
  lang: 'zh_CN'
  templateKey: NoticeTemplateKey
  longTerm: boolean
}

/** How a failed send is recorded: 43101 refused, permanent errcodes failed, everything else retried. */
export function classifyWechatError(err: unknown): DeliveryOutcome {
  if (err instanceof WechatApiError) {
    const error = `微信错误 ${err.errcode}：${err.errmsg}`.slice(0, 300)
    if (err.errcode === ERR_USER_REFUSED) return { outcome: 'refused', error }
    if (PERMANENT_ERRCODES.has(err.errcode)) return { outcome: 'failed', error }
    return { outcome: 'retry', error }
  }
  if (err instanceof AppError) return { outcome: 'retry', error: `${err.code}：${err.message}`.slice(0, 300) }
  return { outcome: 'retry', error: (err instanceof Error ? err.message : String(err)).slice(0, 300) }
}

async function spendSubscription(deps: AppDeps, notice: NoticeRecord, p: WechatPayload, refused: boolean): Promise<void> {
  if (p.longTerm) return
  const filter = { userId: notice.userId, templateKey: p.templateKey, templateId: p.template_id }
  const Subscription = noticeSubscriptionModel(deps.db)
  if (refused) await Subscription.updateOne(filter, { $set: { remaining: 0 } })
  else await Subscription.updateOne({ ...filter, remaining: { $gt: 0 } }, { $inc: { remaining: -1 } })
}

/**
 * WeChat subscribe messages (订阅消息) through the WeChat client, which keeps the access token.
 * Sent only to accounts with an openid that accepted the template (or when the template is granted
 * as a long-term subscription). WeChat has no idempotency key, so a send is never repeated once it
 * may have gone out (interrupted by a crash, or timed out waiting for the answer).
 */
export const wechatChannel: NoticeChannel = {
  name: 'wechat',
  delivery: 'dispatch',
  idempotent: false,
  prepare(ctx, draft) {
    const { recipient } = draft
    if (!recipient.openid) return { skip: '没有微信身份（这个账号没有用微信登录过）' }
    const message = draft.definition.wechat(draft.event, recipient)
    if (!message) return { skip: '这类通知只发站内消息' }
    const { templates, longTermTemplates, miniprogramState } = ctx.deps.config.notices
    const templateId = templates[message.template]
    if (!templateId) return { skip: '服务器没有配置这个订阅消息模板' }
    const longTerm = longTermTemplates.includes(message.template)
    if (!longTerm) {
      const sub = ctx.subscriptions.get(`${recipient.userId}:${message.template}`)
      if (!sub || sub.templateId !== templateId || sub.choice === 'ban') return { skip: '对方没有订阅这类微信提醒' }
      if (sub.remaining <= 0) return { skip: '对方订阅的提醒次数已用完' }
    }
    const payload: WechatPayload = {
      touser: recipient.openid,
      template_id: templateId,
      page: `pages/inbox/index?open=${draft.inboxEntryId}`,
      data: templateData(message.template, message.values as never),
      miniprogram_state: miniprogramState,
      lang: 'zh_CN',
      templateKey: message.template,
      longTerm
    }
    return { payload: { ...payload } }
  },
  async deliver(deps, notice) {
    const p = notice.payload as WechatPayload
    try {
      await deps.wechat.callApi(SUBSCRIBE_SEND_PATH, {
        touser: p.touser,
        template_id: p.template_id,
        page: p.page,
        data: p.data,
        miniprogram_state: p.miniprogram_state,
        lang: p.lang
      })
    } catch (err) {
      if (err instanceof WechatUnavailableError && err.requestMayHaveArrived) {
        return {
          outcome: 'unconfirmed',
          error: '发出后没有等到微信的答复（超时或连接中断），消息可能已经送达；为避免重复不再重发（站内消息已送达）'
        }
      }
      const outcome = classifyWechatError(err)
      if (outcome.outcome === 'refused') await spendSubscription(deps, notice, p, true).catch(() => undefined)
      return outcome
    }
    await spendSubscription(deps, notice, p, false).catch(() => undefined)
    return { outcome: 'sent' }
  }
}
