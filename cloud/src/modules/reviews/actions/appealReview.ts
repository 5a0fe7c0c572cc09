import { Types } from 'mongoose'
import { appealSchema, type StaffReviewDTO } from '../../../../../src/shared/reviews'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { AppError } from '../../../lib/errors'
import { reviewNotice } from '../notices'
import { moveAsStaff } from '../staffMove'

export const appealReviewInput = appealSchema
export type AppealReviewInput = z.output<typeof appealReviewInput> & { id: string }

/**
 * 申诉: the department asks the admin to set aside a malicious or mistaken 差评, with reasons and
 * evidence. Once per rating (409 APPEAL_EXISTS); the rectification clock stops while the admin decides.
 */
export function appealReview(deps: AppDeps, user: AuthedUser, input: AppealReviewInput): Promise<StaffReviewDTO> {
  return moveAsStaff(deps, user, input.id, (r, now) => {
    if (r.appeal) throw new AppError(409, 'APPEAL_EXISTS', '这条评价已经申诉过一次，不能再申诉')
    return {
      action: 'appeal',
      public: false,
      internalNote: input.reason,
      also: { appeal: null },
      set: {
        resumeStatus: r.status,
        appeal: {
          reason: input.reason,
          evidence: input.evidence?.trim() || null,
          byId: new Types.ObjectId(user.id),
          byName: user.displayName,
          at: now,
          decision: null,
          note: null,
          decidedById: null,
          decidedAt: null
        }
      },
      notices: () => [reviewNotice('review.appealed', r, now, { text: input.reason })]
    }
  })
}
