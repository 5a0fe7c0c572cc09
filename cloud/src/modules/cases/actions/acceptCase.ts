import { acceptCaseSchema, type StaffCaseDTO } from '../../../../../src/shared/cases'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { moveAsStaff } from '../moves'
import { caseNotice } from '../notices'

export const acceptCaseInput = acceptCaseSchema
export type AcceptCaseInput = z.output<typeof acceptCaseInput> & { id: string }

/** 受理: submitted → accepted; the answer clock (per type) starts; the resident is told. */
export function acceptCase(deps: AppDeps, user: AuthedUser, input: AcceptCaseInput): Promise<StaffCaseDTO> {
  return moveAsStaff(deps, user, input.id, (c, now) => ({
    action: 'accept',
    internalNote: input.note ?? null,
    public: true,
    notices: () => [caseNotice('case.accepted', c, now)]
  }))
}
