import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { Binary, Decimal128, Long, MongoClient, MongoServerError, ObjectId } from 'mongodb'
import { startEmbeddedMongo, type EmbeddedMongo } from '../../../cloud/src/lib/embeddedMongo'

let dataDir: string

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'xlb-congo-'))
})
afterEach(() => rm(dataDir, { recursive: true, force: true }))

async function withServer<T>(fn: (client: MongoClient, server: EmbeddedMongo) => Promise<T>): Promise<T> {
  const server = await startEmbeddedMongo({ dataDir })
  const client = await MongoClient.connect(server.uri)
  try {
    return await fn(client, server)
  } finally {
    await client.close()
    await server.stop()
  }
}

describe('embedded server with a data directory', () => {
  it('keeps BSON types exactly across a restart', async () => {
    const _id = new ObjectId()
    const owner = new ObjectId()
    const at = new Date('2025-03-03T01:02:03.456Z')
    const original = {
      _id,
      owner,
      at,
      schedule: [
        { day: new Date('2025-03-04T00:00:00Z'), slots: [new Date('2025-03-04T01:00:00Z'), new Date('2025-03-04T02:00:00Z')] },
        { day: new Date('2025-03-05T00:00:00Z'), slots: [] }
      ],
      fee: Decimal128.fromString('12.50'),
      bigCount: Long.fromString('9007199254740993'),
      small: 42,
      ratio: 0.25,
      photo: new Binary(Buffer.from([1, 2, 3, 250])),
      text: '低保 dibao',
      nothing: null,
      nested: { deep: { flag: true, refs: [owner] } }
    }

    await withServer(async (client) => {
      await client.db('app').collection('cases').insertOne(original)
    })

    await withServer(async (client) => {
      const doc = await client.db('app').collection('cases').findOne({ _id })
      expect(doc).not.toBeNull()
      expect(doc!._id).toBeInstanceOf(ObjectId)
      expect(doc!._id.equals(_id)).toBe(true)
      expect(doc!.owner).toBeInstanceOf(ObjectId)
      expect(doc!.owner.equals(owner)).toBe(true)
      expect(doc!.at).toBeInstanceOf(Date)
      expect(doc!.at.getTime()).toBe(at.getTime())
      expect(doc!.schedule[0].day).toBeInstanceOf(Date)
      expect(doc!.schedule[0].slots[1]).toBeInstanceOf(Date)
      expect(doc!.schedule[0].slots[1].toISOString()).toBe('2025-03-04T02:00:00.000Z')
      expect(doc!.fee).toBeInstanceOf(Decimal128)
      expect(doc!.fee.toString()).toBe('12.50')
      expect(doc!.bigCount).toBeInstanceOf(Long)
      expect(doc!.bigCount.toString()).toBe('9007199254740993')
      expect(doc!.photo).toBeInstanceOf(Binary)
      expect(Array.from(doc!.photo.buffer)).toEqual([1, 2, 3, 250])
      expect(doc!.nested.deep.refs[0].equals(owner)).toBe(true)
      expect(doc).toEqual(original)
      expect(await client.db('app').collection('cases').countDocuments({ at: { $gte: new Date('2025-01-01') }, owner })).toBe(1)
    })
  })

  it('keeps index definitions and enforces them after a restart', async () => {
    await withServer(async (client) => {
      const users = client.db('app').collection('users')
      await users.createIndex({ phone: 1 }, { unique: true })
      await users.createIndex({ openid: 1 }, { unique: true, sparse: true })
      await users.createIndex({ slot: 1 }, { unique: true, partialFilterExpression: { status: 'booked' } })
      await users.createIndex({ expiresAt: 1 }, { expireAfterSeconds: 3600 })
      await users.insertOne({ phone: '13800000000' })
    })

    await withServer(async (client) => {
      const users = client.db('app').collection('users')
      const indexes = await users.indexes()
      expect(indexes.map((i) => i.name)).toEqual(['_id_', 'phone_1', 'openid_1', 'slot_1', 'expiresAt_1'])
      expect(indexes[2]).toMatchObject({ unique: true, sparse: true })
      expect(indexes[3]).toMatchObject({ unique: true, partialFilterExpression: { status: 'booked' } })
      expect(indexes[4]).toMatchObject({ expireAfterSeconds: 3600 })
      const err = await users.insertOne({ phone: '13800000000' }).catch((e: unknown) => e)
      expect(err).toBeInstanceOf(MongoServerError)
      expect((err as MongoServerError).code).toBe(11000)
    })
  })

  it('persists updates, deletes and dropped collections, leaving no temp files', async () => {
    await withServer(async (client) => {
      const db = client.db('app')
      await db.collection('a').insertMany([{ k: 1 }, { k: 2 }, { k: 3 }])
      await db.collection('a').updateOne({ k: 1 }, { $set: { k: 10 } })
      await db.collection('a').deleteOne({ k: 2 })
      await db.collection('gone').insertOne({ x: 1 })
      await db.collection('gone').drop()
      await client.db('scratch').collection('s').insertOne({ x: 1 })
      await client.db('scratch').dropDatabase()
    })

    expect((await readdir(dataDir)).sort()).toEqual(['log.1.ejsonl'])
    expect(await readFile(path.join(dataDir, 'log.1.ejsonl'), 'utf8')).toContain('"$oid"')

    await withServer(async (client) => {
      const docs = await client.db('app').collection('a').find({}, { projection: { _id: 0 } }).toArray()
      expect(docs).toEqual([{ k: 10 }, { k: 3 }])
      expect((await client.db('app').listCollections().toArray()).map((c) => c.name)).toEqual(['a'])
    })
  })

  it('refuses a second server on the same directory', async () => {
    const first = await startEmbeddedMongo({ dataDir })
    try {
      await expect(startEmbeddedMongo({ dataDir })).rejects.toThrow(/already open|in use/)
    } finally {
      await first.stop()
    }
    const again = await startEmbeddedMongo({ dataDir })
    await again.stop()
  })

  it('has an acknowledged write in the log before the reply, and on disk within the flush delay', async () => {
    await withServer(async (client) => {
      await client.db('app').collection('live').insertOne({ at: new Date(0) })
      const text = await readFile(path.join(dataDir, 'log.1.ejsonl'), 'utf8')
      expect(text).toContain('{"$date":{"$numberLong":"0"}}')
    })
  })

  it('only listens on loopback', async () => {
    await expect(startEmbeddedMongo({ host: '0.0.0.0' })).rejects.toThrow(/loopback/)
  })
})
