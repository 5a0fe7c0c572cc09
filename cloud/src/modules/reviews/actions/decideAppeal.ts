import { Types } from 'mongoose'
import { decideAppealSchema, type StaffReviewDTO } from '../../../../../src/shared/reviews'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { recordAudit } from '../../audit/actions/recordAudit'
import { NO_RANK } from '../model'
import { reviewNotice } from '../notices'
import { moveAsStaff } from '../staffMove'

export const decideAppealInput = decideAppealSchema
export type DecideAppealInput = z.output<typeof decideAppealInput> & { id: string }

/**
 * The admin's decision on an appeal, recorded and audited. Upheld: the rating is kept, marked, and
 * left out of every statistic; its rectification ends. Rejected: the rectification goes on where it was.
 */
export async function decideAppeal(deps: AppDeps, user: AuthedUser, input: DecideAppealInput): Promise<StaffReviewDTO> {
  const upheld = input.decision === 'upheld'
  const dto = await moveAsStaff(deps, user, input.id, (r, now) => ({
    action: upheld ? 'upholdAppeal' : 'rejectAppeal',
    public: upheld,
    publicText: upheld ? '经中心核查，这条评价不计入满意度统计' : null,
    internalNote: input.note,
    set: {
      'appeal.decision': input.decision,
      'appeal.note': input.note,
      'appeal.decidedById': new Types.ObjectId(user.id),
      'appeal.decidedAt': now,
      resumeStatus: null,
      ...(upheld ? { excluded: true, queueRank: NO_RANK } : {})
    },
    notices: () =>
      r.appeal
        ? [
            reviewNotice('review.appealDecided', r, now, {
              to: [{ kind: 'user', userId: String(r.appeal.byId), as: 'self' }],
              text: `${upheld ? '申诉成立，评价不计入统计' : '申诉不成立，请继续整改'}（${input.note}）`
            })
          ]
        : []
  }))
  await recordAudit(deps, user, { action: 'review.appealDecided', targetType: 'review', targetId: input.id, detail: `${input.decision}：${input.note}` })
  return dto
}
