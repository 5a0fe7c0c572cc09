import { verifySchema, type StaffReviewDTO } from '../../../../../src/shared/reviews'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { moveAsStaff } from '../staffMove'

export const verifyReviewInput = verifySchema
export type VerifyReviewInput = z.output<typeof verifyReviewInput> & { id: string }

/** 核实: the department records what it found about the 差评 (staff only); next it acts or explains. */
export function verifyReview(deps: AppDeps, user: AuthedUser, input: VerifyReviewInput): Promise<StaffReviewDTO> {
  return moveAsStaff(deps, user, input.id, () => ({
    action: 'verify',
    internalNote: input.finding,
    public: true,
    publicText: '已核实情况，正在整改',
    set: { 'rectification.finding': input.finding }
  }))
}
