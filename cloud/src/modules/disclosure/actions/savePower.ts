import { Types } from 'mongoose'
import { powerSchema, type PowerDTO } from '../../../../../src/shared/disclosure'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { conflict, notFound } from '../../../lib/errors'
import { isDuplicateKeyError } from '../../../lib/mongoErrors'
import type { AuthedUser } from '../../../lib/types'
import { recordAudit } from '../../audit/actions/recordAudit'
import { contactsByPost, powerSearch, toPowerDTO } from '../directory'
import { powerModel, type PowerDoc } from '../model'

export const savePowerInput = powerSchema
export type SavePowerInput = z.output<typeof savePowerInput> & { id?: string }

/** Adds a power to the township's 权责清单, or replaces one (admin); names are unique in the list; audited. */
export async function savePower(deps: AppDeps, admin: AuthedUser, input: SavePowerInput): Promise<PowerDTO> {
  const { id, ...fields } = input
  const townshipId = new Types.ObjectId(admin.townshipId)
  const set = { ...fields, search: powerSearch(fields), updatedAt: deps.clock.now() }
  let saved: PowerDoc | null
  try {
    saved = id
      ? await powerModel(deps.db).findOneAndUpdate({ _id: new Types.ObjectId(id), townshipId }, { $set: set }, { new: true }).lean<PowerDoc>()
      : ((await powerModel(deps.db).create({ ...set, townshipId })).toObject() as PowerDoc)
  } catch (err) {
    if (isDuplicateKeyError(err)) throw conflict('POWER_NAME_TAKEN', `权责清单里已经有“${fields.name}”了，请换个名称或修改原来那条`)
    throw err
  }
  if (!saved) throw notFound('没有找到这条权责清单事项')
  await recordAudit(deps, admin, { action: 'disclosure.powerSaved', targetType: 'power', targetId: String(saved._id), detail: saved.name })
  return toPowerDTO(saved, await contactsByPost(deps.db, townshipId))
}
