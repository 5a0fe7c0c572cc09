import { returnItemSchema, type StaffDisclosureDTO } from '../../../../../src/shared/disclosure'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { authorOf } from '../../../lib/lifecycle'
import type { AuthedUser } from '../../../lib/types'
import { changeItem, loadStaffItem } from '../core'
import { staffItemView } from '../views'
import { returnedNotice } from '../notices'

export const returnToDraftInput = returnItemSchema
export type ReturnToDraftInput = z.output<typeof returnToDraftInput> & { id: string }

/** The reviewer sends an item back to its draft with the reason; the submitter is told (unless they took it back themselves). */
export async function returnToDraft(deps: AppDeps, user: AuthedUser, input: ReturnToDraftInput): Promise<StaffDisclosureDTO> {
  const item = await loadStaffItem(deps.db, user, input.id)
  const submitter = item.submittedById ? String(item.submittedById) : null
  const updated = await changeItem(deps, item, {
    action: 'returnToDraft',
    actor: 'staff',
    author: authorOf(user),
    publicText: input.reason,
    notices: () => (submitter && submitter !== user.id ? [returnedNotice(item, submitter, input.reason, deps.clock.now(), item.updates.length)] : [])
  })
  return staffItemView(deps, user, updated)
}
