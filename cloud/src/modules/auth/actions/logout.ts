import type { AppDeps } from '../../../lib/deps'
import { closeSession } from '../sessions'

/** Ends the session a bearer token names; harmless when there is none or it is already over. */
export async function logout(deps: AppDeps, input: { token: string | null }): Promise<void> {
  await closeSession(deps, input.token)
}
