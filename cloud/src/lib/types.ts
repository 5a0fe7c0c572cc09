import type { Role } from '../../../src/shared/enums'

/** The signed-in account, as the auth middleware puts it on `ctx.state.user`. */
export interface AuthedUser {
  id: string
  role: Role
  displayName: string
  townshipId: string
  departmentIds: string[]
  sessionId: string
}
