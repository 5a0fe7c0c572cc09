import { Types } from 'mongoose'
import { paging } from '../../../../../src/shared/common'
import type { Page } from '../../../../../src/shared/common'
import type { ReviewDTO } from '../../../../../src/shared/reviews'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { ensureOwnPerson } from '../../people/actions/ensureOwnPerson'
import { toReviewDTO } from '../dto'
import { reviewModel, type ReviewDoc } from '../model'

export const listMyReviewsInput = paging
export type ListMyReviewsInput = z.output<typeof listMyReviewsInput>

/** My ratings (given by me, also for people I help, or given for me), newest first. */
export async function listMyReviews(deps: AppDeps, user: AuthedUser, input: ListMyReviewsInput): Promise<Page<ReviewDTO>> {
  const own = await ensureOwnPerson(deps, user)
  const filter = { $or: [{ 'acting.submitterId': new Types.ObjectId(user.id) }, { 'acting.applicantPersonId': own._id }] }
  const Review = reviewModel(deps.db)
  const [docs, total] = await Promise.all([
    Review.find(filter, { pendingNotices: 0 })
      .sort({ ratedAt: -1 })
      .skip((input.page - 1) * input.pageSize)
      .limit(input.pageSize)
      .lean<ReviewDoc[]>(),
    Review.countDocuments(filter)
  ])
  const now = deps.clock.now()
  return { items: docs.map((d) => toReviewDTO(d, now)), total, page: input.page, pageSize: input.pageSize }
}
