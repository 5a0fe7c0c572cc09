import { REOPEN_ESCALATES_AT, reopenCaseSchema, type CaseDTO } from '../../../../../src/shared/cases'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { townshipOverrides } from '../../calendar/load'
import { changeCase, loadOwnCase, startDeadline } from '../core'
import { admins, caseNotice, handlingStaff } from '../notices'
import { residentAuthor } from '../residentAuthor'
import { residentView } from '../views'

export const reopenCaseInput = reopenCaseSchema
export type ReopenCaseInput = z.output<typeof reopenCaseInput> & { id: string }

/**
 * "没有解决": the resident (or their assistant) answers a reply with a reason. The case goes back to
 * where it was answered from — its department, or the centre — with a new answer deadline of
 * `reopenDays` working days, stops waiting to close on its own, and is flagged as reopened; its
 * handling staff are told, and from the second reopen on the township admins too (督办).
 */
export async function reopenCase(deps: AppDeps, user: AuthedUser, input: ReopenCaseInput): Promise<CaseDTO> {
  const c = await loadOwnCase(deps.db, user, input.id)
  const now = deps.clock.now()
  const deadline = startDeadline('answer', deps.config.cases.reopenDays, now, await townshipOverrides(deps.db, c.townshipId))
  const count = (c.reopenCount ?? 0) + 1
  const escalates = count >= REOPEN_ESCALATES_AT
  const updated = await changeCase(deps, { ...c, resumeStatus: c.departmentId ? 'assigned' : 'accepted' }, {
    action: 'reopen',
    actor: 'resident',
    author: residentAuthor(user, c),
    publicText: input.reason,
    internalNote: escalates ? `第 ${count} 次反映没有解决，已提请中心负责人督办` : null,
    public: true,
    set: {
      deadline,
      queueRank: deadline.dueBy,
      autoCloseBy: null,
      resumeStatus: null,
      reopenCount: count,
      ...(escalates ? { escalatedFor: `reopen:${count}` } : {})
    },
    notices: () => [
      caseNotice('case.reopened', c, now, {
        text: input.reason,
        suffix: String(count),
        audience: [...handlingStaff(c), ...(escalates ? [admins(c)] : [])],
        data: escalates ? { escalated: String(count) } : {}
      })
    ]
  })
  return residentView(deps, updated)
}
