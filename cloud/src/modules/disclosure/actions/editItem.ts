import { disclosureContentSchema, type StaffDisclosureDTO } from '../../../../../src/shared/disclosure'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { authorOf } from '../../../lib/lifecycle'
import type { AuthedUser } from '../../../lib/types'
import { changeItem, checkContentRefs, loadStaffItem } from '../core'
import { staffItemView } from '../views'

export const editItemInput = disclosureContentSchema
export type EditItemInput = z.output<typeof editItemInput> & { id: string }

/** Replaces a draft's content (drafts only: a published item gets a new version instead); the text is checked again on submission. */
export async function editItem(deps: AppDeps, user: AuthedUser, input: EditItemInput): Promise<StaffDisclosureDTO> {
  const { id, ...content } = input
  const item = await loadStaffItem(deps.db, user, id)
  const refs = await checkContentRefs(deps.db, user, content)
  const updated = await changeItem(deps, item, {
    action: 'edit',
    actor: 'staff',
    author: authorOf(user),
    set: { content, ...refs, moderation: 'unchecked', moderationNote: null }
  })
  return staffItemView(deps, user, updated)
}
