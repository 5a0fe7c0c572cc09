import { Types } from 'mongoose'
import type { DoorplateContact } from '../../../../src/shared/qrcodes'
import type { AppDeps } from '../../lib/deps'
import { decryptField } from '../../lib/crypto'
import { userModel } from '../users/model'
import { volunteerModel, type VolunteerDoc } from './model'

/**
 * Who a village's door plates name: its approved grid workers (with their phone when they chose to
 * show it) and its 帮办代办员 (by name only).
 */
export async function villageHelpers(deps: AppDeps, villageId: Types.ObjectId): Promise<{ gridWorkers: DoorplateContact[]; assistants: DoorplateContact[] }> {
  const [workers, assistants] = await Promise.all([
    volunteerModel(deps.db)
      .find({ villageId, kind: 'gridWorker', status: 'approved' }, { realName: 1, phoneEncrypted: 1, phoneOnDoorplates: 1 })
      .sort({ registeredAt: 1 })
      .lean<Pick<VolunteerDoc, 'realName' | 'phoneEncrypted' | 'phoneOnDoorplates'>[]>(),
    userModel(deps.db).find({ villageId: new Types.ObjectId(villageId), role: 'assistant' }, { displayName: 1 }).sort({ createdAt: 1 }).lean()
  ])
  return {
    gridWorkers: workers.map((w) => ({ name: w.realName, phone: w.phoneOnDoorplates ? decryptField(w.phoneEncrypted, deps.config.keys.idEncryption) : null })),
    assistants: assistants.map((a) => ({ name: a.displayName, phone: null }))
  }
}
