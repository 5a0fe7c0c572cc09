import { rateCaseSchema, type CaseDTO } from '../../../../../src/shared/cases'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { moveAsResident } from '../moves'

export const rateCaseInput = rateCaseSchema
export type RateCaseInput = z.output<typeof rateCaseInput> & { id: string }

/** Rates a closed case once (placeholder until 好差评 takes over). */
export function rateCase(deps: AppDeps, user: AuthedUser, input: RateCaseInput): Promise<CaseDTO> {
  return moveAsResident(deps, user, input.id, (_c, now) => ({
    action: 'rate',
    publicText: input.comment ?? null,
    public: true,
    also: { rating: null },
    set: { rating: { level: input.level, comment: input.comment ?? null, at: now } }
  }))
}
