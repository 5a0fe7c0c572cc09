import type { Connection } from 'mongoose'
import { LIFE_EVENTS } from '../../../../../src/shared/enums'
import type { TownshipOverviewDTO } from '../../../../../src/shared/org'
import { requireTownship } from '../../org/lookup'
import {
  departmentModel,
  toDepartmentDTO,
  toTownshipDTO,
  toVillageDTO,
  villageModel,
  type DepartmentDoc,
  type VillageDoc
} from '../../org/model'
import { countPublishedByLifeEvent } from '../searchIndex'

/** The home page's view of a township: villages, departments in hall order, life events with published-guide counts. */
export async function getTownshipOverview(db: Connection, townshipId: string): Promise<TownshipOverviewDTO> {
  const township = await requireTownship(db, townshipId)
  const [villages, departments, counts] = await Promise.all([
    villageModel(db).find({ townshipId: township._id }).sort({ name: 1 }).lean<VillageDoc[]>(),
    departmentModel(db).find({ townshipId: township._id }).sort({ order: 1, name: 1 }).lean<DepartmentDoc[]>(),
    countPublishedByLifeEvent(db, township)
  ])
  return {
    township: toTownshipDTO(township),
    villages: villages.map(toVillageDTO),
    departments: departments.map(toDepartmentDTO),
    lifeEvents: LIFE_EVENTS.map((e) => ({ id: e.id, name: e.name, icon: e.icon, guideCount: counts.get(e.id) ?? 0 }))
  }
}
