import { withdrawRequestSchema, type InfoRequestDTO } from '../../../../../src/shared/infoRequests'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { authorOf } from '../../../lib/lifecycle'
import type { AuthedUser } from '../../../lib/types'
import { toLocalDate } from '../../calendar/workingDays'
import { changeRequest, loadOwnRequest } from '../core'
import { NO_RANK } from '../model'
import { applicantView } from '../views'

export const withdrawRequestInput = withdrawRequestSchema
export type WithdrawRequestInput = z.output<typeof withdrawRequestInput> & { id: string }

/** The applicant withdraws a request the township has not answered yet; the record stays. */
export async function withdrawRequest(deps: AppDeps, user: AuthedUser, input: WithdrawRequestInput): Promise<InfoRequestDTO> {
  const r = await loadOwnRequest(deps.db, user, input.id)
  const updated = await changeRequest(deps, r, {
    action: 'withdraw',
    actor: 'applicant',
    author: authorOf(user),
    publicText: input.reason ? `申请人撤回申请：${input.reason}` : '申请人撤回申请',
    public: true,
    set: { closedOn: toLocalDate(deps.clock.now()), closedBy: 'applicant', withdrawnReason: input.reason, queueRank: NO_RANK }
  })
  return applicantView(deps, updated)
}
