import { Types } from 'mongoose'
import { scanSchema, type QrResolveDTO } from '../../../../../src/shared/qrcodes'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { isDuplicateKeyError } from '../../../lib/mongoErrors'
import type { AuthedUser } from '../../../lib/types'
import { toLocalDate } from '../../calendar/workingDays'
import { scanDayModel, scanVisitModel, type QrTargetDoc } from '../model'
import { loadByScene, resolveTarget } from '../resolve'

export const recordScanInput = scanSchema
export type RecordScanInput = z.output<typeof recordScanInput>

/** Runs an upsert again when a concurrent one inserted the same key first. */
async function upsertOnce(write: () => Promise<unknown>): Promise<void> {
  try {
    await write()
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err
    await write()
  }
}

/**
 * A scan of a posted code (the scan page's first call): counts it on the code's day counter — by
 * code, day and village, nobody's identity — and, for a signed-in person only, notes that they
 * scanned it today; then answers what the code leads to. Retired codes count too (old prints still
 * on a wall show up). Idempotent through the route, so a retried request counts once.
 */
export async function recordScan(deps: AppDeps, user: AuthedUser | undefined, input: RecordScanInput): Promise<QrResolveDTO> {
  const target = await loadByScene(deps, input.scene)
  const now = deps.clock.now()
  await countScan(deps, target, user, now)
  return resolveTarget(deps, user, target)
}

async function countScan(deps: AppDeps, t: QrTargetDoc, user: AuthedUser | undefined, now: Date): Promise<void> {
  const day = toLocalDate(now)
  await upsertOnce(() =>
    scanDayModel(deps.db).updateOne(
      { _id: `${String(t._id)}:${day}` },
      {
        $inc: { count: 1, signedIn: user ? 1 : 0 },
        $setOnInsert: { targetId: t._id, townshipId: t.townshipId, villageId: t.villageId, kind: t.kind, day }
      },
      { upsert: true }
    )
  )
  if (!user) return
  await upsertOnce(() =>
    scanVisitModel(deps.db).updateOne(
      { _id: `${String(t._id)}:${user.id}:${day}` },
      { $setOnInsert: { targetId: t._id, userId: new Types.ObjectId(user.id), day, firstAt: now } },
      { upsert: true }
    )
  )
}
