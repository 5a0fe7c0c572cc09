import { Types } from 'mongoose'
import type { SubscriptionDTO } from '../../../../../src/shared/disclosure'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { loadCatalogNames, type CatalogNames } from '../catalog'
import { subscriptionModel, type SubscriptionDoc } from '../model'

/** A subscription with the name of what it follows (a village, or a domain). */
export function toSubscriptionDTO(s: Pick<SubscriptionDoc, 'target' | 'key' | 'createdAt'>, names: CatalogNames): SubscriptionDTO {
  const name = s.target === 'village' ? names.villageName.get(s.key) : names.domainName.get(s.key)
  return { target: s.target, key: s.key, name: name ?? '（已不在目录中）', createdAt: s.createdAt.toISOString() }
}

/** What the signed-in person follows, newest first. */
export async function listSubscriptions(deps: AppDeps, user: AuthedUser): Promise<SubscriptionDTO[]> {
  const [subs, names] = await Promise.all([
    subscriptionModel(deps.db).find({ userId: new Types.ObjectId(user.id) }).sort({ createdAt: -1 }).limit(200).lean<SubscriptionDoc[]>(),
    loadCatalogNames(deps.db, user.townshipId)
  ])
  return subs.map((s) => toSubscriptionDTO(s, names))
}
