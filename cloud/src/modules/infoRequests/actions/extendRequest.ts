import { Types } from 'mongoose'
import { extendRequestSchema, type StaffInfoRequestDTO } from '../../../../../src/shared/infoRequests'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { conflict, forbidden } from '../../../lib/errors'
import { authorOf } from '../../../lib/lifecycle'
import type { AuthedUser } from '../../../lib/types'
import { recordAudit } from '../../audit/actions/recordAudit'
import { toLocalDate } from '../../calendar/workingDays'
import { ClockRuleError, extendClock } from '../clock'
import { changeRequest, loadSettings, loadStaffRequest, overridesAround, runningFields } from '../core'
import { requestNotice } from '../notices'
import { staffView } from '../views'

export const extendRequestInput = extendRequestSchema
export type ExtendRequestInput = z.output<typeof extendRequestInput> & { id: string }

/**
 * Extends the answer deadline once, by at most 20 working days (Art. 33), before it passes. The
 * office head's (admin's) action is the recorded approval; the applicant is told the reason and the
 * new deadline. Audited.
 */
export async function extendRequest(deps: AppDeps, user: AuthedUser, input: ExtendRequestInput): Promise<StaffInfoRequestDTO> {
  if (user.role !== 'admin') throw forbidden('延期答复须经政府信息公开工作机构负责人同意，请由中心负责人操作')
  const r = await loadStaffRequest(deps.db, user, input.id)
  const now = deps.clock.now()
  const today = toLocalDate(now)
  const [overrides, settings] = await Promise.all([overridesAround(deps.db, r.townshipId, now), loadSettings(deps.db, r.townshipId)])
  let fields
  try {
    if (!r.clock) throw new ClockRuleError('这件申请还没有开始计算答复期限')
    fields = runningFields(extendClock(r.clock, input.days, today, overrides), overrides)
  } catch (err) {
    if (err instanceof ClockRuleError) throw conflict('EXTENSION_REFUSED', err.message)
    throw err
  }
  const said = `经${settings.officeName}负责人同意，答复期限延长 ${input.days} 个工作日，至 ${fields.due?.dueDate ?? ''}。理由：${input.reason}`
  const updated = await changeRequest(deps, r, {
    action: 'extend',
    actor: 'head',
    author: authorOf(user),
    publicText: said,
    public: true,
    set: {
      extension: { days: input.days, reason: input.reason, approvedById: new Types.ObjectId(user.id), approvedByName: user.displayName, approvedOn: today },
      ...fields
    },
    notices: () => [requestNotice('infoRequest.extended', r, now, { text: said })]
  })
  await recordAudit(deps, user, { action: 'infoRequest.extended', targetType: 'infoRequest', targetId: input.id, detail: `${r.number} 延长 ${input.days} 个工作日：${input.reason}` })
  return staffView(deps, user, updated)
}
