import {
  NOTICE_TEMPLATES,
  NOTICE_TEMPLATE_KEYS,
  type NoticeSettingsDTO,
  type NoticeTemplateSettingDTO
} from '../../../../../src/shared/notices'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { userModel } from '../../users/model'
import { noticeSubscriptionModel, type NoticeSubscription } from '../model'

/**
 * The caller's notice settings: the inbox (always on), whether WeChat can reach them, and for every
 * template offered to their role its id and subscription state.
 */
export async function getNoticeSettings(deps: AppDeps, user: AuthedUser): Promise<NoticeSettingsDTO> {
  const [account, subs] = await Promise.all([
    userModel(deps.db).findById(user.id, { openid: 1 }).lean(),
    noticeSubscriptionModel(deps.db).find({ userId: user.id }).lean<NoticeSubscription[]>()
  ])
  const { templates, longTermTemplates } = deps.config.notices
  const offered = NOTICE_TEMPLATE_KEYS.filter((key) => NOTICE_TEMPLATES[key].who === 'everyone' || user.role === 'admin')
  return {
    inbox: true,
    wechatReachable: Boolean(account?.openid),
    templates: offered.map((key): NoticeTemplateSettingDTO => {
      const templateId = templates[key]
      const sub = subs.find((s) => s.templateKey === key && s.templateId === templateId)
      const base = { key, title: NOTICE_TEMPLATES[key].title, description: NOTICE_TEMPLATES[key].description, templateId }
      if (templateId && longTermTemplates.includes(key)) return { ...base, state: 'longTerm', remaining: 0 }
      if (!sub || sub.choice === 'filter') return { ...base, state: 'none', remaining: 0 }
      if (sub.remaining > 0) return { ...base, state: 'accept', remaining: sub.remaining }
      if (sub.choice === 'accept') return { ...base, state: 'used', remaining: 0 }
      return { ...base, state: sub.choice, remaining: 0 }
    })
  }
}
