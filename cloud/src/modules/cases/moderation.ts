import type { AppDeps } from '../../lib/deps'
import { WechatApiError } from '../../lib/wechat/client'
import { checkText, RISKY_ERRCODE } from '../../lib/wechat/textCheck'
import type { ModerationState } from '../../../../src/shared/cases'
import type { AuthedUser } from '../../lib/types'
import { loadUploads, ownUploads } from './core'
import { caseModel, type CaseDoc } from './model'

/** Why a case with a photo held by content security waits for staff. */
export const PHOTO_HELD_NOTE = '照片内容安全检测提示有风险，请人工审核'

/**
 * A case's content state from its text check and its photos: `held` when the text or any photo
 * is held, else `checking` while any photo awaits its verdict, else `passed`.
 */
export function caseModeration(
  text: { state: ModerationState; note: string | null },
  uploads: readonly { moderation: ModerationState }[]
): { state: ModerationState; note: string | null } {
  const photoHeld = uploads.some((u) => u.moderation === 'held')
  const state = text.state === 'held' || photoHeld ? 'held' : uploads.some((u) => u.moderation === 'checking') ? 'checking' : 'passed'
  return { state, note: text.note ?? (photoHeld ? PHOTO_HELD_NOTE : null) }
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
    if (err instanceof WechatApiError && err.errcode === RISKY_ERRCODE) return { state: 'held', traceId: null }
    deps.logger.warn({ err }, 'media_check_async unavailable; photo held for review')
    return { state: 'held', traceId: null }
  }
}

/**
 * Once every photo of a `checking` case has its verdict, moves the case to `passed` or `held`
 * (caseModeration; its text passed, or it would be held) in one conditional update; a case that
 * is no longer `checking` or still waits for a photo is left alone. Safe to repeat.
 */
export async function settleCaseModeration(deps: AppDeps, c: Pick<CaseDoc, '_id' | 'photoIds'>): Promise<void> {
  const content = caseModeration({ state: 'passed', note: null }, await loadUploads(deps.db, c))
  if (content.state === 'checking') return
  await caseModel(deps.db).updateOne({ _id: c._id, moderation: 'checking' }, { $set: { moderation: content.state, moderationNote: content.note } })
}

/**
 * What a case sets when its resident adds text and photos to it later (a follow-up, supplied
 * information): the photos must be their uploads, and the addition goes through content security
 * like the first submission — the text is checked, a held text or photo holds the case, a photo
 * still being checked puts a passed case back to `checking`; a held case stays held for staff.
 */
export async function addedContent(
  deps: AppDeps,
  user: AuthedUser,
  c: Pick<CaseDoc, 'photoIds' | 'moderation' | 'moderationNote'>,
  added: { text: string; photoIds: readonly string[] }
): Promise<{ photoIds: CaseDoc['photoIds']; moderation: ModerationState; moderationNote: string | null }> {
  const [uploads, check] = await Promise.all([ownUploads(deps.db, user, added.photoIds, c.photoIds.length), checkText(deps, added.text, user.openid)])
  const content = caseModeration(check, uploads)
  const photoIds = [...c.photoIds, ...uploads.map((u) => u._id)]
  if (c.moderation === 'held') return { photoIds, moderation: 'held', moderationNote: c.moderationNote }
  if (content.state === 'held') return { photoIds, moderation: 'held', moderationNote: content.note }
  if (content.state === 'checking') return { photoIds, moderation: 'checking', moderationNote: null }
  return { photoIds, moderation: c.moderation, moderationNote: c.moderationNote }
}
