import { requestInfoSchema, type StaffCaseDTO } from '../../../../../src/shared/cases'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { moveAsStaff } from '../moves'
import { caseNotice } from '../notices'

export const requestInfoInput = requestInfoSchema
export type RequestInfoInput = z.output<typeof requestInfoInput> & { id: string }

/** Asks the resident for more information (a follow-up waiting counts as answered); the clock pauses until they answer. */
export function requestInfo(deps: AppDeps, user: AuthedUser, input: RequestInfoInput): Promise<StaffCaseDTO> {
  return moveAsStaff(deps, user, input.id, (c, now) => ({
    action: 'requestInfo',
    publicText: input.question,
    public: true,
    set: { pendingQuestion: input.question, followUpAt: null },
    notices: () => [caseNotice('case.infoRequested', c, now, { text: input.question, suffix: String(c.updates.length) })]
  }))
}
