import { internalNoteSchema, type StaffCaseDTO } from '../../../../../src/shared/cases'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { moveAsStaff } from '../moves'

export const addInternalNoteInput = internalNoteSchema
export type AddInternalNoteInput = z.output<typeof addInternalNoteInput> & { id: string }

/** An internal note: staff only, status unchanged. */
export function addInternalNote(deps: AppDeps, user: AuthedUser, input: AddInternalNoteInput): Promise<StaffCaseDTO> {
  return moveAsStaff(deps, user, input.id, () => ({ action: 'note', internalNote: input.text, public: false }))
}
