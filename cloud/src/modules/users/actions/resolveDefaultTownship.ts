import { Types } from 'mongoose'
import { AppError } from '../../../lib/errors'
import type { AppDeps } from '../../../lib/deps'
import { townshipModel } from '../../org/model'

/**
 * The township new residents join: DEFAULT_TOWNSHIP_ID when configured, else the first township.
 * 503 when the deployment has no township yet.
 */
export async function resolveDefaultTownship(deps: AppDeps): Promise<Types.ObjectId> {
  const Township = townshipModel(deps.db)
  const configured = deps.config.defaultTownshipId
  const doc = configured
    ? await Township.findById(configured, { _id: 1 }).lean<{ _id: Types.ObjectId }>()
    : await Township.findOne({}, { _id: 1 }).sort({ _id: 1 }).lean<{ _id: Types.ObjectId }>()
  if (!doc) throw new AppError(503, 'NO_TOWNSHIP', '系统还没有设置乡镇，请联系便民服务中心')
  return doc._id
}
