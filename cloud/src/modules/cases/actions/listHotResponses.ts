import { Types } from 'mongoose'
import { hotListQuerySchema, type HotResponseDTO } from '../../../../../src/shared/cases'
import type { Page } from '../../../../../src/shared/common'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { toHotResponseDTO } from '../dto'
import { hotResponseModel, type HotResponseDoc } from '../model'

export const listHotResponsesInput = hotListQuerySchema
export type ListHotResponsesInput = z.output<typeof listHotResponsesInput> & { townshipId: string }

/** Published 热点回应 of a township, newest first (public). */
export async function listHotResponses(deps: AppDeps, q: ListHotResponsesInput): Promise<Page<HotResponseDTO>> {
  const filter = { townshipId: new Types.ObjectId(q.townshipId) }
  const Hot = hotResponseModel(deps.db)
  const [docs, total] = await Promise.all([
    Hot.find(filter).sort({ publishedAt: -1 }).skip((q.page - 1) * q.pageSize).limit(q.pageSize).lean<HotResponseDoc[]>(),
    Hot.countDocuments(filter)
  ])
  return { items: docs.map(toHotResponseDTO), total, page: q.page, pageSize: q.pageSize }
}

