import { followUpSchema, type CaseDTO } from '../../../../../src/shared/cases'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { changeCase, loadOwnCase } from '../core'
import { addedContent, settleCaseModeration } from '../moderation'
import { caseNotice, handlingStaff } from '../notices'
import { residentAuthor } from '../residentAuthor'
import { residentView } from '../views'

export const followUpCaseInput = followUpSchema
export type FollowUpCaseInput = z.output<typeof followUpCaseInput> & { id: string }

/**
 * 群众追问: the resident (or their assistant) adds text and photos to an open case. It reaches the
 * handling staff as a notice and flags the case in the queue until staff answer (reply, request
 * information, transfer); the addition goes through content security like the first submission.
 */
export async function followUpCase(deps: AppDeps, user: AuthedUser, input: FollowUpCaseInput): Promise<CaseDTO> {
  const c = await loadOwnCase(deps.db, user, input.id)
  const content = await addedContent(deps, user, c, input)
  const now = deps.clock.now()
  const updated = await changeCase(deps, c, {
    action: 'followUp',
    actor: 'resident',
    author: residentAuthor(user, c),
    publicText: input.text,
    public: true,
    set: { followUpAt: now, ...content },
    notices: () => [caseNotice('case.followUp', c, now, { text: input.text.slice(0, 100), suffix: String(now.getTime()), audience: handlingStaff(c) })]
  })
  if (updated.moderation === 'checking') await settleCaseModeration(deps, updated)
  return residentView(deps, updated)
}
