import { Types } from 'mongoose'
import { supplyInfoSchema, type CaseDTO } from '../../../../../src/shared/cases'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { badRequest } from '../../../lib/errors'
import type { AuthedUser } from '../../../lib/types'
import { changeCase, loadOwnCase } from '../core'
import { uploadModel, type UploadDoc } from '../model'
import { residentAuthor } from '../residentAuthor'
import { residentView } from '../views'

export const supplyInfoInput = supplyInfoSchema
export type SupplyInfoInput = z.output<typeof supplyInfoInput> & { id: string }

/** Supplies the requested information; the case goes back where it was and its clock runs on. */
export async function supplyInfo(deps: AppDeps, user: AuthedUser, input: SupplyInfoInput): Promise<CaseDTO> {
  const c = await loadOwnCase(deps.db, user, input.id)
  const ids = [...new Set(input.photoIds)]
  const uploads = ids.length
    ? await uploadModel(deps.db).find({ _id: { $in: ids.map((x) => new Types.ObjectId(x)) }, ownerId: new Types.ObjectId(user.id) }).lean<UploadDoc[]>()
    : []
  if (uploads.length !== ids.length) throw badRequest('PHOTO_UNKNOWN', '有照片没有上传成功，请删掉后重新上传')
  if (c.photoIds.length + uploads.length > 18) throw badRequest('PHOTO_TOO_MANY', '这件诉求的照片已经太多了，请挑重要的上传')
  const updated = await changeCase(deps, c, {
    action: 'supplyInfo',
    actor: 'resident',
    author: residentAuthor(user, c),
    publicText: input.text,
    public: true,
    set: { pendingQuestion: null, photoIds: [...c.photoIds, ...uploads.map((u) => u._id)] }
  })
  return residentView(deps, updated)
}
