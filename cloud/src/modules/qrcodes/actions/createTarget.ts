import { createTargetSchema, type QrTargetDTO } from '../../../../../src/shared/qrcodes'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { recordAudit } from '../../audit/actions/recordAudit'
import { insertTarget, placeTarget } from '../place'
import { targetViews } from '../views'

export const createTargetInput = createTargetSchema
export type CreateTargetInput = z.output<typeof createTargetInput>

/**
 * Makes the code of a hall, window, guide, village board or door plate with a new random scene. One
 * live code per place (409 when it has one); who may make which is in `placeTarget`. Audited.
 */
export async function createTarget(deps: AppDeps, user: AuthedUser, input: CreateTargetInput): Promise<QrTargetDTO> {
  const target = await insertTarget(deps, user, await placeTarget(deps.db, user, input))
  await recordAudit(deps, user, { action: 'qr.created', targetType: 'qrTarget', targetId: String(target._id), detail: `${target.kind} ${target.title}` })
  const [view] = await targetViews(deps, [target])
  return view!
}
