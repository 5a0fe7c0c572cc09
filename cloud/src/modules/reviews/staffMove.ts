import type { StaffReviewDTO } from '../../../../src/shared/reviews'
import type { AppDeps } from '../../lib/deps'
import { authorOf } from '../../lib/lifecycle'
import type { AuthedUser } from '../../lib/types'
import { actorOf, changeReview, loadStaffReview, type ReviewChange } from './core'
import { toStaffReviewDTO } from './dto'
import type { ReviewDoc } from './model'

/**
 * One staff step on a rating the caller may see: the change `build` describes (from the rating as
 * read and now), signed by the caller, answered as the staff view.
 */
export async function moveAsStaff(
  deps: AppDeps,
  user: AuthedUser,
  id: string,
  build: (r: ReviewDoc, now: Date) => Omit<ReviewChange, 'actor' | 'author'>
): Promise<StaffReviewDTO> {
  const r = await loadStaffReview(deps.db, user, id)
  const now = deps.clock.now()
  const done = await changeReview(deps, r, { ...build(r, now), actor: actorOf(user), author: authorOf(user) })
  return toStaffReviewDTO(done, now, actorOf(user))
}
