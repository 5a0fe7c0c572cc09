import { receiveRequestSchema, type StaffInfoRequestDTO } from '../../../../../src/shared/infoRequests'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { authorOf } from '../../../lib/lifecycle'
import type { AuthedUser } from '../../../lib/types'
import { toLocalDate } from '../../calendar/workingDays'
import { startClock } from '../clock'
import { changeRequest, loadStaffRequest, overridesAround, runningFields, staffActor } from '../core'
import { requestNotice } from '../notices'
import { staffView } from '../views'

export const receiveRequestInput = receiveRequestSchema
export type ReceiveRequestInput = z.output<typeof receiveRequestInput> & { id: string }

/**
 * Confirms receipt of an online request: it is received today (Art. 31) and the 20 working days run
 * from today; the applicant is told the day of receipt and the deadline.
 */
export async function receiveRequest(deps: AppDeps, user: AuthedUser, input: ReceiveRequestInput): Promise<StaffInfoRequestDTO> {
  const r = await loadStaffRequest(deps.db, user, input.id)
  const now = deps.clock.now()
  const today = toLocalDate(now)
  const fields = runningFields(startClock(today), await overridesAround(deps.db, r.townshipId, now))
  const said = `收到申请之日为 ${today}，将在 ${fields.due?.dueDate ?? ''} 前（20 个工作日内）答复`
  const updated = await changeRequest(deps, r, {
    action: 'receive',
    actor: staffActor(user),
    author: authorOf(user),
    publicText: said,
    internalNote: input.note,
    public: true,
    set: { receivedOn: today, ...fields },
    notices: () => [requestNotice('infoRequest.received', r, now, { text: said })]
  })
  return staffView(deps, user, updated)
}
