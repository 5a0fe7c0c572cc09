import Taro from '@tarojs/taro'
import { NOTICE_FLOWS, SUBSCRIBE_CHOICES, type NoticeFlow, type NoticeSettingsDTO, type SubscribeChoice } from '../../shared/notices'
import { newIdempotencyKey } from '../../services/http'
import { saveSubscriptionChoices } from '../../services/notices'

/** WeChat asks about at most this many templates in one prompt. */
const MAX_PER_PROMPT = 5

/** The template ids a flow asks to subscribe to, skipping long-term ones (nothing to ask) and unset ones. */
export function templateIdsFor(flow: NoticeFlow, settings: NoticeSettingsDTO | null): string[] {
  if (!settings) return []
  const wanted = NOTICE_FLOWS[flow] as readonly string[]
  return settings.templates
    .filter((t) => wanted.includes(t.key) && t.templateId && t.state !== 'longTerm')
    .map((t) => t.templateId!)
    .slice(0, MAX_PER_PROMPT)
}

/** The per-template answers in a `requestSubscribeMessage` result (it also carries `errMsg`). */
export function choicesOf(result: Record<string, unknown>, templateIds: string[]): { templateId: string; choice: SubscribeChoice }[] {
  return templateIds.flatMap((templateId) => {
    const choice = result[templateId]
    return typeof choice === 'string' && (SUBSCRIBE_CHOICES as readonly string[]).includes(choice)
      ? [{ templateId, choice: choice as SubscribeChoice }]
      : []
  })
}

/**
 * Shows WeChat's subscribe prompt for the templates and records the answers on the server. Call it
 * first thing in a tap handler (WeChat only allows it from a tap). Mini-program only: on H5 it does
 * nothing. Never throws: a refused or failed prompt only means no WeChat reminder, the inbox still works.
 */
export async function askToSubscribe(templateIds: string[]): Promise<void> {
  if (process.env.TARO_ENV !== 'weapp' || templateIds.length === 0) return
  let result: Record<string, unknown>
  try {
    result = (await Taro.requestSubscribeMessage({ tmplIds: templateIds, entityIds: [] })) as unknown as Record<string, unknown>
  } catch {
    return
  }
  const choices = choicesOf(result, templateIds)
  if (choices.length === 0) return
  await saveSubscriptionChoices({ choices }, newIdempotencyKey()).catch(() => undefined)
}
