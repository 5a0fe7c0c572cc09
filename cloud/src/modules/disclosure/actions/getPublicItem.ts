import { Types } from 'mongoose'
import type { DisclosureItemDTO } from '../../../../../src/shared/disclosure'
import type { AppDeps } from '../../../lib/deps'
import { notFound } from '../../../lib/errors'
import { itemModel, type DisclosureItemDoc } from '../model'
import { PUBLIC_STATUSES, publicItemView } from '../views'

/** A published item (or a withdrawn or revised one, which says so); drafts do not exist for the public. */
export async function getPublicItem(deps: AppDeps, input: { id: string }): Promise<DisclosureItemDTO> {
  const item = await itemModel(deps.db)
    .findOne({ _id: new Types.ObjectId(input.id), status: { $in: PUBLIC_STATUSES } }, { pendingNotices: 0, updates: 0, search: 0 })
    .lean<DisclosureItemDoc>()
  if (!item) throw notFound('没有找到这条公开信息，可能还没有发布')
  return publicItemView(deps, item)
}
