import { publicItemsQuerySchema, type DisclosureItemSummary } from '../../../../../src/shared/disclosure'
import type { Page } from '../../../../../src/shared/common'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { toLocalDate } from '../../calendar/workingDays'
import { requireTownship } from '../../org/lookup'
import { searchPublished } from '../search'

export const listPublicItemsInput = publicItemsQuerySchema
export type ListPublicItemsInput = z.output<typeof listPublicItemsInput> & { townshipId: string }

/** A township's published items by category, 三务, domain, village or kind, newest first; ranked when searched. */
export async function listPublicItems(deps: AppDeps, input: ListPublicItemsInput): Promise<Page<DisclosureItemSummary>> {
  const township = await requireTownship(deps.db, input.townshipId)
  return searchPublished(deps.db, String(township._id), input, toLocalDate(deps.clock.now()))
}
