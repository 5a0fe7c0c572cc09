import type { AppDeps } from '../../../lib/deps'
import { isDuplicateKeyError } from '../../../lib/mongoErrors'
import { userModel, type UserDoc } from '../model'
import { resolveDefaultTownship } from './resolveDefaultTownship'

/**
 * The account of a WeChat openid, created as a resident of the default township on first sight.
 * Race-safe: concurrent first logins meet at the unique openid index and all get the same account.
 */
export async function findOrCreateWechatUser(deps: AppDeps, openid: string, unionid?: string): Promise<UserDoc> {
  const User = userModel(deps.db)
  const existing = await User.findOne({ openid })
  if (existing) {
    if (unionid && existing.unionid !== unionid) {
      existing.unionid = unionid
      await User.updateOne({ _id: existing._id }, { $set: { unionid } })
    }
    return existing
  }
  const townshipId = await resolveDefaultTownship(deps)
  try {
    const created = await User.findOneAndUpdate(
      { openid },
      {
        $setOnInsert: {
          openid,
          role: 'resident',
          displayName: '微信用户',
          townshipId,
          villageId: null,
          departmentIds: [],
          ...(unionid ? { unionid } : {})
        }
      },
      { upsert: true, new: true }
    )
    if (created) return created
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err
  }
  const winner = await User.findOne({ openid })
  if (!winner) throw new Error(`user for openid vanished after upsert`)
  return winner
}
