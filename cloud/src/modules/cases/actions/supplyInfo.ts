import { supplyInfoSchema, type CaseDTO } from '../../../../../src/shared/cases'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { changeCase, loadOwnCase } from '../core'
import { addedContent, settleCaseModeration } from '../moderation'
import { residentAuthor } from '../residentAuthor'
import { residentView } from '../views'

export const supplyInfoInput = supplyInfoSchema
export type SupplyInfoInput = z.output<typeof supplyInfoInput> & { id: string }

/**
 * Supplies the requested information; the case goes back where it was and its clock runs on. The
 * text and photos go through content security like the first ones.
 */
export async function supplyInfo(deps: AppDeps, user: AuthedUser, input: SupplyInfoInput): Promise<CaseDTO> {
  const c = await loadOwnCase(deps.db, user, input.id)
  const content = await addedContent(deps, user, c, input)
  const updated = await changeCase(deps, c, {
    action: 'supplyInfo',
    actor: 'resident',
    author: residentAuthor(user, c),
    publicText: input.text,
    public: true,
    set: { pendingQuestion: null, ...content }
  })
  if (updated.moderation === 'checking') await settleCaseModeration(deps, updated)
  return residentView(deps, updated)
}
