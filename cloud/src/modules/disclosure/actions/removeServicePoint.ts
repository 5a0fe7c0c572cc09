import { Types } from 'mongoose'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { recordAudit } from '../../audit/actions/recordAudit'
import { servicePointModel } from '../model'

/** Removes a service point from the township's 便民地图 (admin); `removed: false` when it was not there; audited. */
export async function removeServicePoint(deps: AppDeps, admin: AuthedUser, input: { id: string }): Promise<{ removed: boolean }> {
  const gone = await servicePointModel(deps.db)
    .findOneAndDelete({ _id: new Types.ObjectId(input.id), townshipId: new Types.ObjectId(admin.townshipId) })
    .lean<{ name: string }>()
  if (gone) await recordAudit(deps, admin, { action: 'disclosure.servicePointRemoved', targetType: 'servicePoint', targetId: input.id, detail: gone.name })
  return { removed: gone !== null }
}
