import { Types } from 'mongoose'
import type { Page } from '../../../../../src/shared/common'
import { OPEN_RECTIFICATION, staffReviewsQuerySchema, type StaffReviewDTO } from '../../../../../src/shared/reviews'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { forbidden } from '../../../lib/errors'
import type { AuthedUser } from '../../../lib/types'
import { staffScopeFilter } from '../../../lib/visibility'
import { actorOf } from '../core'
import { REVIEW_LIST_PROJECTION, toStaffReviewDTO } from '../dto'
import { reviewModel, type ReviewDoc } from '../model'

export const listStaffReviewsInput = staffReviewsQuerySchema
export type ListStaffReviewsInput = z.output<typeof listStaffReviewsInput>

const QUEUES = {
  rectifications: { status: { $in: OPEN_RECTIFICATION } },
  appeals: { status: 'appealed' },
  held: { moderation: { $ne: 'passed' }, commentReviewed: false },
  all: {}
} as const

/**
 * The staff lists of their departments' ratings (admin: the township): open rectifications by
 * deadline (overdue first), appeals waiting for the admin, comments held by content security, or all.
 */
export async function listStaffReviews(deps: AppDeps, user: AuthedUser, input: ListStaffReviewsInput): Promise<Page<StaffReviewDTO>> {
  const filter: Record<string, unknown> = { ...staffScopeFilter(user), ...QUEUES[input.queue] }
  if (input.departmentId) {
    if (user.role !== 'admin' && !user.departmentIds.includes(input.departmentId)) throw forbidden('您只能查看本站所的评价')
    filter.departmentId = new Types.ObjectId(input.departmentId)
  }
  const Review = reviewModel(deps.db)
  const [docs, total] = await Promise.all([
    Review.find(filter, REVIEW_LIST_PROJECTION)
      .sort(input.queue === 'rectifications' ? { queueRank: 1, ratedAt: -1 } : { ratedAt: -1 })
      .skip((input.page - 1) * input.pageSize)
      .limit(input.pageSize)
      .lean<ReviewDoc[]>(),
    Review.countDocuments(filter)
  ])
  const now = deps.clock.now()
  return { items: docs.map((d) => toStaffReviewDTO(d, now, actorOf(user))), total, page: input.page, pageSize: input.pageSize }
}
