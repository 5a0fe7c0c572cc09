import type { Context } from 'koa'
import type { AppDeps } from '../../../lib/deps'
import { bearerToken, closeSession } from '../../../lib/auth'

/** Ends the caller's session; harmless when there is none. */
export async function logout(ctx: Context, deps: AppDeps): Promise<void> {
  await closeSession(deps, bearerToken(ctx))
}
