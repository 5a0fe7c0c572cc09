import type { Connection } from 'mongoose'
import type { ContactDTO } from '../../../../../src/shared/org'
import { requireTownship } from '../lookup'
import { contactModel, toContactDTO, type ContactDoc } from '../model'

/** The township's 多对一 contact table, in table order. */
export async function listContacts(db: Connection, townshipId: string): Promise<ContactDTO[]> {
  const township = await requireTownship(db, townshipId)
  const docs = await contactModel(db).find({ townshipId: township._id }).sort({ order: 1 }).limit(500).lean<ContactDoc[]>()
  return docs.map(toContactDTO)
}
