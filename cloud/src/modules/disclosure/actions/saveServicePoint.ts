import { Types } from 'mongoose'
import { servicePointSchema, type ServicePointDTO } from '../../../../../src/shared/disclosure'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { badRequest, conflict, notFound } from '../../../lib/errors'
import { isDuplicateKeyError } from '../../../lib/mongoErrors'
import type { AuthedUser } from '../../../lib/types'
import { recordAudit } from '../../audit/actions/recordAudit'
import { loadCatalogNames } from '../catalog'
import { servicePointSearch, toServicePointDTO } from '../directory'
import { servicePointModel, type ServicePointDoc } from '../model'

export const saveServicePointInput = servicePointSchema
export type SaveServicePointInput = z.output<typeof saveServicePointInput> & { id?: string }

/** Adds a service point to the township's 便民地图, or replaces one (admin); names are unique; audited. */
export async function saveServicePoint(deps: AppDeps, admin: AuthedUser, input: SaveServicePointInput): Promise<ServicePointDTO> {
  const { id, ...fields } = input
  const townshipId = new Types.ObjectId(admin.townshipId)
  const names = await loadCatalogNames(deps.db, townshipId)
  const villageName = fields.villageId ? names.villageName.get(fields.villageId) : null
  if (villageName === undefined) throw badRequest('VILLAGE_UNKNOWN', '请选择本乡镇的村（社区）', { villageId: '不是本乡镇的村（社区）' })
  const set = {
    ...fields,
    villageId: fields.villageId ? new Types.ObjectId(fields.villageId) : null,
    search: servicePointSearch(fields, villageName),
    updatedAt: deps.clock.now()
  }
  let saved: ServicePointDoc | null
  try {
    saved = id
      ? await servicePointModel(deps.db).findOneAndUpdate({ _id: new Types.ObjectId(id), townshipId }, { $set: set }, { new: true }).lean<ServicePointDoc>()
      : ((await servicePointModel(deps.db).create({ ...set, townshipId })).toObject() as ServicePointDoc)
  } catch (err) {
    if (isDuplicateKeyError(err)) throw conflict('SERVICE_POINT_NAME_TAKEN', `便民地图里已经有“${fields.name}”了，请换个名称或修改原来那个`)
    throw err
  }
  if (!saved) throw notFound('没有找到这个便民服务点')
  await recordAudit(deps, admin, { action: 'disclosure.servicePointSaved', targetType: 'servicePoint', targetId: String(saved._id), detail: saved.name })
  return toServicePointDTO(saved, names.villageName)
}
