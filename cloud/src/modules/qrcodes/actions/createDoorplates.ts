import { createDoorplatesSchema, type DoorplateBatchDTO } from '../../../../../src/shared/qrcodes'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { forbidden } from '../../../lib/errors'
import type { AuthedUser } from '../../../lib/types'
import { recordAudit } from '../../audit/actions/recordAudit'
import { ADMIN_ONLY } from '../access'
import { qrTargetModel, type QrTargetDoc } from '../model'
import { doorplatePlacement, householdOf, insertTarget, villageOf } from '../place'
import { targetViews } from '../views'

export const createDoorplatesInput = createDoorplatesSchema
export type CreateDoorplatesInput = z.output<typeof createDoorplatesInput>

/**
 * 智慧门牌 for a batch of a village's households (admin): each household gets one live code; a
 * household that already has one keeps it (listed under `kept`), and a line repeated in the batch
 * counts once. Audited once for the batch.
 */
export async function createDoorplates(deps: AppDeps, user: AuthedUser, input: CreateDoorplatesInput): Promise<DoorplateBatchDTO> {
  if (user.role !== 'admin') throw forbidden(ADMIN_ONLY)
  const village = await villageOf(deps.db, user, input.villageId)
  const placements = [...new Map(input.plates.map((p) => doorplatePlacement(village, householdOf(p))).map((p) => [p.activeKey, p])).values()]
  const existing = await qrTargetModel(deps.db)
    .find({ activeKey: { $in: placements.map((p) => p.activeKey) } })
    .lean<QrTargetDoc[]>()
  const had = new Set(existing.map((t) => t.activeKey))
  const created: QrTargetDoc[] = []
  for (const p of placements) if (!had.has(p.activeKey)) created.push(await insertTarget(deps, user, p))
  if (created.length) {
    await recordAudit(deps, user, {
      action: 'qr.created',
      targetType: 'village',
      targetId: String(village._id),
      detail: `${village.name} 门牌 ${created.length} 户`
    })
  }
  const order = new Map(placements.map((p, i) => [p.activeKey, i]))
  const byPlace = (a: QrTargetDoc, b: QrTargetDoc) => (order.get(a.activeKey ?? '') ?? 0) - (order.get(b.activeKey ?? '') ?? 0)
  return {
    created: await targetViews(deps, created.sort(byPlace)),
    kept: await targetViews(deps, existing.sort(byPlace))
  }
}
