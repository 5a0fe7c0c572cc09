import { CALL_BACK_METHOD_LABELS, callBackSchema, type StaffReviewDTO } from '../../../../../src/shared/reviews'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { NO_RANK } from '../model'
import { outcomeWords, reviewNotice } from '../notices'
import { moveAsStaff } from '../staffMove'

export const callBackReviewInput = callBackSchema
export type CallBackReviewInput = z.output<typeof callBackReviewInput> & { id: string }

/**
 * 回访: the department called the resident back with the outcome. Its part is done (on time when
 * before the deadline); the resident gets a notice with the outcome and rates the rectification.
 */
export function callBackReview(deps: AppDeps, user: AuthedUser, input: CallBackReviewInput): Promise<StaffReviewDTO> {
  return moveAsStaff(deps, user, input.id, (r, now) => ({
    action: 'callBack',
    public: true,
    publicText: `${CALL_BACK_METHOD_LABELS[input.method]}：${outcomeWords(r.rectification?.outcome ?? null)}`,
    internalNote: input.text,
    set: {
      'rectification.callBackMethod': input.method,
      'rectification.callBackText': input.text,
      'rectification.calledBackAt': now,
      'rectification.doneAt': now,
      'rectification.onTime': now <= r.rectification!.dueBy,
      queueRank: NO_RANK
    },
    notices: () => [
      reviewNotice('review.rectified', r, now, {
        suffix: r.rectification?.reopened ? 'again' : undefined,
        text: `${outcomeWords(r.rectification?.outcome ?? null)}，${r.rectification?.outcomeText ?? ''}`
      })
    ]
  }))
}
