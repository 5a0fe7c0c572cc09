import { disclosureContentSchema, type StaffDisclosureDTO } from '../../../../../src/shared/disclosure'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { checkContentRefs, insertDraft } from '../core'
import { staffItemView } from '../views'

export const createItemInput = disclosureContentSchema
export type CreateItemInput = z.output<typeof createItemInput>

/** Starts a new item as a draft, in one of the author's departments (an admin: any of the township). */
export async function createItem(deps: AppDeps, user: AuthedUser, content: CreateItemInput): Promise<StaffDisclosureDTO> {
  const refs = await checkContentRefs(deps.db, user, content)
  return staffItemView(deps, user, await insertDraft(deps, user, content, refs, null))
}
