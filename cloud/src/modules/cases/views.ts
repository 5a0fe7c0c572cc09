import type { CaseDTO, StaffCaseDTO } from '../../../../src/shared/cases'
import type { AppDeps } from '../../lib/deps'
import { townshipOverrides } from '../calendar/load'
import { loadUploads } from './core'
import { toCaseDTO, toStaffCaseDTO } from './dto'
import type { CaseDoc } from './model'

/** A case as staff see it: the whole history, internal notes, the deadline's standing now. */
export async function staffView(deps: AppDeps, c: CaseDoc): Promise<StaffCaseDTO> {
  const now = deps.clock.now()
  return toStaffCaseDTO(c, await loadUploads(deps.db, c), now, await townshipOverrides(deps.db, c.townshipId))
}

/** A case as its resident (or their assistant) sees it: the public timeline. */
export async function residentView(deps: AppDeps, c: CaseDoc): Promise<CaseDTO> {
  return toCaseDTO(c, await loadUploads(deps.db, c))
}
