import { Types } from 'mongoose'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { recordAudit } from '../../audit/actions/recordAudit'
import { powerModel } from '../model'

/** Removes a power from the township's 权责清单 (admin); `removed: false` when it was not there; audited. */
export async function removePower(deps: AppDeps, admin: AuthedUser, input: { id: string }): Promise<{ removed: boolean }> {
  const gone = await powerModel(deps.db).findOneAndDelete({ _id: new Types.ObjectId(input.id), townshipId: new Types.ObjectId(admin.townshipId) }).lean<{ name: string }>()
  if (gone) await recordAudit(deps, admin, { action: 'disclosure.powerRemoved', targetType: 'power', targetId: input.id, detail: gone.name })
  return { removed: gone !== null }
}
