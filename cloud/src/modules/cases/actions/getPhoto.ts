import { Types } from 'mongoose'
import type { AppDeps } from '../../../lib/deps'
import { notFound } from '../../../lib/errors'
import type { AuthedUser } from '../../../lib/types'
import { isStaff } from '../../../lib/visibility'
import { uploadModel, type UploadDoc } from '../model'

/** The bytes of a photo for its uploader or staff of its township; 404 for anyone else. */
export async function getPhoto(deps: AppDeps, user: AuthedUser, input: { id: string }): Promise<{ mimeType: string; data: Buffer }> {
  const up = await uploadModel(deps.db).findById(new Types.ObjectId(input.id)).lean<UploadDoc>()
  if (!up || (String(up.ownerId) !== user.id && !(isStaff(user) && String(up.townshipId) === user.townshipId))) throw notFound('没有找到这张照片')
  const data = await deps.storage.get(up.key)
  if (!data) throw notFound('没有找到这张照片')
  return { mimeType: up.mimeType, data }
}
