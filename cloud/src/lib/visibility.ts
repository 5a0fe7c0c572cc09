import { Types } from 'mongoose'
import { forbidden, notFound } from './errors'
import type { AuthedUser } from './types'

/** A record staff may be shown: it belongs to a township and (maybe) to a department of it. */
export interface StaffScoped {
  townshipId: Types.ObjectId | string
  departmentId?: Types.ObjectId | string | null
}

/** True for staff and admins. */
export function isStaff(user: Pick<AuthedUser, 'role'>): boolean {
  return user.role === 'staff' || user.role === 'admin'
}

/** True when staff may see the record under assertStaffMaySee's rule (own departments only). */
export function staffMaySee(user: AuthedUser, record: StaffScoped): boolean {
  if (!isStaff(user) || String(record.townshipId) !== user.townshipId) return false
  return user.role === 'admin' || (!!record.departmentId && user.departmentIds.includes(String(record.departmentId)))
}

/**
 * The one rule of what staff see. Another township's record does not exist for them (404, the same
 * answer as a record that does not exist); an admin sees every record of the township; department
 * staff see records of their departments, and of none when `departments` is `own` and the record
 * has no department yet. Inside the township a record they may not see answers 403 with `why`,
 * so they know whom to ask.
 */
export function assertStaffMaySee(
  user: AuthedUser,
  record: StaffScoped | null | undefined,
  opts: { missing: string; why: string; departments?: 'own' | 'any' }
): asserts record is StaffScoped {
  if (!record || !isStaff(user) || String(record.townshipId) !== user.townshipId) throw notFound(opts.missing)
  if (user.role === 'admin' || opts.departments === 'any') return
  if (!record.departmentId || !user.departmentIds.includes(String(record.departmentId))) throw forbidden(opts.why)
}

/**
 * The same rule as a query filter for lists: the township's records, narrowed to the staff member's
 * departments unless they are an admin (or `departments` is `any`).
 */
export function staffScopeFilter(user: AuthedUser, opts: { departmentField?: string; departments?: 'own' | 'any' } = {}): Record<string, unknown> {
  const filter: Record<string, unknown> = { townshipId: new Types.ObjectId(user.townshipId) }
  if (user.role !== 'admin' && opts.departments !== 'any') {
    filter[opts.departmentField ?? 'departmentId'] = { $in: user.departmentIds.map((id) => new Types.ObjectId(id)) }
  }
  return filter
}
