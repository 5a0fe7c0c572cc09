import net from 'node:net'
import { MongoClient, MongoServerError, type Db } from 'mongodb'
import { CongoServer, CollectionLocks } from '../../../cloud/vendor/congodb'
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

async function serverError(promise: Promise<unknown>): Promise<MongoServerError> {
  const err = await promise.then(
    () => new Error('expected a server error'),
    (e: unknown) => e
  )
  expect(err).toBeInstanceOf(MongoServerError)
  return err as MongoServerError
}

describe('unsupported features answer with MongoDB errors', () => {
  it('rejects transactions like a standalone mongod', async () => {
    const session = client.startSession()
    try {
      const err = await serverError(
        session.withTransaction(async () => {
          await db.collection('tx').insertOne({ a: 1 }, { session })
        })
      )
      expect(err.code).toBe(20)
    } finally {
      await session.endSession()
    }
    expect(await db.collection('tx').countDocuments()).toBe(0)
  })

  it('rejects change streams', async () => {
    const stream = db.collection('events').watch()
    try {
      expect((await serverError(stream.next())).code).toBe(40573)
    } finally {
      await stream.close()
    }
  })

  it('rejects $text queries, text indexes and collations', async () => {
    await db.collection('docs').insertOne({ title: '低保' })
    expect((await serverError(db.collection('docs').find({ $text: { $search: '低保' } }).toArray())).code).toBe(27)
    expect((await serverError(db.collection('docs').createIndex({ title: 'text' }))).code).toBe(67)
    expect((await serverError(db.collection('docs').find({}, { collation: { locale: 'zh' } }).toArray())).code).toBe(2)
  })

  it('answers unknown commands with CommandNotFound', async () => {
    const err = await serverError(db.command({ frobnicate: 1 }))
    expect(err.code).toBe(59)
    expect(err.codeName).toBe('CommandNotFound')
  })
})

describe('wire protocol', () => {
  it('pages large results through getMore', async () => {
    const c = db.collection('many')
    await c.insertMany(Array.from({ length: 250 }, (_, i) => ({ i })))
    const all = await c.find({}, { batchSize: 20 }).sort({ i: -1 }).toArray()
    expect(all).toHaveLength(250)
    expect(all[0]?.i).toBe(249)
    expect(await c.find({ i: { $gte: 100 } }).skip(10).limit(120).toArray()).toHaveLength(120)
  })

  it('accepts unacknowledged writes without replying', async () => {
    const c = db.collection('fireAndForget')
    await c.insertOne({ k: 1 }, { writeConcern: { w: 0 } })
    await c.insertOne({ k: 2 })
    expect(await c.countDocuments()).toBe(2)
  })

  it('closes a connection that sends garbage and keeps serving others', async () => {
    const { port } = new URL(mongo.uri.replace('mongodb://', 'http://'))
    if (!process.env.MONGODB_URI) {
      await new Promise<void>((resolve) => {
        const socket = net.connect(Number(port), '127.0.0.1', () => {
          const header = Buffer.alloc(16)
          header.writeInt32LE(-5, 0)
          socket.write(header)
        })
        socket.on('close', () => resolve())
        socket.on('error', () => undefined)
      })
    }
    expect(await db.command({ ping: 1 })).toMatchObject({ ok: 1 })
  })
})

describe('server maintenance', () => {
  it('removes documents whose TTL date has passed', async () => {
    const server = new CongoServer({ port: 0, maintenanceIntervalMs: 50 })
    await server.start()
    const local = await MongoClient.connect(server.getConnectionUri())
    try {
      const sessions = local.db('app').collection('sessions')
      await sessions.createIndex({ expiresAt: 1 }, { expireAfterSeconds: 0 })
      await sessions.insertMany([
        { token: 'old', expiresAt: new Date(Date.now() - 1000) },
        { token: 'new', expiresAt: new Date(Date.now() + 3_600_000) },
        { token: 'none' }
      ])
      await new Promise((resolve) => setTimeout(resolve, 200))
      expect((await sessions.find().toArray()).map((s) => s.token).sort()).toEqual(['new', 'none'])
    } finally {
      await local.close()
      await server.stop()
    }
  })
})

describe('CollectionLocks', () => {
  const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

  it('runs tasks on the same namespace one at a time, others in parallel', async () => {
    const locks = new CollectionLocks()
    const log: string[] = []
    const task = (name: string, ms: number) => async () => {
      log.push(`${name}:start`)
      await tick(ms)
      log.push(`${name}:end`)
    }
    await Promise.all([
      locks.run(['db.a'], task('a1', 20)),
      locks.run(['db.a'], task('a2', 1)),
      locks.run(['db.b'], task('b1', 1))
    ])
    expect(log.indexOf('a1:end')).toBeLessThan(log.indexOf('a2:start'))
    expect(log.indexOf('b1:end')).toBeLessThan(log.indexOf('a1:end'))
  })

  it('takes several locks without deadlocking and releases them on failure', async () => {
    const locks = new CollectionLocks()
    const results = await Promise.allSettled([
      locks.run(['db.a', 'db.b'], async () => {
        await tick(5)
        throw new Error('boom')
      }),
      locks.run(['db.b', 'db.a'], async () => 'second')
    ])
    expect(results[0].status).toBe('rejected')
    expect(results[1]).toEqual({ status: 'fulfilled', value: 'second' })
    await expect(locks.run(['db.a'], async () => 'free')).resolves.toBe('free')
  })
})
