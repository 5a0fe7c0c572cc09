import { Types } from 'mongoose'
import type { AppDeps } from '../../../lib/deps'
import { notFound } from '../../../lib/errors'
import type { AuthedUser } from '../../../lib/types'
import { loadOwnCase } from '../../cases/core'
import { uploadModel, type UploadDoc } from '../../cases/model'

/** The bytes of a photo of the visit to the caller's own case, once it passed content security; 404 otherwise. */
export async function getVisitPhoto(deps: AppDeps, user: AuthedUser, input: { id: string; photoId: string }): Promise<{ mimeType: string; data: Buffer }> {
  const c = await loadOwnCase(deps.db, user, input.id)
  if (!c.dispatch?.visit?.photoIds.some((p) => String(p) === input.photoId)) throw notFound('没有找到这张照片')
  const up = await uploadModel(deps.db).findOne({ _id: new Types.ObjectId(input.photoId), moderation: 'passed' }).lean<UploadDoc>()
  const data = up ? await deps.storage.get(up.key) : null
  if (!up || !data) throw notFound('没有找到这张照片')
  return { mimeType: up.mimeType, data }
}
