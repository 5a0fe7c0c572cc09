import { NOTICE_TEMPLATE_KEYS, subscriptionChoicesSchema, type NoticeSettingsDTO } from '../../../../../src/shared/notices'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { badRequest } from '../../../lib/errors'
import { noticeSubscriptionModel } from '../model'
import { getNoticeSettings } from './getNoticeSettings'

export const saveSubscriptionChoicesInput = subscriptionChoicesSchema
export type SaveSubscriptionChoicesInput = z.output<typeof saveSubscriptionChoicesInput>

/**
 * Records what the person answered to `wx.requestSubscribeMessage`. Each “允许” (accept) of a one-time
 * template grants one message; “总是拒绝” (ban) ends them; a plain “拒绝” keeps what earlier accepts
 * granted. Template ids the server does not use are ignored (400 when none is known).
 */
export async function saveSubscriptionChoices(
  deps: AppDeps,
  user: AuthedUser,
  input: SaveSubscriptionChoicesInput
): Promise<NoticeSettingsDTO> {
  const { templates } = deps.config.notices
  const keyOf = new Map(NOTICE_TEMPLATE_KEYS.flatMap((k) => (templates[k] ? [[templates[k], k] as const] : [])))
  const known = input.choices.filter((c) => keyOf.has(c.templateId))
  if (known.length === 0) {
    throw badRequest('TEMPLATE_UNKNOWN', '订阅的消息类型已经更新，请退出页面重新进入后再提交')
  }
  const Subscription = noticeSubscriptionModel(deps.db)
  const now = deps.clock.now()
  for (const { templateId, choice } of known) {
    if (choice === 'filter') continue
    const templateKey = keyOf.get(templateId)!
    const ident = { userId: user.id, templateKey }
    if (choice === 'accept') {
      const added = await Subscription.updateOne({ ...ident, templateId }, { $set: { choice, updatedAt: now }, $inc: { remaining: 1 } })
      if (added.matchedCount === 0) {
        await Subscription.updateOne(ident, { $set: { templateId, choice, remaining: 1, updatedAt: now } }, { upsert: true })
      }
    } else {
      const current = await Subscription.findOne(ident, { templateId: 1, remaining: 1 }).lean()
      const remaining = choice === 'reject' && current?.templateId === templateId ? current.remaining : 0
      await Subscription.updateOne(ident, { $set: { templateId, choice, remaining, updatedAt: now } }, { upsert: true })
    }
  }
  return getNoticeSettings(deps, user)
}
