import type { SessionDTO } from '../../../../../src/shared/auth'
import type { AppDeps } from '../../../lib/deps'
import { openSession } from '../sessions'
import type { UserDoc } from '../../users/model'
import { toMeDTO } from './getMe'

/** Opens a session for an account and returns the token (shown once) with the account. */
export async function startSession(deps: AppDeps, user: UserDoc, via: 'wechat' | 'dev'): Promise<SessionDTO> {
  const { token, expiresAt } = await openSession(deps, user._id, via)
  return { token, expiresAt: expiresAt.toISOString(), me: await toMeDTO(deps, user) }
}
