import {
  CONSULTATION_OUTCOME_LABELS,
  endConsultationSchema,
  SILENCE_MEANS,
  type ConsultationOutcome,
  type InfoRequestActor,
  type StaffInfoRequestDTO
} from '../../../../../src/shared/infoRequests'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { conflict } from '../../../lib/errors'
import { authorOf, type Author } from '../../../lib/lifecycle'
import type { AuthedUser } from '../../../lib/types'
import { toLocalDate } from '../../calendar/workingDays'
import { resumeClock } from '../clock'
import { changeRequest, loadStaffRequest, overridesAround, runningFields, staffActor } from '../core'
import type { InfoRequestDoc } from '../model'
import { staffView } from '../views'

export const endConsultationInput = endConsultationSchema
export type EndConsultationInput = z.output<typeof endConsultationInput> & { id: string }

/**
 * Ends the open consultation with its outcome and lets the answer clock run on. The pause ends on
 * the day the answer came, and never later than the 15th working day: silence after that is an
 * outcome too (a third party's leaves it to the township, another agency's means consent). Used by
 * staff and by the deadline sweep.
 */
export async function finishConsultation(
  deps: AppDeps,
  r: InfoRequestDoc,
  how: { outcome: ConsultationOutcome; note: string | null; actor: InfoRequestActor; author: Author }
): Promise<InfoRequestDoc> {
  const now = deps.clock.now()
  const today = toLocalDate(now)
  const at = r.consultations.findIndex((c) => c.endedOn === null)
  const open = r.consultations[at]
  if (!open || !r.clock) throw conflict('INFO_REQUEST_STATE_CONFLICT', '这件申请现在没有正在征求的意见，请刷新后查看')
  if (how.outcome === 'noReply' && today <= open.dueDate) {
    throw conflict('CONSULTATION_RUNNING', `被征求意见方的答复期限是 ${open.dueDate}，到期仍未提出意见的，才按“逾期未提出意见”处理`)
  }
  const endedOn = today > open.dueDate ? open.dueDate : today
  const fields = runningFields(resumeClock(r.clock, endedOn), await overridesAround(deps.db, r.townshipId, now))
  const silence = how.outcome === 'noReply' ? `；${SILENCE_MEANS[open.party]}` : ''
  return changeRequest(deps, r, {
    action: 'endConsultation',
    actor: how.actor,
    author: how.author,
    publicText: `征求意见结束（${CONSULTATION_OUTCOME_LABELS[how.outcome]}${silence}），答复期限顺延至 ${fields.due?.dueDate ?? ''}`,
    internalNote: how.note,
    public: true,
    set: { [`consultations.${at}.endedOn`]: endedOn, [`consultations.${at}.outcome`]: how.outcome, ...fields, resumeStatus: null }
  })
}

/** Staff record how the consultation ended (agreed, objected, or no answer after the 15 working days). */
export async function endConsultation(deps: AppDeps, user: AuthedUser, input: EndConsultationInput): Promise<StaffInfoRequestDTO> {
  const r = await loadStaffRequest(deps.db, user, input.id)
  const updated = await finishConsultation(deps, r, { outcome: input.outcome, note: input.note, actor: staffActor(user), author: authorOf(user) })
  return staffView(deps, user, updated)
}
