import { Types, type Connection } from 'mongoose'
import { badRequest, notFound } from '../../lib/errors'
import { townshipModel, type TownshipDoc } from './model'

/** Parses a 24-hex id from a path or body; anything else is a 400 naming what the id was for. */
export function toObjectId(value: string, label: string): Types.ObjectId {
  if (!/^[0-9a-f]{24}$/.test(value)) throw badRequest('BAD_ID', `${label}编号格式不正确，请从列表重新进入`)
  return new Types.ObjectId(value)
}

/** Loads a township by id, or answers 400 (malformed id) / 404 (no such township). */
export async function requireTownship(db: Connection, townshipId: string): Promise<TownshipDoc> {
  const id = toObjectId(townshipId, '乡镇')
  const township = await townshipModel(db).findById(id).lean<TownshipDoc>()
  if (!township) throw notFound('没有找到这个乡镇，请重新选择')
  return township
}
