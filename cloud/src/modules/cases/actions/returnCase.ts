import { returnCaseSchema, type StaffCaseDTO } from '../../../../../src/shared/cases'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { moveAsStaff } from '../moves'

export const returnCaseInput = returnCaseSchema
export type ReturnCaseInput = z.output<typeof returnCaseInput> & { id: string }

/** 退回: the department objects (reason required); back to accepted, for the admin to reassign. */
export function returnCase(deps: AppDeps, user: AuthedUser, input: ReturnCaseInput): Promise<StaffCaseDTO> {
  return moveAsStaff(deps, user, input.id, () => ({
    action: 'return',
    internalNote: input.reason,
    public: false,
    set: { departmentId: null, departmentName: null }
  }))
}
