import { Types } from 'mongoose'
import type { CaseDTO, ConfirmCaseInput, RateCaseInput } from '../../../../../src/shared/cases'
import type * as z from '../../../../../src/shared/zod'
import type { supplyInfoSchema } from '../../../../../src/shared/cases'
import type { AppDeps } from '../../../lib/deps'
import { badRequest } from '../../../lib/errors'
import type { AuthedUser } from '../../../lib/types'
import { changeCase, loadOwnCase, loadUploads } from '../core'
import { toCaseDTO } from '../dto'
import { uploadModel, type CaseDoc, type UploadDoc } from '../model'
import { caseNotice } from '../notices'

const residentAuthor = (user: AuthedUser, c: CaseDoc) => ({
  id: user.id,
  name: user.displayName,
  role: user.role,
  publicBy: c.acting.onBehalf && String(c.acting.submitterId) === user.id ? '帮办代办员' : '群众'
})

async function view(deps: AppDeps, c: CaseDoc): Promise<CaseDTO> {
  return toCaseDTO(c, await loadUploads(deps.db, c))
}

/** A case of mine (or submitted by me for someone); 404 for anyone else's. */
export async function getMyCase(deps: AppDeps, user: AuthedUser, id: string): Promise<CaseDTO> {
  return view(deps, await loadOwnCase(deps.db, user, id))
}

/** Supplies the requested information; the case goes back where it was and its clock runs on. */
export async function supplyInfo(deps: AppDeps, user: AuthedUser, id: string, input: z.output<typeof supplyInfoSchema>): Promise<CaseDTO> {
  const c = await loadOwnCase(deps.db, user, id)
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
  return view(deps, updated)
}

/** The resident confirms the answer: replied → closed, and is invited to rate. */
export async function confirmCase(deps: AppDeps, user: AuthedUser, id: string, input: ConfirmCaseInput): Promise<CaseDTO> {
  const c = await loadOwnCase(deps.db, user, id)
  const now = deps.clock.now()
  const updated = await changeCase(deps, c, {
    action: 'confirm',
    actor: 'resident',
    author: residentAuthor(user, c),
    publicText: input.note ?? null,
    public: true,
    set: { autoCloseBy: null },
    notices: () => [caseNotice('case.closed', c, now)]
  })
  return view(deps, updated)
}

/** Rates a closed case once (placeholder until 好差评 takes over). */
export async function rateCase(deps: AppDeps, user: AuthedUser, id: string, input: RateCaseInput): Promise<CaseDTO> {
  const c = await loadOwnCase(deps.db, user, id)
  const now = deps.clock.now()
  const updated = await changeCase(deps, c, {
    action: 'rate',
    actor: 'resident',
    author: residentAuthor(user, c),
    publicText: input.comment ?? null,
    public: true,
    also: { rating: null },
    set: { rating: { level: input.level, comment: input.comment ?? null, at: now } }
  })
  return view(deps, updated)
}
