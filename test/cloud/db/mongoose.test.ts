import mongoose, { Schema, Types, type Connection, type InferSchemaType, type Model } from 'mongoose'
import { startTestMongo, type TestMongo } from '../../helpers/mongo'

const itemSchema = new Schema(
  {
    title: { type: String, required: true },
    body: { type: String, default: '' },
    township: { type: Schema.Types.ObjectId, required: true, index: true },
    status: { type: String, enum: ['draft', 'published'], default: 'draft', index: true },
    views: { type: Number, default: 0 },
    tags: { type: [String], default: [] },
    history: [{ _id: false, at: Date, by: String, note: String }],
    secret: { type: String, select: false },
    expiresAt: { type: Date }
  },
  { timestamps: true }
)
itemSchema.index({ township: 1, status: 1, createdAt: -1 })
itemSchema.index({ expiresAt: 1 }, { expireAfterSeconds: 0 })

let mongo: TestMongo
let db: Connection

type ItemDoc = InferSchemaType<typeof itemSchema>

function itemModel(conn: Connection) {
  return (conn.models.Item as Model<ItemDoc> | undefined) ?? conn.model<ItemDoc>('Item', itemSchema)
}

beforeAll(async () => {
  mongo = await startTestMongo()
  db = await mongoose.createConnection(mongo.uri).asPromise()
})
afterAll(async () => {
  await db.close()
  await mongo.stop()
})

