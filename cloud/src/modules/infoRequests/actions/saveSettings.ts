import { Types } from 'mongoose'
import { infoRequestSettingsSchema, type InfoRequestSettingsDTO } from '../../../../../src/shared/infoRequests'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { badRequest } from '../../../lib/errors'
import { isDuplicateKeyError } from '../../../lib/mongoErrors'
import type { AuthedUser } from '../../../lib/types'
import { recordAudit } from '../../audit/actions/recordAudit'
import { departmentModel } from '../../org/model'
import { settingsModel } from '../model'
import { getSettings } from './getSettings'

export const saveSettingsInput = infoRequestSettingsSchema
export type SaveSettingsInput = z.output<typeof saveSettingsInput>

/**
 * Saves the township's request settings (admin): the office and the department that works as it,
 * the review body and court the appeal text names, and the fee rule (free unless set). Audited.
 */
export async function saveSettings(deps: AppDeps, admin: AuthedUser, input: SaveSettingsInput): Promise<InfoRequestSettingsDTO> {
  const townshipId = new Types.ObjectId(admin.townshipId)
  const officeDepartmentId = input.officeDepartmentId ? new Types.ObjectId(input.officeDepartmentId) : null
  if (officeDepartmentId && !(await departmentModel(deps.db).exists({ _id: officeDepartmentId, townshipId }))) {
    throw badRequest('DEPARTMENT_NOT_IN_TOWNSHIP', '所选站所不属于本乡镇，请重新选择', { officeDepartmentId: '所选站所不属于本乡镇' })
  }
  const write = () =>
    settingsModel(deps.db).updateOne(
      { townshipId },
      { $set: { ...input, officeDepartmentId, updatedAt: deps.clock.now(), updatedById: new Types.ObjectId(admin.id) }, $setOnInsert: { townshipId } },
      { upsert: true }
    )
  try {
    await write()
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err
    await write()
  }
  await recordAudit(deps, admin, { action: 'infoRequest.settingsSaved', targetType: 'infoRequestSettings', targetId: admin.townshipId, detail: `收费方式：${input.feeMethod}` })
  return getSettings(deps, admin)
}
