import { amendReviewSchema, isBadLevel, REVIEW_LEVEL_LABELS, type ReviewDTO } from '../../../../../src/shared/reviews'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { AppError } from '../../../lib/errors'
import { authorOf } from '../../../lib/lifecycle'
import type { AuthedUser } from '../../../lib/types'
import { changeReview, loadOwnReview, loadSettings, startRectification } from '../core'
import { toReviewDTO } from '../dto'
import { NO_RANK } from '../model'
import { checkedComment } from '../rating'

export const amendReviewInput = amendReviewSchema
export type AmendReviewInput = z.output<typeof amendReviewInput> & { id: string }

/**
 * Changes my rating while it may still change: within the township's lock days and before the
 * department has acted on a 差评 (409 REVIEW_LOCKED otherwise). Turning it into a 差评 opens a
 * rectification; turning a 差评 not yet verified into a good one withdraws it. The comment is checked again.
 */
export async function amendReview(deps: AppDeps, user: AuthedUser, input: AmendReviewInput): Promise<ReviewDTO> {
  const r = await loadOwnReview(deps, user, input.id)
  const now = deps.clock.now()
  if (r.defaulted || r.amendableUntil <= now || (r.status !== 'rated' && r.status !== 'verifying')) {
    throw new AppError(409, 'REVIEW_LOCKED', '评价后超过修改期限，或工作人员已经在处理，评价不能再修改')
  }
  const bad = isBadLevel(input.level)
  const comment = await checkedComment(deps, input.comment, user.openid)
  const opening = bad && !r.bad
  const settings = opening ? await loadSettings(deps.db, r.townshipId) : null
  const rectification = settings ? await startRectification(deps, r.townshipId, settings.rectifyDays, now) : bad ? r.rectification : null
  const done = await changeReview(deps, r, {
    action: opening ? 'amendToBad' : !bad && r.bad ? 'amendToGood' : 'amend',
    actor: 'resident',
    author: authorOf(user),
    publicText: `由“${REVIEW_LEVEL_LABELS[r.level]}”改为“${REVIEW_LEVEL_LABELS[input.level]}”`,
    public: true,
    also: { level: r.level },
    set: {
      level: input.level,
      dimensions: input.dimensions,
      ...comment,
      bad,
      rectification,
      queueRank: rectification?.dueBy ?? NO_RANK
    }
  })
  return toReviewDTO(done, now)
}
