import { Types } from 'mongoose'
import type { AppDeps } from '../../../lib/deps'
import { notFound } from '../../../lib/errors'
import type { AuthedUser } from '../../../lib/types'
import { isStaff, staffMaySee } from '../../../lib/visibility'
import { ownsCase } from '../core'
import { caseModel, uploadModel, type CaseDoc, type UploadDoc } from '../model'

const MISSING = '没有找到这张照片'

/**
 * The bytes of a photo for whoever may see it: its uploader, and for a photo of a case whoever may
 * see that case (the applicant, the assistant who filed it, staff of the case's department, the
 * township's admins). Anyone else gets 404, as for a photo that does not exist.
 */
export async function getPhoto(deps: AppDeps, user: AuthedUser, input: { id: string }): Promise<{ mimeType: string; data: Buffer }> {
  const up = await uploadModel(deps.db).findById(new Types.ObjectId(input.id)).lean<UploadDoc>()
  if (!up || !(String(up.ownerId) === user.id || (await seesCaseOf(deps, user, up)))) throw notFound(MISSING)
  const data = await deps.storage.get(up.key)
  if (!data) throw notFound(MISSING)
  return { mimeType: up.mimeType, data }
}

async function seesCaseOf(deps: AppDeps, user: AuthedUser, up: UploadDoc): Promise<boolean> {
  const cases = await caseModel(deps.db)
    .find({ photoIds: up._id, townshipId: up.townshipId }, { townshipId: 1, departmentId: 1, acting: 1 })
    .limit(20)
    .lean<Pick<CaseDoc, 'townshipId' | 'departmentId' | 'acting'>[]>()
  for (const c of cases) {
    if (isStaff(user) ? staffMaySee(user, c) : await ownsCase(deps.db, user, c)) return true
  }
  return false
}
