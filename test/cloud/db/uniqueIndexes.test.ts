import { MongoBulkWriteError, MongoClient, MongoServerError, ObjectId, type Collection, type Db } from 'mongodb'
import mongoose, { Schema } from 'mongoose'
import { startTestMongo, type TestMongo } from '../../helpers/mongo'

let mongo: TestMongo
let client: MongoClient
let db: Db

beforeAll(async () => {
  mongo = await startTestMongo()
  client = await MongoClient.connect(mongo.uri)
  db = client.db()
})
afterAll(async () => {
  await client.close()
  await mongo.stop()
})

async function rejection(promise: Promise<unknown>): Promise<MongoServerError> {
  try {
    await promise
  } catch (err) {
    expect(err).toBeInstanceOf(MongoServerError)
    return err as MongoServerError
  }
  throw new Error('expected the write to be rejected')
}

function expectDuplicate(err: MongoServerError, index: string, keyValue: Record<string, unknown>) {
  expect(err.code).toBe(11000)
  expect(err.message).toMatch(new RegExp(`^E11000 duplicate key error collection: ${db.databaseName}\\.\\w+ index: ${index} dup key: \\{ .+ \\}$`))
  expect(err.keyValue).toEqual(keyValue)
  expect(err.keyPattern).toEqual(Object.fromEntries(Object.keys(keyValue).map((k) => [k, 1])))
}

describe('unique index on every write path', () => {
  let users: Collection
  beforeAll(async () => {
    users = db.collection('users')
    await users.createIndex({ email: 1 }, { unique: true })
    await users.insertMany([{ email: 'a@x.cn', n: 1 }, { email: 'b@x.cn', n: 2 }])
  })

  it('rejects insertOne with the mongod message shape', async () => {
    const err = await rejection(users.insertOne({ email: 'a@x.cn' }))
    expectDuplicate(err, 'email_1', { email: 'a@x.cn' })
    expect(err.message).toBe(`E11000 duplicate key error collection: ${db.databaseName}.users index: email_1 dup key: { email: "a@x.cn" }`)
  })

  it('stops ordered insertMany at the duplicate and continues unordered ones', async () => {
    const ordered = await rejection(users.insertMany([{ email: 'c@x.cn' }, { email: 'a@x.cn' }, { email: 'd@x.cn' }]))
    expect(ordered).toBeInstanceOf(MongoBulkWriteError)
    expect(ordered.code).toBe(11000)
    expect((ordered as MongoBulkWriteError).insertedCount).toBe(1)
    expect(await users.countDocuments({ email: 'd@x.cn' })).toBe(0)

    const unordered = await rejection(users.insertMany([{ email: 'b@x.cn' }, { email: 'd@x.cn' }], { ordered: false }))
    expect((unordered as MongoBulkWriteError).insertedCount).toBe(1)
    expect(await users.countDocuments({ email: 'd@x.cn' })).toBe(1)
  })

  it('rejects updateOne, updateMany and replaceOne that would collide', async () => {
    expectDuplicate(await rejection(users.updateOne({ email: 'b@x.cn' }, { $set: { email: 'a@x.cn' } })), 'email_1', { email: 'a@x.cn' })
    expectDuplicate(await rejection(users.updateMany({ n: { $gte: 2 } }, { $set: { email: 'a@x.cn' } })), 'email_1', { email: 'a@x.cn' })
    expectDuplicate(await rejection(users.replaceOne({ email: 'b@x.cn' }, { email: 'a@x.cn' })), 'email_1', { email: 'a@x.cn' })
    expect(await users.countDocuments({ email: 'b@x.cn' })).toBe(1)
    const ok = await users.updateOne({ email: 'b@x.cn' }, { $set: { email: 'b@x.cn', n: 3 } })
    expect(ok.modifiedCount).toBe(1)
  })

  it('rejects an upsert that inserts a duplicate', async () => {
    const err = await rejection(users.updateOne({ n: 999 }, { $set: { email: 'a@x.cn' } }, { upsert: true }))
    expectDuplicate(err, 'email_1', { email: 'a@x.cn' })
    expect(await users.countDocuments({ n: 999 })).toBe(0)
  })

  it('answers findOneAndUpdate with a command error', async () => {
    expectDuplicate(await rejection(users.findOneAndUpdate({ email: 'b@x.cn' }, { $set: { email: 'a@x.cn' } })), 'email_1', { email: 'a@x.cn' })
    expectDuplicate(
      await rejection(users.findOneAndUpdate({ email: 'zz@x.cn' }, { $set: { n: 5 }, $setOnInsert: { email: 'a@x.cn' } }, { upsert: true })),
      'email_1',
      { email: 'a@x.cn' }
    )
    expectDuplicate(await rejection(users.findOneAndReplace({ email: 'b@x.cn' }, { email: 'a@x.cn' })), 'email_1', { email: 'a@x.cn' })
  })

  it('enforces the implicit _id index', async () => {
    const _id = new ObjectId()
    await users.insertOne({ _id, email: 'id@x.cn' })
    const err = await rejection(users.insertOne({ _id, email: 'other@x.cn' }))
    expect(err.code).toBe(11000)
    expect(err.keyValue).toEqual({ _id })
    expect(err.message).toContain(`index: _id_ dup key: { _id: ObjectId('${_id.toHexString()}') }`)
    await db.collection('strings').insertOne({ _id: 'k1' as unknown as ObjectId })
    expect((await rejection(db.collection('strings').insertOne({ _id: 'k1' as unknown as ObjectId }))).code).toBe(11000)
  })

  it('frees the key when the holder is deleted', async () => {
    await users.deleteOne({ email: 'd@x.cn' })
    await users.insertOne({ email: 'd@x.cn' })
    expect(await users.countDocuments({ email: 'd@x.cn' })).toBe(1)
  })

  it('refuses to build a unique index over existing duplicates', async () => {
    const dupes = db.collection('dupes')
    await dupes.insertMany([{ code: 'x' }, { code: 'x' }])
    const err = await rejection(dupes.createIndex({ code: 1 }, { unique: true }))
    expect(err.code).toBe(11000)
    expect(err.keyValue).toEqual({ code: 'x' })
    expect((await dupes.indexes()).map((i) => i.name)).toEqual(['_id_'])
    await dupes.insertOne({ code: 'x' })
  })
})

