import { Types, type Connection } from 'mongoose'
import { itemModel } from './model'

/** A published item of the township by id, as `{ id, title }` (another module's record points at it), or null. */
export async function publishedItemRef(db: Connection, townshipId: Types.ObjectId | string, id: string): Promise<{ id: string; title: string } | null> {
  const item = await itemModel(db)
    .findOne({ _id: new Types.ObjectId(id), townshipId: new Types.ObjectId(String(townshipId)), status: 'published' }, { 'content.title': 1 })
    .lean<{ _id: Types.ObjectId; content: { title: string } }>()
  return item ? { id: String(item._id), title: item.content.title } : null
}
