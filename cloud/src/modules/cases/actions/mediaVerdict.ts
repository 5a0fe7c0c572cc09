import type { AppDeps } from '../../../lib/deps'
import { caseModel, uploadModel, type CaseDoc, type UploadDoc } from '../model'
import { settleCaseModeration } from '../moderation'

/** What applying a verdict did: no photo has the trace id, the photo changed, or it was already decided. */
export type MediaVerdictOutcome = 'unknown' | 'applied' | 'unchanged'

/**
 * Applies WeChat's mediaCheckAsync verdict (`wxa_media_check` push) to the photo with the trace id:
 * `pass` → passed; `risky`, `review` or anything else → held for staff with the reason. Only a photo
 * still `checking` moves (a replay changes nothing). Each case showing the photo and still `checking`
 * is settled (settleCaseModeration); a held case stays held until staff review it.
 */
export async function applyMediaVerdict(deps: AppDeps, traceId: string, suggest: string, label: string | null): Promise<MediaVerdictOutcome> {
  const uploads = uploadModel(deps.db)
  const photo = await uploads.findOne({ traceId }, { _id: 1 }).lean<Pick<UploadDoc, '_id'>>()
  if (!photo) return 'unknown'
  const pass = suggest === 'pass'
  const note = pass
    ? null
    : suggest === 'risky'
      ? `微信内容安全检测判定有风险${label ? `（标签 ${label}）` : ''}，请人工审核`
      : '微信内容安全检测建议人工复审'
  const moved = await uploads.updateOne(
    { _id: photo._id, moderation: 'checking' },
    { $set: { moderation: pass ? 'passed' : 'held', moderationNote: note } }
  )
  const waiting = await caseModel(deps.db)
    .find({ photoIds: photo._id, moderation: 'checking' }, { photoIds: 1 })
    .lean<Pick<CaseDoc, '_id' | 'photoIds'>[]>()
  for (const c of waiting) await settleCaseModeration(deps, c)
  deps.logger.info({ traceId, suggest, photoId: String(photo._id), changed: moved.modifiedCount > 0 }, 'media check verdict')
  return moved.modifiedCount > 0 ? 'applied' : 'unchanged'
}
