import { correctRequestSchema, type InfoRequestDTO } from '../../../../../src/shared/infoRequests'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { conflict } from '../../../lib/errors'
import { authorOf } from '../../../lib/lifecycle'
import type { AuthedUser } from '../../../lib/types'
import { toLocalDate } from '../../calendar/workingDays'
import { restartClock } from '../clock'
import { changeRequest, loadOwnRequest, overridesAround, runningFields } from '../core'
import { applicantView } from '../views'

export const correctRequestInput = correctRequestSchema
export type CorrectRequestInput = z.output<typeof correctRequestInput> & { id: string }

/**
 * The applicant sends the correction asked for (Art. 30): the description is replaced (the first
 * one is kept on the correction) and the 20 working days start again from today.
 */
export async function correctRequest(deps: AppDeps, user: AuthedUser, input: CorrectRequestInput): Promise<InfoRequestDTO> {
  const r = await loadOwnRequest(deps.db, user, input.id)
  const now = deps.clock.now()
  const today = toLocalDate(now)
  if (r.status === 'correctionRequested' && r.correction && today > r.correction.dueDate) {
    throw conflict('CORRECTION_LAPSED', `补正期限（${r.correction.dueDate}）已经过了，申请视为放弃。如有正当理由，请联系乡镇政府信息公开工作机构，或重新提交申请`)
  }
  const fields = runningFields(restartClock(today), await overridesAround(deps.db, r.townshipId, now))
  const updated = await changeRequest(deps, r, {
    action: 'correct',
    actor: 'applicant',
    author: authorOf(user),
    publicText: input.description,
    public: true,
    set: { description: input.description, 'correction.answeredOn': today, ...fields }
  })
  return applicantView(deps, updated)
}
