import { Types } from 'mongoose'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { subscriptionModel } from '../model'
import type { SubscribeInput } from './subscribe'

/** Stops following a village or a domain; `removed: false` when the person did not follow it. */
export async function unsubscribe(deps: AppDeps, user: AuthedUser, input: SubscribeInput): Promise<{ removed: boolean }> {
  const res = await subscriptionModel(deps.db).deleteOne({ userId: new Types.ObjectId(user.id), target: input.target, key: input.key })
  return { removed: res.deletedCount > 0 }
}
