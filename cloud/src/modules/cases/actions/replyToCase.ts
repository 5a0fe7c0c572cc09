import { replyCaseSchema, type StaffCaseDTO } from '../../../../../src/shared/cases'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { addWorkingDays, endOfLocalDay, toLocalDate } from '../../calendar/workingDays'
import { townshipOverrides } from '../../calendar/load'
import { moveAsStaff } from '../moves'
import { caseNotice } from '../notices'

export const replyToCaseInput = replyCaseSchema
export type ReplyToCaseInput = z.output<typeof replyToCaseInput> & { id: string }

/** 答复: the public answer (and an optional internal note); the auto-close clock starts. */
export async function replyToCase(deps: AppDeps, user: AuthedUser, input: ReplyToCaseInput): Promise<StaffCaseDTO> {
  const now = deps.clock.now()
  const overrides = await townshipOverrides(deps.db, user.townshipId)
  const autoCloseBy = endOfLocalDay(addWorkingDays(toLocalDate(now), deps.config.cases.autoCloseDays, overrides))
  return moveAsStaff(deps, user, input.id, (c) => ({
    action: 'reply',
    publicText: input.text,
    internalNote: input.internalNote ?? null,
    public: true,
    set: { reply: input.text, autoCloseBy },
    notices: () => [caseNotice('case.replied', c, now, { text: input.text.slice(0, 100) })]
  }))
}
