import { Types } from 'mongoose'
import { PHOTO_MAX_BYTES, type UploadDTO, type UploadPhotoInput } from '../../../../../src/shared/cases'
import type { AppDeps } from '../../../lib/deps'
import { badRequest } from '../../../lib/errors'
import { sniffImageType, storageFor } from '../../../lib/storage'
import type { AuthedUser } from '../../../lib/types'
import { userModel } from '../../users/model'
import { checkImage } from '../moderation'
import { uploadModel } from '../model'

const EXT = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' } as const

/**
 * Stores a photo sent as base64: only JPEG, PNG or WebP by their bytes, at most 1 MB. The photo is
 * sent to WeChat media check and stays visible to its uploader and staff until cleared.
 */
export async function uploadPhoto(deps: AppDeps, user: AuthedUser, input: UploadPhotoInput): Promise<UploadDTO> {
  const b64 = input.dataBase64.replace(/^data:[^;,]*;base64,/, '')
  if (!/^[A-Za-z0-9+/=\s]+$/.test(b64)) throw badRequest('PHOTO_INVALID', '照片内容不正确，请重新选择照片')
  const data = Buffer.from(b64, 'base64')
  if (data.length === 0) throw badRequest('PHOTO_INVALID', '照片内容是空的，请重新选择照片')
  if (data.length > PHOTO_MAX_BYTES) throw badRequest('PHOTO_TOO_LARGE', '照片不能超过 1 MB，请压缩后再上传')
  const mimeType = sniffImageType(data)
  if (!mimeType) throw badRequest('PHOTO_TYPE', '只能上传 JPG、PNG 或 WebP 格式的照片')
  const key = await storageFor(deps.config.dataDir).put('case-photos', data, EXT[mimeType], deps.clock.now())
  const id = new Types.ObjectId()
  const account = await userModel(deps.db).findById(user.id, { openid: 1 }).lean<{ openid?: string }>()
  const check = await checkImage(deps, `/api/uploads/photos/${String(id)}`, account?.openid ?? null)
  await uploadModel(deps.db).create({
    _id: id,
    ownerId: new Types.ObjectId(user.id),
    townshipId: new Types.ObjectId(user.townshipId),
    key,
    mimeType,
    size: data.length,
    moderation: check.state,
    traceId: check.traceId,
    createdAt: deps.clock.now()
  })
  return { id: String(id), mimeType, size: data.length, url: `/api/uploads/photos/${String(id)}` }
}
