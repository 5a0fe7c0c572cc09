import { RECTIFICATION_LEVEL_LABELS, rateRectificationSchema, type ReviewDTO } from '../../../../../src/shared/reviews'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { authorOf } from '../../../lib/lifecycle'
import type { AuthedUser } from '../../../lib/types'
import { changeReview, loadOwnReview, loadSettings, startRectification } from '../core'
import { toReviewDTO } from '../dto'
import { reviewNotice } from '../notices'

export const rateRectificationInput = rateRectificationSchema
export type RateRectificationInput = z.output<typeof rateRectificationInput> & { id: string }

/**
 * The resident's verdict on a rectification they were told about: 满意 or 基本满意 closes it;
 * 不满意 reopens it once — back to 整改 with a new working-day deadline, escalated to the admin —
 * and a second 不满意 closes it marked so.
 */
export async function rateRectification(deps: AppDeps, user: AuthedUser, input: RateRectificationInput): Promise<ReviewDTO> {
  const r = await loadOwnReview(deps, user, input.id)
  const now = deps.clock.now()
  const verdict = { 'rectification.residentLevel': input.level, 'rectification.residentComment': input.comment?.trim() || null }
  const text = `${RECTIFICATION_LEVEL_LABELS[input.level]}${input.comment?.trim() ? `：${input.comment.trim()}` : ''}`
  if (input.level !== 'dissatisfied' || r.rectification?.reopened) {
    const done = await changeReview(deps, r, {
      action: input.level === 'dissatisfied' ? 'closeUnsatisfied' : 'accept',
      actor: 'resident',
      author: authorOf(user),
      publicText: text,
      public: true,
      set: verdict
    })
    return toReviewDTO(done, now)
  }
  const settings = await loadSettings(deps.db, r.townshipId)
  const fresh = await startRectification(deps, r.townshipId, settings.rectifyDays, now)
  const done = await changeReview(deps, r, {
    action: 'reopen',
    actor: 'resident',
    author: authorOf(user),
    publicText: text,
    public: true,
    set: {
      ...verdict,
      'rectification.reopened': true,
      'rectification.start': fresh.start,
      'rectification.workingDays': fresh.workingDays,
      'rectification.dueDate': fresh.dueDate,
      'rectification.dueBy': fresh.dueBy,
      'rectification.doneAt': null,
      'rectification.onTime': null,
      'rectification.escalatedFor': null,
      queueRank: fresh.dueBy
    },
    notices: () => [reviewNotice('review.escalated', r, now, { suffix: 'reopened', text: `群众对整改结果不满意，已重新整改，期限 ${fresh.dueDate}，请督办` })]
  })
  return toReviewDTO(done, now)
}
