import { actSchema, RECTIFICATION_OUTCOME_LABELS, type StaffReviewDTO } from '../../../../../src/shared/reviews'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { NO_RANK } from '../model'
import { moveAsStaff } from '../staffMove'

export const actOnReviewInput = actSchema
export type ActOnReviewInput = z.output<typeof actOnReviewInput> & { id: string }

/**
 * 整改: what the department did, or why no action is due. A named rating then waits for the
 * call-back; an anonymous one (nobody to call) is finished here, on time or not.
 */
export function actOnReview(deps: AppDeps, user: AuthedUser, input: ActOnReviewInput): Promise<StaffReviewDTO> {
  return moveAsStaff(deps, user, input.id, (r, now) => {
    const set = { 'rectification.outcome': input.outcome, 'rectification.outcomeText': input.text }
    if (!r.anonymous) return { action: 'act', public: true, publicText: RECTIFICATION_OUTCOME_LABELS[input.outcome], internalNote: input.text, set }
    return {
      action: 'actAnonymous',
      public: true,
      publicText: `${RECTIFICATION_OUTCOME_LABELS[input.outcome]}：${input.text}`,
      set: { ...set, 'rectification.doneAt': now, 'rectification.onTime': now <= r.rectification!.dueBy, queueRank: NO_RANK }
    }
  })
}
