import { Types } from 'mongoose'
import { QR_TARGET_LIFECYCLE, retireTargetSchema, type QrTargetDTO } from '../../../../../src/shared/qrcodes'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { badRequest, conflict } from '../../../lib/errors'
import { authorOf, recordTransition } from '../../../lib/lifecycle'
import type { AuthedUser } from '../../../lib/types'
import { recordAudit } from '../../audit/actions/recordAudit'
import { loadManagedTarget } from '../access'
import { qrTargetModel, type QrTargetDoc } from '../model'
import { targetViews } from '../views'

export const retireTargetInput = retireTargetSchema
export type RetireTargetInput = z.output<typeof retireTargetInput> & { id: string }

/**
 * Retires a live code: its prints then open a page saying why and where to go instead (another live
 * code of the township, or the hall when none is named). Its place is free for a new code. Audited.
 */
export async function retireTarget(deps: AppDeps, user: AuthedUser, input: RetireTargetInput): Promise<QrTargetDTO> {
  const target = await loadManagedTarget(deps.db, user, input.id)
  const Target = qrTargetModel(deps.db)
  if (input.insteadId) {
    const instead = await Target.findOne({ _id: new Types.ObjectId(input.insteadId), townshipId: target.townshipId, status: 'active' }, { _id: 1 }).lean()
    if (!instead || instead._id.equals(target._id)) throw badRequest('QR_INSTEAD_UNKNOWN', '“改去哪里”要选本乡镇另一个在用的二维码')
  }
  const done = await recordTransition(Target, QR_TARGET_LIFECYCLE, {
    record: target,
    action: 'retire',
    actor: 'staff',
    author: authorOf(user),
    at: deps.clock.now(),
    publicText: input.reason,
    set: { retiredReason: input.reason, insteadId: input.insteadId ? new Types.ObjectId(input.insteadId) : null },
    unset: { activeKey: 1 }
  })
  if (!done) throw conflict('QR_TARGET_CHANGED', '这个二维码刚被其他人停用了，请刷新后查看')
  await recordAudit(deps, user, { action: 'qr.retired', targetType: 'qrTarget', targetId: input.id, detail: `${target.title}：${input.reason}` })
  const [view] = await targetViews(deps, [done.doc as QrTargetDoc])
  return view!
}
