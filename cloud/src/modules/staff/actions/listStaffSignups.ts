import type { StaffSignupDTO } from '../../../../../src/shared/auth'
import { staffSignupListQuerySchema } from '../../../../../src/shared/staff'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { staffSignupModel, toStaffSignupDTO } from '../model'

export const listStaffSignupsQuery = staffSignupListQuerySchema
export type ListStaffSignupsQuery = z.output<typeof listStaffSignupsQuery>

/** Sign-ups to the admin's township with the given status, oldest pending first (masked). */
export async function listStaffSignups(deps: AppDeps, admin: AuthedUser, query: ListStaffSignupsQuery): Promise<StaffSignupDTO[]> {
  const docs = await staffSignupModel(deps.db)
    .find({ townshipId: admin.townshipId, status: query.status })
    .sort({ submittedAt: query.status === 'pending' ? 1 : -1, _id: 1 })
    .limit(200)
  return docs.map(toStaffSignupDTO)
}
