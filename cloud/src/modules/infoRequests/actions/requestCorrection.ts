import { requestCorrectionSchema, type StaffInfoRequestDTO } from '../../../../../src/shared/infoRequests'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { conflict } from '../../../lib/errors'
import { authorOf } from '../../../lib/lifecycle'
import type { AuthedUser } from '../../../lib/types'
import { endOfLocalDay, toLocalDate } from '../../calendar/workingDays'
import { correctionDueDate, correctionNoticeDeadline } from '../clock'
import { changeRequest, loadStaffRequest, overridesAround, staffActor } from '../core'
import { requestNotice } from '../notices'
import { staffView } from '../views'

export const requestCorrectionInput = requestCorrectionSchema
export type RequestCorrectionInput = z.output<typeof requestCorrectionInput> & { id: string }

/**
 * The one correction notice of an unclear request (Art. 30): sent within 7 working days of receipt,
 * listing everything to fix at once and the day to fix it by. The answer clock stops; it starts
 * again, from the beginning, when the correction arrives. Without a correction in time the request
 * is closed as withdrawn (the deadline sweep does it).
 */
export async function requestCorrection(deps: AppDeps, user: AuthedUser, input: RequestCorrectionInput): Promise<StaffInfoRequestDTO> {
  const r = await loadStaffRequest(deps.db, user, input.id)
  const now = deps.clock.now()
  const today = toLocalDate(now)
  const overrides = await overridesAround(deps.db, r.townshipId, now)
  if (r.correction) throw conflict('CORRECTION_ONCE', '补正告知只能发一次，这件申请已经告知过补正了')
  if (r.receivedOn && today > correctionNoticeDeadline(r.receivedOn, overrides)) {
    throw conflict('CORRECTION_TOO_LATE', `收到申请已超过 7 个工作日（${correctionNoticeDeadline(r.receivedOn, overrides)} 为最后一天），不能再要求补正，请按申请内容答复`)
  }
  const dueDate = correctionDueDate(today, input.periodDays, overrides)
  const list = input.items.map((item, i) => `${i + 1}. ${item}`).join('；')
  const said = `请于 ${dueDate} 前补正：${list}。补正后重新计算答复期限；无正当理由逾期不补正的，视为放弃申请`
  const updated = await changeRequest(deps, r, {
    action: 'requestCorrection',
    actor: staffActor(user),
    author: authorOf(user),
    publicText: said,
    public: true,
    set: {
      correction: { items: input.items, periodDays: input.periodDays, requestedOn: today, dueDate, answeredOn: null, originalDescription: r.description },
      clock: null,
      due: null,
      queueRank: endOfLocalDay(dueDate)
    },
    notices: () => [requestNotice('infoRequest.correctionRequested', r, now, { text: said })]
  })
  return staffView(deps, user, updated)
}
