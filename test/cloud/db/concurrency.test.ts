import { MongoClient, MongoServerError, ObjectId, type Db } from 'mongodb'
import { startTestMongo, type TestMongo } from '../../helpers/mongo'

let mongo: TestMongo
let clients: MongoClient[]
let dbs: Db[]

beforeAll(async () => {
  mongo = await startTestMongo()
  clients = await Promise.all(Array.from({ length: 4 }, () => MongoClient.connect(mongo.uri, { maxPoolSize: 40 })))
  dbs = clients.map((c) => c.db())
})
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()))
  await mongo.stop()
})

/** The collection on the i-th client, so requests arrive over many sockets. */
function coll(i: number, name: string) {
  return dbs[i % dbs.length]!.collection(name)
}

function settle<T>(n: number, run: (i: number) => Promise<T>) {
  return Promise.allSettled(Array.from({ length: n }, (_, i) => run(i)))
}

describe('concurrent writes from many connections', () => {
  it('lets exactly one of many duplicate inserts win', async () => {
    await coll(0, 'signups').createIndex({ phone: 1 }, { unique: true })
    const results = await settle(120, (i) => coll(i, 'signups').insertOne({ phone: '13800000000', attempt: i }))
    const won = results.filter((r) => r.status === 'fulfilled')
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected')
    expect(won).toHaveLength(1)
    expect(lost).toHaveLength(119)
    expect(lost.every((r) => r.reason instanceof MongoServerError && r.reason.code === 11000)).toBe(true)
    expect(await coll(1, 'signups').countDocuments()).toBe(1)
  })

  it('never overshoots a conditional $inc', async () => {
    const _id = new ObjectId()
    await coll(0, 'slots').insertOne({ _id, n: 0 })
    const results = await settle(300, (i) =>
      coll(i, 'slots').findOneAndUpdate({ _id, n: { $lt: 10 } }, { $inc: { n: 1 } }, { returnDocument: 'after' })
    )
    const values = results.map((r) => (r.status === 'fulfilled' ? r.value : 'error'))
    expect(values.filter((v) => v === 'error')).toHaveLength(0)
    const successes = values.filter((v) => v !== null)
    expect(successes).toHaveLength(10)
    expect(successes.map((v) => (v as unknown as { n: number }).n).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect(await coll(2, 'slots').findOne({ _id })).toEqual({ _id, n: 10 })

    const more = await settle(100, (i) => coll(i, 'slots').updateOne({ _id, n: { $lt: 15 } }, { $inc: { n: 1 } }))
    const modified = more.reduce((sum, r) => sum + (r.status === 'fulfilled' ? r.value.modifiedCount : 0), 0)
    expect(modified).toBe(5)
    expect((await coll(3, 'slots').findOne({ _id }))?.n).toBe(15)
  })

  it('creates exactly one document in an upsert race (no unique index needed)', async () => {
    const results = await settle(60, (i) =>
      coll(i, 'counters').updateOne({ key: 'visits' }, { $inc: { hits: 1 }, $setOnInsert: { createdBy: i } }, { upsert: true })
    )
    expect(results.every((r) => r.status === 'fulfilled')).toBe(true)
    const upserts = results.filter((r) => r.status === 'fulfilled' && r.value.upsertedCount === 1)
    expect(upserts).toHaveLength(1)
    const docs = await coll(0, 'counters').find({ key: 'visits' }).toArray()
    expect(docs).toHaveLength(1)
    expect(docs[0]?.hits).toBe(60)

    const fam = await settle(60, (i) =>
      coll(i, 'counters').findOneAndUpdate({ key: 'fam' }, { $inc: { hits: 1 } }, { upsert: true, returnDocument: 'after' })
    )
    expect(fam.every((r) => r.status === 'fulfilled')).toBe(true)
    expect(await coll(1, 'counters').countDocuments({ key: 'fam' })).toBe(1)
    expect((await coll(1, 'counters').findOne({ key: 'fam' }))?.hits).toBe(60)
  })

  it('keeps a unique index consistent when upserts and inserts race', async () => {
    await coll(0, 'handles').createIndex({ handle: 1 }, { unique: true })
    const results = await settle<unknown>(90, (i) =>
      i % 2 === 0
        ? coll(i, 'handles').updateOne({ owner: i }, { $set: { handle: 'taken' } }, { upsert: true })
        : coll(i, 'handles').insertOne({ owner: i, handle: 'taken' })
    )
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const failures = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected')
    expect(failures.every((r) => (r.reason as MongoServerError).code === 11000)).toBe(true)
    expect(await coll(2, 'handles').countDocuments({ handle: 'taken' })).toBe(1)
  })
})
