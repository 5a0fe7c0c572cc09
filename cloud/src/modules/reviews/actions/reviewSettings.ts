import { Types } from 'mongoose'
import { reviewSettingsSchema, type ReviewSettingsDTO } from '../../../../../src/shared/reviews'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { recordAudit } from '../../audit/actions/recordAudit'
import { loadSettings } from '../core'
import { reviewSettingsModel } from '../model'

export const updateReviewSettingsInput = reviewSettingsSchema
export type UpdateReviewSettingsInput = z.output<typeof updateReviewSettingsInput>

/** The caller's township's rating rules. */
export async function getReviewSettings(deps: AppDeps, user: AuthedUser): Promise<ReviewSettingsDTO> {
  return { townshipId: user.townshipId, ...(await loadSettings(deps.db, user.townshipId)) }
}

/** Sets the township's rating rules (admin); applies to ratings and rectifications from now on. Audited. */
export async function updateReviewSettings(deps: AppDeps, user: AuthedUser, input: UpdateReviewSettingsInput): Promise<ReviewSettingsDTO> {
  await reviewSettingsModel(deps.db).updateOne(
    { _id: new Types.ObjectId(user.townshipId) },
    { $set: { ...input, updatedAt: deps.clock.now(), updatedBy: new Types.ObjectId(user.id) } },
    { upsert: true }
  )
  await recordAudit(deps, user, {
    action: 'review.settingsSet',
    targetType: 'township',
    targetId: user.townshipId,
    detail: `整改时限 ${input.rectifyDays} 个工作日，评价期 ${input.acceptDays} 天，修改期 ${input.lockDays} 天，默认评价${input.defaultRating ? `开（${input.defaultAfterDays} 天后）` : '关'}`
  })
  return getReviewSettings(deps, user)
}
