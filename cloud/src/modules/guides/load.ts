import { Types, type Connection } from 'mongoose'
import { notFound } from '../../lib/errors'
import { guideModel, type GuideDoc } from './model'

/** Loads any guide (draft or published) for staff, or answers 404. */
export async function loadGuide(db: Connection, id: string): Promise<GuideDoc> {
  const doc = await guideModel(db).findById(new Types.ObjectId(id)).lean<GuideDoc>()
  if (!doc) throw notFound('没有找到这个办事指南，可能已被删除')
  return doc
}
