import { Types } from 'mongoose'
import type { AppDeps } from '../../../lib/deps'
import { notFound } from '../../../lib/errors'
import { storageFor } from '../../../lib/storage'
import type { AuthedUser } from '../../../lib/types'
import { uploadModel, type UploadDoc } from '../model'

/** The bytes of a photo for its uploader or staff of its township; 404 for anyone else. */
export async function getPhoto(deps: AppDeps, user: AuthedUser, id: string): Promise<{ mimeType: string; data: Buffer }> {
  const up = await uploadModel(deps.db).findById(new Types.ObjectId(id)).lean<UploadDoc>()
  const staff = user.role === 'staff' || user.role === 'admin'
  if (!up || (String(up.ownerId) !== user.id && !(staff && String(up.townshipId) === user.townshipId))) throw notFound('没有找到这张照片')
  const data = await storageFor(deps.config.dataDir).get(up.key)
  if (!data) throw notFound('没有找到这张照片')
  return { mimeType: up.mimeType, data }
}
