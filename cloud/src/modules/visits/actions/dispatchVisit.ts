import { Types } from 'mongoose'
import { dispatchSchema, VOLUNTEER_KIND_LABELS, type StaffDispatchDTO } from '../../../../../src/shared/visits'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { badRequest, conflict } from '../../../lib/errors'
import type { AuthedUser } from '../../../lib/types'
import { recordAudit } from '../../audit/actions/recordAudit'
import { changeCase, loadStaffCase, staffAuthor } from '../../cases/core'
import type { CaseDispatch } from '../../cases/model'
import { staffDispatchView, whyNotDispatchable } from '../dispatchView'
import { volunteerModel, type VolunteerDoc } from '../model'
import { visitNotice } from '../notices'
import { villageNameOf } from '../orders'

export const dispatchVisitInput = dispatchSchema
export type DispatchVisitInput = z.output<typeof dispatchVisitInput> & { id: string }

/**
 * 派单: sends an accepted help request to an approved volunteer of the township, who has
 * `acceptWithinHours` to accept. A recorded update on the case (the resident sees who was asked)
 * with the notices to the volunteer and the resident, in one write conditional on the order the
 * case had; a case already with a live order answers 409. Audited.
 */
export async function dispatchVisit(deps: AppDeps, user: AuthedUser, input: DispatchVisitInput): Promise<StaffDispatchDTO> {
  const c = await loadStaffCase(deps.db, user, input.id)
  const why = whyNotDispatchable(c)
  if (why) throw conflict('CASE_STATE_CONFLICT', why)
  const v = await volunteerModel(deps.db)
    .findOne({ _id: new Types.ObjectId(input.volunteerId), townshipId: c.townshipId, status: 'approved' }, { pendingNotices: 0, updates: 0 })
    .lean<VolunteerDoc>()
  if (!v) throw badRequest('VOLUNTEER_UNKNOWN', '请从名单里选一位审核通过的志愿者或网格员')
  const now = deps.clock.now()
  const before = c.dispatch ?? null
  const dispatch: CaseDispatch = {
    round: (before?.round ?? 0) + 1,
    status: 'offered',
    volunteerId: v._id,
    volunteerUserId: v.userId,
    volunteerName: v.realName,
    volunteerKind: v.kind,
    dispatcherId: new Types.ObjectId(user.id),
    note: input.note ?? null,
    offeredAt: now,
    expiresAt: new Date(now.getTime() + input.acceptWithinHours * 3600_000),
    acceptedAt: null,
    plannedAt: null,
    reason: null,
    passedBy: before?.passedBy ?? [],
    firstOfferedAt: before?.firstOfferedAt ?? now,
    visit: null
  }
  const villageName = await villageNameOf(deps.db, c)
  const done = await changeCase(deps, c, {
    action: 'dispatch',
    actor: 'staff',
    author: staffAuthor(user, c),
    publicText: `已安排${VOLUNTEER_KIND_LABELS[v.kind]}${v.realName}上门服务，等对方确认上门时间`,
    internalNote: input.note ?? null,
    public: true,
    set: { dispatch },
    also: before ? { 'dispatch.round': before.round, 'dispatch.status': before.status } : { dispatch: null },
    notices: () => [visitNotice('visit.dispatched', c, dispatch, now, { villageName })]
  })
  await recordAudit(deps, user, { action: 'visit.dispatched', targetType: 'case', targetId: input.id, detail: `${c.number} → ${v.realName}` })
  return staffDispatchView(deps, done)
}
