import { Types } from 'mongoose'
import { hotListQuerySchema, type HotResponseDTO } from '../../../../../src/shared/cases'
import type { CursorPage } from '../../../../../src/shared/common'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { findPage } from '../../../lib/paging'
import { toHotResponseDTO } from '../dto'
import { hotResponseModel } from '../model'

export const listHotResponsesInput = hotListQuerySchema
export type ListHotResponsesInput = z.output<typeof listHotResponsesInput> & { townshipId: string }

/** Published 热点回应 of a township, newest first, one page at a time (public). */
export async function listHotResponses(deps: AppDeps, q: ListHotResponsesInput): Promise<CursorPage<HotResponseDTO>> {
  const page = await findPage(hotResponseModel(deps.db), {
    list: 'hotResponses',
    filter: { townshipId: new Types.ObjectId(q.townshipId) },
    sort: { publishedAt: -1, _id: -1 },
    page: q
  })
  return { items: page.docs.map(toHotResponseDTO), nextCursor: page.nextCursor }
}
