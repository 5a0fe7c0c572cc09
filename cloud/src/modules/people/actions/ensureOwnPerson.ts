import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { isDuplicateKeyError } from '../../../lib/mongoErrors'
import { userModel } from '../../users/model'
import { personModel, type PersonDoc } from '../model'

/** The Person record of an account acting for itself, created on first need (race-safe). */
export async function ensureOwnPerson(deps: AppDeps, user: AuthedUser): Promise<PersonDoc> {
  const People = personModel(deps.db)
  const existing = await People.findOne({ userId: user.id })
  if (existing) return existing
  const account = await userModel(deps.db).findById(user.id, { villageId: 1, townshipId: 1, displayName: 1 })
  try {
    const created = await People.findOneAndUpdate(
      { userId: user.id },
      {
        $setOnInsert: {
          userId: user.id,
          townshipId: account?.townshipId ?? user.townshipId,
          villageId: account?.villageId ?? null,
          name: account?.displayName ?? user.displayName,
          createdBy: user.id
        }
      },
      { upsert: true, new: true }
    )
    if (created) return created
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err
  }
  const winner = await People.findOne({ userId: user.id })
  if (!winner) throw new Error('own person vanished after upsert')
  return winner
}
