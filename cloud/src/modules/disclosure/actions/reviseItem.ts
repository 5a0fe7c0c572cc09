import type { StaffDisclosureDTO } from '../../../../../src/shared/disclosure'
import type { AppDeps } from '../../../lib/deps'
import { conflict } from '../../../lib/errors'
import type { AuthedUser } from '../../../lib/types'
import { checkContentRefs, insertDraft, loadStaffItem } from '../core'
import { itemModel } from '../model'
import { staffItemView } from '../views'

/**
 * Starts the next version of a published item: a draft with the same content, which replaces the
 * published one (then 已修订, linked both ways) only once it is reviewed and published itself. One
 * revision at a time.
 */
export async function reviseItem(deps: AppDeps, user: AuthedUser, input: { id: string }): Promise<StaffDisclosureDTO> {
  const item = await loadStaffItem(deps.db, user, input.id)
  if (item.status !== 'published') throw conflict('DISCLOSURE_STATE_CONFLICT', '只有已发布的信息才能修订出新版本')
  if (await itemModel(deps.db).exists({ supersedesId: item._id, status: { $in: ['draft', 'inReview'] } })) {
    throw conflict('DISCLOSURE_REVISION_OPEN', '这条信息已经有一个正在修订的新版本，请在列表里打开它继续修改')
  }
  const refs = await checkContentRefs(deps.db, user, item.content)
  const draft = await insertDraft(deps, user, item.content, refs, { seriesId: item.seriesId, version: item.version + 1, supersedesId: item._id })
  return staffItemView(deps, user, draft)
}