describe('sparse, partial and compound unique indexes', () => {
  it('lets documents without the field coexist under a sparse index', async () => {
    const c = db.collection('sparse')
    await c.createIndex({ openid: 1 }, { unique: true, sparse: true })
    await c.insertMany([{ name: 'a' }, { name: 'b' }, { openid: 'o1' }])
    expectDuplicate(await rejection(c.insertOne({ openid: 'o1' })), 'openid_1', { openid: 'o1' })
    await c.insertOne({ openid: null })
    expectDuplicate(await rejection(c.insertOne({ openid: null })), 'openid_1', { openid: null })
  })

  it('treats missing fields as null under a non-sparse index', async () => {
    const c = db.collection('nonSparse')
    await c.createIndex({ phone: 1 }, { unique: true })
    await c.insertOne({ name: 'a' })
    expectDuplicate(await rejection(c.insertOne({ name: 'b' })), 'phone_1', { phone: null })
  })

  it('only constrains documents matching partialFilterExpression', async () => {
    const c = db.collection('partial')
    await c.createIndex({ slot: 1 }, { unique: true, partialFilterExpression: { status: 'booked' }, name: 'one_booking_per_slot' })
    await c.insertMany([
      { slot: 's1', status: 'cancelled' },
      { slot: 's1', status: 'cancelled' },
      { slot: 's1', status: 'booked' }
    ])
    expectDuplicate(await rejection(c.insertOne({ slot: 's1', status: 'booked' })), 'one_booking_per_slot', { slot: 's1' })
    expectDuplicate(
      await rejection(c.updateOne({ status: 'cancelled' }, { $set: { status: 'booked' } })),
      'one_booking_per_slot',
      { slot: 's1' }
    )
    await c.updateOne({ status: 'booked' }, { $set: { status: 'cancelled' } })
    await c.updateOne({ status: 'cancelled' }, { $set: { status: 'booked' } })
    expect(await c.countDocuments({ status: 'booked' })).toBe(1)
    const [, spec] = await c.indexes()
    expect(spec).toMatchObject({ name: 'one_booking_per_slot', unique: true, partialFilterExpression: { status: 'booked' } })
  })

  it('compares compound keys as a whole', async () => {
    const c = db.collection('compound')
    await c.createIndex({ township: 1, code: 1 }, { unique: true })
    const t1 = new ObjectId()
    const t2 = new ObjectId()
    await c.insertMany([{ township: t1, code: 'A' }, { township: t2, code: 'A' }, { township: t1, code: 'B' }])
    const err = await rejection(c.insertOne({ township: t1, code: 'A' }))
    expectDuplicate(err, 'township_1_code_1', { township: t1, code: 'A' })
    expect(err.message).toContain(`dup key: { township: ObjectId('${t1.toHexString()}'), code: "A" }`)
  })

  it('treats each array element as a key (multikey)', async () => {
    const c = db.collection('multikey')
    await c.createIndex({ aliases: 1 }, { unique: true })
    await c.insertOne({ aliases: ['dibao', 'db'] })
    await c.insertOne({ aliases: ['yiliao', 'yl'] })
    expectDuplicate(await rejection(c.insertOne({ aliases: ['x', 'db'] })), 'aliases_1', { aliases: 'db' })
  })

  it('raises MongoServerError 11000 through mongoose', async () => {
    const conn = await mongoose.createConnection(mongo.uri).asPromise()
    try {
      const Account = conn.model('Account', new Schema({ phone: { type: String, required: true, unique: true }, name: String }))
      await Account.init()
      await Account.create({ phone: '13800000000', name: 'a' })
      const err = await Account.create({ phone: '13800000000', name: 'b' }).catch((e: unknown) => e)
      expect(err).toBeInstanceOf(mongoose.mongo.MongoServerError)
      expect((err as MongoServerError).code).toBe(11000)
      expect((err as MongoServerError).keyValue).toEqual({ phone: '13800000000' })
      const upd = await Account.findOneAndUpdate({ name: 'c' }, { $set: { phone: '13800000000' } }, { upsert: true, new: true }).catch((e: unknown) => e)
      expect((upd as MongoServerError).code).toBe(11000)
      expect(await Account.countDocuments()).toBe(1)
    } finally {
      await conn.close()
    }
  })
})
