import { Types } from 'mongoose'
import type { AppDeps } from '../../../lib/deps'
import { isDuplicateKeyError } from '../../../lib/mongoErrors'
import type { AuthedUser } from '../../../lib/types'
import { personModel } from '../model'

/** The part of an account's own Person record that acting needs. */
export interface OwnPerson {
  _id: Types.ObjectId
  name: string
}

/**
 * The Person record of an account acting for itself, created on first need, in one round trip: an
 * upsert on the unique `userId` that writes the account's name and place only when it inserts.
 * Concurrent first writes meet at the unique index; the loser reads the winner's record.
 */
export async function ensureOwnPerson(deps: AppDeps, user: AuthedUser): Promise<OwnPerson> {
  const People = personModel(deps.db)
  const userId = new Types.ObjectId(user.id)
  try {
    const own = await People.findOneAndUpdate(
      { userId },
      {
        $setOnInsert: {
          userId,
          townshipId: new Types.ObjectId(user.townshipId),
          villageId: user.villageId ? new Types.ObjectId(user.villageId) : null,
          name: user.displayName,
          createdBy: userId
        }
      },
      { upsert: true, new: true, projection: { name: 1 } }
    ).lean<OwnPerson>()
    if (own) return own
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err
  }
  const winner = await People.findOne({ userId }, { name: 1 }).lean<OwnPerson>()
  if (!winner) throw new Error('own person vanished after upsert')
  return winner
}
