import { directoryQuerySchema, type ServicePointDTO } from '../../../../../src/shared/disclosure'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { prepareSearchFields, rankEntries } from '../../../lib/textSearch'
import { requireTownship } from '../../org/lookup'
import { loadCatalogNames } from '../catalog'
import { toServicePointDTO } from '../directory'
import { servicePointModel, type ServicePointDoc } from '../model'

export const listServicePointsInput = directoryQuerySchema
export type ListServicePointsInput = z.output<typeof listServicePointsInput> & { townshipId: string }

/** The township's 便民地图: its service points in list order (or ranked by a search), optionally one village's. */
export async function listServicePoints(deps: AppDeps, input: ListServicePointsInput): Promise<ServicePointDTO[]> {
  const township = await requireTownship(deps.db, input.townshipId)
  const filter: Record<string, unknown> = { townshipId: township._id }
  if (input.villageId) filter.villageId = input.villageId
  const [points, names] = await Promise.all([
    servicePointModel(deps.db).find(filter).sort({ order: 1, name: 1 }).limit(1000).lean<ServicePointDoc[]>(),
    loadCatalogNames(deps.db, township._id)
  ])
  const ranked = input.q ? rankEntries(points, input.q, (p) => prepareSearchFields(p.search)) : points
  return ranked.map((p) => toServicePointDTO(p, names.villageName))
}
