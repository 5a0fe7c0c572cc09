import { Types } from 'mongoose'
import { assignCaseSchema, type StaffCaseDTO } from '../../../../../src/shared/cases'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { badRequest } from '../../../lib/errors'
import type { AuthedUser } from '../../../lib/types'
import { departmentModel, type DepartmentDoc } from '../../org/model'
import { staffAuthor } from '../core'
import { moveAsStaff } from '../moves'

export const assignCaseInput = assignCaseSchema
export type AssignCaseInput = z.output<typeof assignCaseInput> & { id: string }

/** 派单: accepted → assigned to a department of the township, signed by the centre. */
export async function assignCase(deps: AppDeps, user: AuthedUser, input: AssignCaseInput): Promise<StaffCaseDTO> {
  const dept = await departmentModel(deps.db)
    .findOne({ _id: new Types.ObjectId(input.departmentId), townshipId: new Types.ObjectId(user.townshipId) })
    .lean<DepartmentDoc>()
  if (!dept) throw badRequest('DEPARTMENT_UNKNOWN', '请选择本乡镇的站所')
  return moveAsStaff(deps, user, input.id, () => ({
    action: 'assign',
    author: staffAuthor(user, { departmentName: null }),
    publicText: `已转${dept.name}办理`,
    internalNote: input.note ?? null,
    public: true,
    set: { departmentId: dept._id, departmentName: dept.name }
  }))
}