describe('mongoose on the embedded server', () => {
  const township = new Types.ObjectId()
  const other = new Types.ObjectId()

  beforeAll(async () => {
    const Item = itemModel(db)
    await Item.syncIndexes()
    await Item.create([
      { title: '低保申请', body: '最低生活保障', township, status: 'published', views: 5, tags: ['救助', '低保'], secret: 's1' },
      { title: '医疗救助', body: 'Medical aid', township, status: 'published', views: 9, tags: ['救助'] },
      { title: '宅基地申请', body: '农村宅基地', township, status: 'draft', views: 1 },
      { title: 'Pension', body: '社会保险', township: other, status: 'published', views: 3 }
    ])
  })

  it('creates, finds, sorts, skips, limits and counts', async () => {
    const Item = itemModel(db)
    const page = await Item.find({ township }).sort({ views: -1 }).skip(1).limit(1).lean()
    expect(page.map((i) => i.title)).toEqual(['低保申请'])
    expect(await Item.countDocuments({ township })).toBe(3)
    expect(await Item.countDocuments({ status: 'published' })).toBe(3)
    expect(await Item.estimatedDocumentCount()).toBe(4)
    const sortedByTitle = await Item.find({ township }).sort({ title: 1 }).lean()
    expect(sortedByTitle.map((i) => i.title)).toEqual(['医疗救助', '低保申请', '宅基地申请'].sort())
  })

  it('answers distinct with typed values', async () => {
    const Item = itemModel(db)
    const townships = await Item.distinct('township')
    expect(townships).toHaveLength(2)
    expect(townships.every((t) => t instanceof Types.ObjectId)).toBe(true)
    expect((await Item.distinct('tags', { township })).sort()).toEqual(['低保', '救助'].sort())
  })

  it('applies $set, $push, $inc and $addToSet in updateOne', async () => {
    const Item = itemModel(db)
    const at = new Date('2025-03-03T01:00:00Z')
    const res = await Item.updateOne(
      { title: '宅基地申请' },
      {
        $set: { status: 'published' },
        $push: { history: { at, by: 'clerk', note: '发布' } },
        $inc: { views: 2 },
        $addToSet: { tags: { $each: ['农村', '农村'] } }
      }
    )
    expect(res).toMatchObject({ matchedCount: 1, modifiedCount: 1 })
    const item = await Item.findOne({ title: '宅基地申请' }).lean()
    expect(item).toMatchObject({ status: 'published', views: 3, tags: ['农村'] })
    expect(item?.history[0]?.at).toEqual(at)
    expect(item?.updatedAt).toBeInstanceOf(Date)

    const again = await Item.updateOne({ title: '宅基地申请' }, { $addToSet: { tags: '农村' } }, { timestamps: false })
    expect(again.modifiedCount).toBe(0)
  })

  it('findOneAndUpdate returns the new document and upserts', async () => {
    const Item = itemModel(db)
    const updated = await Item.findOneAndUpdate({ title: '医疗救助' }, { $inc: { views: 1 } }, { new: true }).lean()
    expect(updated?.views).toBe(10)

    const created = await Item.findOneAndUpdate(
      { title: '退役军人住院优待', township },
      { $setOnInsert: { body: '优待' }, $set: { status: 'draft' } },
      { new: true, upsert: true }
    ).lean()
    expect(created).toMatchObject({ title: '退役军人住院优待', body: '优待', status: 'draft', views: 0 })
    expect(created?._id).toBeInstanceOf(Types.ObjectId)
    expect(created?.township).toEqual(township)

    const missing = await Item.findOneAndUpdate({ title: 'nope' }, { $set: { views: 1 } }, { new: true })
    expect(missing).toBeNull()
  })

  it('findOneAndUpdate projects the new document even when it no longer matches the filter', async () => {
    const Item = itemModel(db)
    const item = await Item.create({ title: '投影测试', body: '不返回', township, views: 0 })
    const excluded = await Item.findOneAndUpdate(
      { _id: item._id, views: { $lt: 1 } },
      { $inc: { views: 1 } },
      { new: true, projection: { body: 0 } }
    ).lean()
    expect(excluded).toMatchObject({ title: '投影测试', views: 1 })
    expect(excluded).not.toHaveProperty('body')
    const included = await Item.findOneAndUpdate(
      { _id: item._id, status: 'draft' },
      { $set: { status: 'published' } },
      { new: true, projection: { status: 1 } }
    ).lean()
    expect(included).toEqual({ _id: item._id, status: 'published' })
    await Item.deleteOne({ _id: item._id })
  })

  it('matches case-insensitive regexes, $in, $or and $elemMatch', async () => {
    const Item = itemModel(db)
    expect((await Item.find({ body: /medical/i }).lean()).map((i) => i.title)).toEqual(['医疗救助'])
    expect((await Item.find({ title: { $regex: '申请' } }).lean()).map((i) => i.title).sort()).toEqual(['低保申请', '宅基地申请'].sort())
    expect(await Item.countDocuments({ tags: { $in: ['低保', '农村'] } })).toBe(2)
    expect(await Item.countDocuments({ $or: [{ title: /pension/i }, { views: { $gte: 10 } }] })).toBe(2)
    expect(await Item.countDocuments({ history: { $elemMatch: { by: 'clerk', at: { $lt: new Date('2026-01-01') } } } })).toBe(1)
    expect(await Item.countDocuments({ township: township.toHexString() })).toBe(4)
  })

  it('applies projections, including select: false fields', async () => {
    const Item = itemModel(db)
    const plain = await Item.findOne({ title: '低保申请' }).lean()
    expect(plain).not.toHaveProperty('secret')
    const withSecret = await Item.findOne({ title: '低保申请' }).select('+secret').lean()
    expect(withSecret?.secret).toBe('s1')
    const narrow = await Item.findOne({ title: '低保申请' }).select('title views -_id').lean()
    expect(narrow).toEqual({ title: '低保申请', views: 5 })
  })

  it('aggregates with $match, $group, $sort and $limit', async () => {
    const Item = itemModel(db)
    const rows = await Item.aggregate<{ _id: Types.ObjectId; n: number; views: number }>([
      { $match: { status: 'published' } },
      { $group: { _id: '$township', n: { $sum: 1 }, views: { $sum: '$views' } } },
      { $sort: { n: -1 } },
      { $limit: 1 }
    ])
    expect(rows).toHaveLength(1)
    expect(rows[0]?._id).toEqual(township)
    expect(rows[0]?.n).toBe(3)
  })

  it('creates and syncs indexes, TTL definitions included', async () => {
    const Item = itemModel(db)
    expect(await Item.syncIndexes()).toEqual([])
    const indexes = await Item.listIndexes()
    const names = indexes.map((i) => i.name)
    expect(names).toEqual(expect.arrayContaining(['_id_', 'township_1', 'status_1', 'township_1_status_1_createdAt_-1', 'expiresAt_1']))
    expect(indexes.find((i) => i.name === 'expiresAt_1')).toMatchObject({ expireAfterSeconds: 0 })
    await Item.createIndexes()
    expect((await Item.listIndexes()).length).toBe(indexes.length)
  })

  it('deletes and reports counts', async () => {
    const Item = itemModel(db)
    const res = await Item.deleteMany({ township: other })
    expect(res.deletedCount).toBe(1)
    expect(await Item.exists({ township: other })).toBeNull()
  })

  it('keeps a bounded history with $push $each $slice and edits array elements', async () => {
    const Item = itemModel(db)
    const { _id } = await Item.create({ title: '党组织关系转接', township })
    for (let i = 1; i <= 4; i++) {
      await Item.updateOne({ _id }, { $push: { history: { $each: [{ by: `u${i}`, note: 'n', at: new Date(i) }], $slice: -3 } } })
    }
    let item = await Item.findById(_id).lean()
    expect(item?.history.map((h) => h.by)).toEqual(['u2', 'u3', 'u4'])

    await Item.updateOne({ _id, 'history.by': 'u3' }, { $set: { 'history.$.note': 'positional' } })
    await Item.updateOne({ _id }, { $set: { 'history.$[h].note': 'filtered' } }, { arrayFilters: [{ 'h.by': 'u4' }] })
    await Item.updateOne({ _id }, { $pull: { history: { by: 'u2' } } })
    item = await Item.findById(_id).lean()
    expect(item?.history.map((h) => [h.by, h.note])).toEqual([
      ['u3', 'positional'],
      ['u4', 'filtered']
    ])
    await Item.findByIdAndDelete(_id)
  })

  it('populates references, runs bulkWrite and iterates cursors', async () => {
    const Owner = db.model('Owner', new Schema({ name: String }))
    const Task = db.model('Task', new Schema({ title: String, owner: { type: Schema.Types.ObjectId, ref: 'Owner' } }))
    const owner = await Owner.create({ name: '张三' })
    await Task.insertMany([
      { title: 't1', owner: owner._id },
      { title: 't2', owner: owner._id }
    ])
    const task = await Task.findOne({ title: 't1' }).populate<{ owner: { name: string } }>('owner').lean()
    expect(task?.owner.name).toBe('张三')

    const res = await Task.bulkWrite([
      { updateOne: { filter: { title: 't1' }, update: { $set: { title: 't1b' } } } },
      { deleteOne: { filter: { title: 't2' } } },
      { insertOne: { document: { title: 't3' } } }
    ])
    expect(res).toMatchObject({ modifiedCount: 1, deletedCount: 1, insertedCount: 1 })

    const titles: string[] = []
    for await (const t of Task.find().sort({ title: 1 }).cursor({ batchSize: 1 })) titles.push(t.title as string)
    expect(titles).toEqual(['t1b', 't3'])
  })

  it('saves documents through the document API', async () => {
    const Item = itemModel(db)
    const doc = await Item.findOne({ title: '低保申请' })
    expect(doc).not.toBeNull()
    doc!.tags.push('新')
    doc!.views += 1
    await doc!.save()
    const reloaded = await Item.findById(doc!._id).lean()
    expect(reloaded?.tags).toContain('新')
    expect(reloaded?.views).toBe(6)
  })
})
