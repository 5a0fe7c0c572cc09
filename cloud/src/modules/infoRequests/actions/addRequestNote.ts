import { requestNoteSchema, type StaffInfoRequestDTO } from '../../../../../src/shared/infoRequests'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { authorOf } from '../../../lib/lifecycle'
import type { AuthedUser } from '../../../lib/types'
import { changeRequest, loadStaffRequest, staffActor } from '../core'
import { staffView } from '../views'

export const addRequestNoteInput = requestNoteSchema
export type AddRequestNoteInput = z.output<typeof addRequestNoteInput> & { id: string }

/** An internal note on a request (staff only; the applicant never sees it). */
export async function addRequestNote(deps: AppDeps, user: AuthedUser, input: AddRequestNoteInput): Promise<StaffInfoRequestDTO> {
  const r = await loadStaffRequest(deps.db, user, input.id)
  const updated = await changeRequest(deps, r, { action: 'note', actor: staffActor(user), author: authorOf(user), internalNote: input.text, public: false })
  return staffView(deps, user, updated)
}
