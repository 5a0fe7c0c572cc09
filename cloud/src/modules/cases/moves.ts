import type { CaseDTO, StaffCaseDTO } from '../../../../src/shared/cases'
import type { AppDeps } from '../../lib/deps'
import type { AuthedUser } from '../../lib/types'
import { changeCase, loadOwnCase, loadStaffCase, staffAuthor, type ChangeInput } from './core'
import type { CaseDoc } from './model'
import { residentAuthor } from './residentAuthor'
import { residentView, staffView } from './views'

/** What a use case decides about its change, given the case as read and the time. */
type Move = (c: CaseDoc, now: Date) => Omit<ChangeInput, 'actor' | 'author'> & Partial<Pick<ChangeInput, 'author'>>

/**
 * A staff member's move on a case: loads it as they may see it (404 / 403), applies the change signed
 * by them (their department to the public) and answers the staff view.
 */
export async function moveAsStaff(deps: AppDeps, user: AuthedUser, id: string, move: Move): Promise<StaffCaseDTO> {
  const c = await loadStaffCase(deps.db, user, id)
  const change = move(c, deps.clock.now())
  return staffView(deps, await changeCase(deps, c, { author: staffAuthor(user, c), ...change, actor: 'staff' }))
}

/** A resident's (or their assistant's) move on their own case (404 for anyone else's); answers their view. */
export async function moveAsResident(deps: AppDeps, user: AuthedUser, id: string, move: Move): Promise<CaseDTO> {
  const c = await loadOwnCase(deps.db, user, id)
  const change = move(c, deps.clock.now())
  return residentView(deps, await changeCase(deps, c, { author: residentAuthor(user, c), ...change, actor: 'resident' }))
}
