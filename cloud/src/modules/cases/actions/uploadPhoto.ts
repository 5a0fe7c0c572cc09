import { Types } from 'mongoose'
import { PHOTO_MAX_BYTES, uploadPhotoSchema, type UploadDTO } from '../../../../../src/shared/cases'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { badRequest } from '../../../lib/errors'
import { sniffImageType, type FileExt } from '../../../lib/storage'
import type { AuthedUser } from '../../../lib/types'
import { uploadModel } from '../model'
import { checkImage } from '../moderation'
import { applyParkedVerdict } from './mediaVerdict'

export const uploadPhotoInput = uploadPhotoSchema
export type UploadPhotoInput = z.output<typeof uploadPhotoInput>

const EXT: Record<string, FileExt> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' }
/** How long WeChat's content check may take to fetch the photo through its signed URL. */
const CHECK_URL_TTL_SECONDS = 3600

/**
 * Stores a photo sent as base64: only JPEG, PNG or WebP by their bytes, at most 1 MB. The upload is
 * recorded (`checking`, visible to its uploader and staff) BEFORE WeChat's mediaCheckAsync is asked,
 * with an absolute short-lived signed URL WeChat can fetch without a session; the trace id WeChat
 * answers with is stored next, and a verdict that came back even faster is applied then.
 */
export async function uploadPhoto(deps: AppDeps, user: AuthedUser, input: UploadPhotoInput): Promise<UploadDTO> {
  const b64 = input.dataBase64.replace(/^data:[^;,]*;base64,/, '')
  if (!/^[A-Za-z0-9+/=\s]+$/.test(b64)) throw badRequest('PHOTO_INVALID', '照片内容不正确，请重新选择照片')
  const data = Buffer.from(b64, 'base64')
  if (data.length === 0) throw badRequest('PHOTO_INVALID', '照片内容是空的，请重新选择照片')
  if (data.length > PHOTO_MAX_BYTES) throw badRequest('PHOTO_TOO_LARGE', '照片不能超过 1 MB，请压缩后再上传')
  const mimeType = sniffImageType(data)
  if (!mimeType) throw badRequest('PHOTO_TYPE', '只能上传 JPG、PNG 或 WebP 格式的照片')
  const now = deps.clock.now()
  const key = await deps.storage.put('case-photos', data, EXT[mimeType]!, now)
  const id = deps.ids.objectId()
  const Upload = uploadModel(deps.db)
  await Upload.create({
    _id: id,
    ownerId: new Types.ObjectId(user.id),
    townshipId: new Types.ObjectId(user.townshipId),
    key,
    mimeType,
    size: data.length,
    moderation: 'checking',
    traceId: null,
    createdAt: now
  })
  const check = await checkImage(deps, await deps.storage.signedUrl(key, CHECK_URL_TTL_SECONDS, now), user.openid)
  await Upload.updateOne({ _id: id, moderation: 'checking' }, { $set: { traceId: check.traceId, ...(check.state === 'held' ? { moderation: 'held' } : {}) } })
  await applyParkedVerdict(deps, { _id: id, traceId: check.traceId })
  return { id: String(id), mimeType, size: data.length, url: `/api/uploads/photos/${String(id)}` }
}
