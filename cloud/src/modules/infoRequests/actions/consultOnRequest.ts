import { consultSchema, type StaffInfoRequestDTO } from '../../../../../src/shared/infoRequests'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { conflict } from '../../../lib/errors'
import { authorOf } from '../../../lib/lifecycle'
import type { AuthedUser } from '../../../lib/types'
import { endOfLocalDay, toLocalDate } from '../../calendar/workingDays'
import { ClockRuleError, consultationDueDate, pauseClock } from '../clock'
import { changeRequest, loadStaffRequest, overridesAround, staffActor } from '../core'
import { requestNotice } from '../notices'
import { staffView } from '../views'

export const consultOnRequestInput = consultSchema
export type ConsultOnRequestInput = z.output<typeof consultOnRequestInput> & { id: string }

/**
 * Consults a third party whose rights the information touches (Art. 32) or another agency (Art.
 * 34); they have 15 working days. The answer clock stops meanwhile (Art. 33) and the applicant is
 * told why.
 */
export async function consultOnRequest(deps: AppDeps, user: AuthedUser, input: ConsultOnRequestInput): Promise<StaffInfoRequestDTO> {
  const r = await loadStaffRequest(deps.db, user, input.id)
  const now = deps.clock.now()
  const today = toLocalDate(now)
  if (!r.clock) throw conflict('INFO_REQUEST_STATE_CONFLICT', '这件申请还没有开始计算答复期限，请先确认收到')
  let clock
  try {
    clock = pauseClock(r.clock, today)
  } catch (err) {
    if (err instanceof ClockRuleError) throw conflict('CONSULTATION_OPEN', err.message)
    throw err
  }
  const dueDate = consultationDueDate(today, await overridesAround(deps.db, r.townshipId, now))
  const said =
    input.party === 'thirdParty'
      ? `因申请公开的信息涉及第三方合法权益，正在书面征求第三方意见（第三方应在 ${dueDate} 前提出意见），征求意见时间不计入答复期限`
      : `正在征求其他机关意见（应在 ${dueDate} 前答复，逾期未答复视为同意公开），征求意见时间不计入答复期限`
  const updated = await changeRequest(deps, r, {
    action: 'consult',
    actor: staffActor(user),
    author: authorOf(user),
    publicText: said,
    internalNote: `征求“${input.name}”的意见${input.note ? `：${input.note}` : ''}`,
    public: true,
    set: {
      clock,
      due: null,
      queueRank: endOfLocalDay(dueDate),
      resumeStatus: r.status,
      consultations: [...r.consultations, { party: input.party, name: input.name, note: input.note, startedOn: today, dueDate, endedOn: null, outcome: null }]
    },
    notices: () => [requestNotice('infoRequest.consulting', r, now, { text: said, suffix: String(r.consultations.length) })]
  })
  return staffView(deps, user, updated)
}
