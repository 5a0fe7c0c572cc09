import { Types } from 'mongoose'
import { mergeCaseSchema, type StaffCaseDTO } from '../../../../../src/shared/cases'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { AppError, badRequest, notFound } from '../../../lib/errors'
import type { AuthedUser } from '../../../lib/types'
import { caseModel, type CaseDoc } from '../model'
import { moveAsStaff } from '../moves'

export const mergeCaseInput = mergeCaseSchema
export type MergeCaseInput = z.output<typeof mergeCaseInput> & { id: string }

/** Merges a case as a duplicate of another case of the township. */
export async function mergeCase(deps: AppDeps, user: AuthedUser, input: MergeCaseInput): Promise<StaffCaseDTO> {
  if (input.intoCaseId === input.id) throw badRequest('MERGE_SELF', '不能把诉求合并到它自己')
  const into = await caseModel(deps.db)
    .findOne({ _id: new Types.ObjectId(input.intoCaseId), townshipId: new Types.ObjectId(user.townshipId) }, { number: 1, status: 1 })
    .lean<Pick<CaseDoc, '_id' | 'number' | 'status'>>()
  if (!into) throw notFound('没有找到要合并到的诉求')
  if (into.status === 'merged' || into.status === 'rejected') throw new AppError(409, 'CASE_STATE_CONFLICT', '要合并到的诉求已合并或不予受理，请选择另一件')
  return moveAsStaff(deps, user, input.id, () => ({
    action: 'merge',
    publicText: `与诉求 ${into.number} 内容相同，合并办理`,
    internalNote: input.note ?? null,
    public: true,
    set: { mergedIntoId: into._id, mergedIntoNumber: into.number }
  }))
}
