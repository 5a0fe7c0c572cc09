import { directoryQuerySchema, type PowerDTO } from '../../../../../src/shared/disclosure'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { prepareSearchFields, rankEntries } from '../../../lib/textSearch'
import { requireTownship } from '../../org/lookup'
import { contactsByPost, toPowerDTO } from '../directory'
import { powerModel, type PowerDoc } from '../model'

export const listPowersInput = directoryQuerySchema
export type ListPowersInput = z.output<typeof listPowersInput> & { townshipId: string }

/** The township's 权责清单 in list order, or ranked by a search; each power with its post's contacts. */
export async function listPowers(deps: AppDeps, input: ListPowersInput): Promise<PowerDTO[]> {
  const township = await requireTownship(deps.db, input.townshipId)
  const [powers, byPost] = await Promise.all([
    powerModel(deps.db).find({ townshipId: township._id }).sort({ order: 1, name: 1 }).limit(1000).lean<PowerDoc[]>(),
    contactsByPost(deps.db, township._id)
  ])
  const ranked = input.q ? rankEntries(powers, input.q, (p) => prepareSearchFields(p.search)) : powers
  return ranked.map((p) => toPowerDTO(p, byPost))
}
