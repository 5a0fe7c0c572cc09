import type { Role } from '../../../src/shared/enums'

/** The signed-in account, as the auth middleware puts it on `ctx.state.user`. */
export interface AuthedUser {
  id: string
  role: Role
  displayName: string
  townshipId: string
  departmentIds: string[]
  /** The village of the account's own household, when known. */
  villageId: string | null
  /** WeChat identity (content checks and subscribe messages name it); null for accounts without one. */
  openid: string | null
  sessionId: string
}

/** `ctx.state` flag set when a request carried a token that names no live session. */
export const STALE_TOKEN_STATE = 'staleToken'
