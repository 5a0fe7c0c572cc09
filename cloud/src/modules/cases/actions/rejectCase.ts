import { rejectCaseSchema, type StaffCaseDTO } from '../../../../../src/shared/cases'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { moveAsStaff } from '../moves'
import { caseNotice } from '../notices'

export const rejectCaseInput = rejectCaseSchema
export type RejectCaseInput = z.output<typeof rejectCaseInput> & { id: string }

/** 不予受理 with a reason the resident reads. */
export function rejectCase(deps: AppDeps, user: AuthedUser, input: RejectCaseInput): Promise<StaffCaseDTO> {
  return moveAsStaff(deps, user, input.id, (c, now) => ({
    action: 'reject',
    publicText: input.reason,
    public: true,
    notices: () => [caseNotice('case.rejected', c, now, { text: input.reason })]
  }))
}
