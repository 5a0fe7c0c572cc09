import type { Connection } from 'mongoose'
import type { TownshipDTO } from '../../../../../src/shared/org'
import { townshipModel, toTownshipDTO, type TownshipDoc } from '../model'

/** Every township of the deployment, by name, for the township picker. */
export async function listTownships(db: Connection): Promise<TownshipDTO[]> {
  const docs = await townshipModel(db).find().sort({ name: 1 }).limit(500).lean<TownshipDoc[]>()
  return docs.map(toTownshipDTO)
}
