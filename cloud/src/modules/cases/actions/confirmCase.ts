import { confirmCaseSchema, type CaseDTO } from '../../../../../src/shared/cases'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { moveAsResident } from '../moves'
import { caseNotice } from '../notices'

export const confirmCaseInput = confirmCaseSchema
export type ConfirmCaseInput = z.output<typeof confirmCaseInput> & { id: string }

/** The resident confirms the answer: replied → closed, and is invited to rate. */
export function confirmCase(deps: AppDeps, user: AuthedUser, input: ConfirmCaseInput): Promise<CaseDTO> {
  return moveAsResident(deps, user, input.id, (c, now) => ({
    action: 'confirm',
    publicText: input.note ?? null,
    public: true,
    set: { autoCloseBy: null },
    notices: () => [caseNotice('case.closed', c, now)]
  }))
}
