import type { AppDeps } from '../../../lib/deps'
import { isDuplicateKeyError } from '../../../lib/mongoErrors'
import { caseModel, parkedVerdictModel, uploadModel, type CaseDoc, type UploadDoc } from '../model'
import { settleCaseModeration } from '../moderation'

/** A mediaCheckAsync verdict as WeChat pushes it (`wxa_media_check`). */
export interface MediaVerdict {
  traceId: string
  /** `pass`, `risky` or `review`; null when the check itself failed. */
  suggest: string | null
  label: string | null
  /** 0, or why the check failed (-1008: WeChat could not download the file). */
  errcode: number
}

/** What applying a verdict did: kept for its photo to come, the photo changed, or it was already decided. */
export type MediaVerdictOutcome = 'parked' | 'applied' | 'unchanged'

/** WeChat could not download the file it was asked to check. */
const DOWNLOAD_FAILED = -1008

function verdictNote(v: MediaVerdict): string | null {
  if (v.errcode === DOWNLOAD_FAILED) return '微信无法下载这张照片进行内容安全检测，请人工审核'
  if (v.errcode !== 0) return `微信内容安全检测没有完成（错误码 ${v.errcode}），请人工审核`
  if (v.suggest === 'pass') return null
  if (v.suggest === 'risky') return `微信内容安全检测判定有风险${v.label ? `（标签 ${v.label}）` : ''}，请人工审核`
  return '微信内容安全检测建议人工复审'
}

async function applyToPhoto(deps: AppDeps, photo: Pick<UploadDoc, '_id'>, v: MediaVerdict): Promise<boolean> {
  const pass = v.errcode === 0 && v.suggest === 'pass'
  const moved = await uploadModel(deps.db).updateOne(
    { _id: photo._id, moderation: 'checking' },
    { $set: { moderation: pass ? 'passed' : 'held', moderationNote: verdictNote(v) } }
  )
  const waiting = await caseModel(deps.db)
    .find({ photoIds: photo._id, moderation: 'checking' }, { photoIds: 1 })
    .lean<Pick<CaseDoc, '_id' | 'photoIds'>[]>()
  for (const c of waiting) await settleCaseModeration(deps, c)
  deps.logger.info({ traceId: v.traceId, suggest: v.suggest, errcode: v.errcode, photoId: String(photo._id), changed: moved.modifiedCount > 0 }, 'media check verdict')
  return moved.modifiedCount > 0
}

/**
 * Applies WeChat's mediaCheckAsync verdict to the photo with its trace id: `pass` → passed; `risky`,
 * `review`, a failed check (WeChat could not fetch the file) or anything else → held for staff with
 * the reason. Only a photo still `checking` moves (a replay changes nothing); each case showing it and
 * still `checking` is settled. A verdict can arrive before the upload has stored the trace id WeChat
 * answered with: it is then parked, and whichever of the two writes comes second applies it (the
 * upload looks for a parked verdict right after storing its trace id), so no verdict is lost.
 */
export async function applyMediaVerdict(deps: AppDeps, v: MediaVerdict): Promise<MediaVerdictOutcome> {
  const photo = await uploadModel(deps.db).findOne({ traceId: v.traceId }, { _id: 1 }).lean<Pick<UploadDoc, '_id'>>()
  if (photo) return (await applyToPhoto(deps, photo, v)) ? 'applied' : 'unchanged'
  try {
    await parkedVerdictModel(deps.db).create({ ...v, receivedAt: deps.clock.now() })
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err
  }
  const late = await uploadModel(deps.db).findOne({ traceId: v.traceId }, { _id: 1 }).lean<Pick<UploadDoc, '_id'>>()
  if (late) return (await applyToPhoto(deps, late, v)) ? 'applied' : 'unchanged'
  return 'parked'
}

/** Applies a verdict parked for the trace id an upload just stored, if one came first. */
export async function applyParkedVerdict(deps: AppDeps, photo: Pick<UploadDoc, '_id' | 'traceId'>): Promise<void> {
  if (!photo.traceId) return
  const parked = await parkedVerdictModel(deps.db).findOne({ traceId: photo.traceId }).lean()
  if (parked) await applyToPhoto(deps, photo, { traceId: parked.traceId, suggest: parked.suggest, label: parked.label, errcode: parked.errcode })
}
