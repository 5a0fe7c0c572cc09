import { Types } from 'mongoose'
import { subscribeSchema, type SubscriptionDTO } from '../../../../../src/shared/disclosure'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { badRequest } from '../../../lib/errors'
import { isDuplicateKeyError } from '../../../lib/mongoErrors'
import type { AuthedUser } from '../../../lib/types'
import { loadCatalogNames } from '../catalog'
import { subscriptionModel, type SubscriptionDoc } from '../model'
import { toSubscriptionDTO } from './listSubscriptions'

export const subscribeInput = subscribeSchema
export type SubscribeInput = z.output<typeof subscribeInput>

/**
 * Follows a village of the person's township, or a domain of its catalogue: a notice comes when
 * something is published there. Following twice changes nothing (one upsert on a unique key).
 */
export async function subscribe(deps: AppDeps, user: AuthedUser, input: SubscribeInput): Promise<SubscriptionDTO> {
  const names = await loadCatalogNames(deps.db, user.townshipId)
  const known = input.target === 'village' ? names.villageName.has(input.key) : names.domainName.has(input.key)
  if (!known) throw badRequest('SUBSCRIPTION_TARGET_UNKNOWN', input.target === 'village' ? '没有找到这个村（社区），请重新选择' : '目录里没有这个领域，请重新选择')
  const userId = new Types.ObjectId(user.id)
  const filter = { userId, target: input.target, key: input.key }
  const upsert = () =>
    subscriptionModel(deps.db)
      .findOneAndUpdate(filter, { $setOnInsert: { ...filter, townshipId: new Types.ObjectId(user.townshipId), createdAt: deps.clock.now() } }, { upsert: true, new: true })
      .lean<SubscriptionDoc>()
  let saved: SubscriptionDoc | null
  try {
    saved = await upsert()
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err
    saved = await upsert()
  }
  return toSubscriptionDTO(saved!, names)
}
