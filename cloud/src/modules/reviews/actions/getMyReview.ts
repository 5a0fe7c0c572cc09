import type { ReviewDTO } from '../../../../../src/shared/reviews'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { loadOwnReview } from '../core'
import { toReviewDTO } from '../dto'

/** One of my ratings with its rectification as far as I am told (404 for anyone else's). */
export async function getMyReview(deps: AppDeps, user: AuthedUser, input: { id: string }): Promise<ReviewDTO> {
  return toReviewDTO(await loadOwnReview(deps, user, input.id), deps.clock.now())
}
