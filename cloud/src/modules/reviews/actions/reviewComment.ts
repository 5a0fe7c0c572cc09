import { reviewCommentSchema, type StaffReviewDTO } from '../../../../../src/shared/reviews'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { AppError } from '../../../lib/errors'
import type { AuthedUser } from '../../../lib/types'
import { moveAsStaff } from '../staffMove'

export const reviewCommentInput = reviewCommentSchema
export type ReviewCommentInput = z.output<typeof reviewCommentInput> & { id: string }

/** Clears (or keeps) a content-security hold on a rating's comment; the rating itself always counted. */
export function reviewComment(deps: AppDeps, user: AuthedUser, input: ReviewCommentInput): Promise<StaffReviewDTO> {
  return moveAsStaff(deps, user, input.id, (r) => {
    if (r.moderation === 'passed' || r.commentReviewed) throw new AppError(409, 'COMMENT_NOT_HELD', '这条留言没有被拦下，或已经审核过，不需要再审核')
    return {
      action: 'reviewComment',
      public: false,
      internalNote: input.decision === 'pass' ? '留言审核通过' : '留言审核不通过，保持隐藏',
      also: { commentReviewed: false },
      set: input.decision === 'pass' ? { moderation: 'passed', moderationNote: null, commentReviewed: true } : { moderationNote: '人工审核不通过，留言不公开', commentReviewed: true }
    }
  })
}
