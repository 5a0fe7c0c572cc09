import { Types } from 'mongoose'
import type { HotResponseDTO } from '../../../../../src/shared/cases'
import type { AppDeps } from '../../../lib/deps'
import { notFound } from '../../../lib/errors'
import { toHotResponseDTO } from '../dto'
import { hotResponseModel, type HotResponseDoc } from '../model'

/** One published 热点回应 (public). */
export async function getHotResponse(deps: AppDeps, input: { id: string }): Promise<HotResponseDTO> {
  const doc = await hotResponseModel(deps.db).findById(new Types.ObjectId(input.id)).lean<HotResponseDoc>()
  if (!doc) throw notFound('没有找到这条热点回应')
  return toHotResponseDTO(doc)
}
