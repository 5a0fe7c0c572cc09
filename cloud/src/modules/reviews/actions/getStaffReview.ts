import type { StaffReviewDTO } from '../../../../../src/shared/reviews'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { actorOf, loadStaffReview } from '../core'
import { toStaffReviewDTO } from '../dto'

/** A rating with its whole record, for staff of its department (admin: the township). */
export async function getStaffReview(deps: AppDeps, user: AuthedUser, input: { id: string }): Promise<StaffReviewDTO> {
  return toStaffReviewDTO(await loadStaffReview(deps.db, user, input.id), deps.clock.now(), actorOf(user))
}
