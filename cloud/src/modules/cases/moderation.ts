import type { AppDeps } from '../../lib/deps'
import { WechatApiError } from '../../lib/wechat/client'
import type { ModerationState } from '../../../../src/shared/cases'

/** errcode WeChat gives for content it judges risky. */
const RISKY = 87014

/**
 * Runs text through WeChat msgSecCheck (v2). `passed` only on a clear `pass`; a risky or doubtful
 * answer, or WeChat being unreachable, holds the text for staff review (it is never dropped).
 */
export async function checkText(deps: AppDeps, content: string, openid: string | null): Promise<{ state: ModerationState; note: string | null }> {
  try {
    const res = await deps.wechat.callApi('/wxa/msg_sec_check', { content, version: 2, scene: 2, openid: openid ?? '' })
    const suggest = (res.result as { suggest?: string } | undefined)?.suggest
    if (suggest === 'pass') return { state: 'passed', note: null }
    return { state: 'held', note: '内容安全检测提示有风险，请人工审核' }
  } catch (err) {
    if (err instanceof WechatApiError && err.errcode === RISKY) return { state: 'held', note: '内容安全检测提示有风险，请人工审核' }
    deps.logger.warn({ err }, 'msg_sec_check unavailable; case held for review')
    return { state: 'held', note: '内容安全检测暂不可用，请人工审核' }
  }
}

/**
 * Submits a photo to WeChat mediaCheckAsync. The verdict arrives later, so the photo stays
 * `checking` (shown to staff and its uploader only); a refusal as risky holds it for review.
 */
export async function checkImage(deps: AppDeps, mediaUrl: string, openid: string | null): Promise<{ state: ModerationState; traceId: string | null }> {
  try {
    const res = await deps.wechat.callApi('/wxa/media_check_async', { media_url: mediaUrl, media_type: 2, version: 2, scene: 2, openid: openid ?? '' })
    return { state: 'checking', traceId: typeof res.trace_id === 'string' ? res.trace_id : null }
  } catch (err) {
    if (err instanceof WechatApiError && err.errcode === RISKY) return { state: 'held', traceId: null }
    deps.logger.warn({ err }, 'media_check_async unavailable; photo held for review')
    return { state: 'held', traceId: null }
  }
}
