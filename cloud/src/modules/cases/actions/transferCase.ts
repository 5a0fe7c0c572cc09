import { transferCaseSchema, type StaffCaseDTO } from '../../../../../src/shared/cases'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { moveAsStaff } from '../moves'
import { caseNotice } from '../notices'

export const transferCaseInput = transferCaseSchema
export type TransferCaseInput = z.output<typeof transferCaseInput> & { id: string }

/**
 * 转办: a case that is not the township's to handle goes on to a county body, with the reason on
 * record. The resident is told where it went; no deadline runs from here on, so it never counts
 * as overdue, and it does not close on its own.
 */
export function transferCase(deps: AppDeps, user: AuthedUser, input: TransferCaseInput): Promise<StaffCaseDTO> {
  return moveAsStaff(deps, user, input.id, (c, now) => ({
    action: 'transfer',
    publicText: `已转至${input.to}办理。${input.reason}`,
    public: true,
    set: { transferredTo: input.to, followUpAt: null, autoCloseBy: null },
    notices: () => [caseNotice('case.transferred', c, now, { text: input.to })]
  }))
}
