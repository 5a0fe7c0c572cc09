import { Types } from 'mongoose'
import { replyCaseSchema, type StaffCaseDTO } from '../../../../../src/shared/cases'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { addWorkingDays, endOfLocalDay, toLocalDate } from '../../calendar/workingDays'
import { townshipOverrides } from '../../calendar/load'
import { caseFollowerModel } from '../model'
import { moveAsStaff } from '../moves'
import { caseAudience, caseNotice, followerAudience } from '../notices'

export const replyToCaseInput = replyCaseSchema
export type ReplyToCaseInput = z.output<typeof replyToCaseInput> & { id: string }

/**
 * 答复: the public answer (and an optional internal note); the auto-close clock starts and a
 * follow-up waiting counts as answered. The resident is told, and so is everyone following the
 * case as theirs too; the answer after a reopen is a notice of its own.
 */
export async function replyToCase(deps: AppDeps, user: AuthedUser, input: ReplyToCaseInput): Promise<StaffCaseDTO> {
  const now = deps.clock.now()
  const [overrides, followers] = await Promise.all([
    townshipOverrides(deps.db, user.townshipId),
    caseFollowerModel(deps.db).find({ caseId: new Types.ObjectId(input.id) }, { userId: 1 }).lean<{ userId: Types.ObjectId }[]>()
  ])
  const autoCloseBy = endOfLocalDay(addWorkingDays(toLocalDate(now), deps.config.cases.autoCloseDays, overrides))
  return moveAsStaff(deps, user, input.id, (c) => ({
    action: 'reply',
    publicText: input.text,
    internalNote: input.internalNote ?? null,
    public: true,
    set: { reply: input.text, autoCloseBy, followUpAt: null },
    notices: () => [
      caseNotice('case.replied', c, now, {
        text: input.text.slice(0, 100),
        suffix: c.reopenCount ? `r${c.reopenCount}` : undefined,
        audience: [...caseAudience(c), ...followerAudience(followers.map((f) => String(f.userId)))]
      })
    ]
  }))
}
