/**
 * The embedded database's files: an append-only log of changes plus a snapshot it is compacted into.
 * Restarts (clean, after compaction, after kill -9, with a torn last record), the size of what one
 * write appends, and the migration of the previous one-file-per-collection format.
 */
import { spawn } from 'node:child_process'
import { appendFile, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { EJSON } from 'bson'
import { MongoClient, MongoServerError, ObjectId } from 'mongodb'
import { CongoServer, FileStorageAdapter } from '../../../cloud/vendor/congodb'

jest.setTimeout(60_000)

let dataDir: string

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'xlb-congo-log-'))
})
afterEach(() => rm(dataDir, { recursive: true, force: true }))

interface Running {
  client: MongoClient
  server: CongoServer
  storage: FileStorageAdapter
}

async function withServer<T>(fn: (r: Running) => Promise<T>, opts: { compactMinBytes?: number } = {}): Promise<T> {
  const server = new CongoServer({ port: 0, storage: 'file', storagePath: dataDir, ...opts })
  await server.start()
  const client = await MongoClient.connect(server.getConnectionUri())
  try {
    return await fn({ client, server, storage: server.getStorage() as FileStorageAdapter })
  } finally {
    await client.close()
    await server.stop()
  }
}

async function files(): Promise<Record<string, number>> {
  const out: Record<string, number> = {}
  for (const name of await readdir(dataDir)) out[name] = (await stat(path.join(dataDir, name))).size
  return out
}

const docOf = (i: number) => ({ i, name: `居民${i}`, at: new Date(1_700_000_000_000 + i), owner: new ObjectId() })

describe('log and snapshot', () => {
  it('keeps every insert, update and delete across restarts, in natural order', async () => {
    await withServer(async ({ client }) => {
      const c = client.db('app').collection('people')
      await c.insertMany(Array.from({ length: 50 }, (_, i) => docOf(i)))
      await c.updateMany({ i: { $lt: 10 } }, { $set: { tag: 'early' } })
      await c.deleteMany({ i: { $gte: 40 } })
    })
    await withServer(async ({ client }) => {
      const c = client.db('app').collection('people')
      expect(await c.countDocuments({})).toBe(40)
      expect(await c.countDocuments({ tag: 'early' })).toBe(10)
      const all = await c.find({}).toArray()
      expect(all.map((d) => d.i)).toEqual(Array.from({ length: 40 }, (_, i) => i))
      expect(all[3]!.at).toBeInstanceOf(Date)
      expect(all[3]!.owner).toBeInstanceOf(ObjectId)
      await c.insertOne(docOf(99))
    })
    await withServer(async ({ client }) => {
      expect(await client.db('app').collection('people').countDocuments({})).toBe(41)
    })
  })

  it('compacts the log into a snapshot once it outgrows it, without losing or resurrecting anything', async () => {
    await withServer(
      async ({ client, storage }) => {
        const db = client.db('app')
        await db.collection('people').createIndex({ name: 1 }, { unique: true })
        for (let i = 0; i < 300; i++) await db.collection('people').insertOne(docOf(i))
        await db.collection('people').deleteMany({ i: { $lt: 100 } })
        await db.collection('people').updateMany({ i: { $gte: 250 } }, { $set: { moved: true } })
        await db.collection('gone').insertOne({ x: 1 })
        await db.collection('gone').drop()
        await storage.compact()
        const stats = storage.getStats()
        expect(stats.compactions).toBeGreaterThanOrEqual(2)
        expect(stats.snapshotBytes).toBeGreaterThan(0)
        const names = Object.keys(await files())
        expect(names).toContain('snapshot.ejsonl')
        // Only the log of the current generation is left (it may be empty and not yet created)
        expect(names.filter((n) => n.startsWith('log.')).every((n) => n === `log.${stats.generation}.ejsonl`)).toBe(true)
        await db.collection('people').insertOne(docOf(1000))
      },
      { compactMinBytes: 4000 }
    )
    await withServer(async ({ client }) => {
      const db = client.db('app')
      const people = db.collection('people')
      expect(await people.countDocuments({})).toBe(201)
      expect(await people.countDocuments({ i: { $lt: 100 } })).toBe(0)
      expect(await people.countDocuments({ moved: true })).toBe(50)
      expect((await db.listCollections().toArray()).map((c) => c.name)).toEqual(['people'])
      const err = await people.insertOne({ name: '居民150' }).catch((e: unknown) => e)
      expect((err as MongoServerError).code).toBe(11000)
    })
  })

  it('appends the same few bytes for one write whether the collection has 10 or 5,000 documents', async () => {
    const appended: number[] = []
    await withServer(
      async ({ client, server }) => {
        const db = client.db('app')
        await db.collection('small').insertMany(Array.from({ length: 10 }, (_, i) => docOf(i)))
        await db.collection('large').insertMany(Array.from({ length: 5000 }, (_, i) => docOf(i)))
        for (const name of ['small', 'large']) {
          await server.flush()
          const before = await files()
          await db.collection(name).updateOne({ i: 7 }, { $set: { name: '王五' } })
          await server.flush()
          const after = await files()
          const changed = Object.keys(after).filter((f) => after[f] !== before[f])
          expect(changed).toEqual(['log.1.ejsonl'])
          appended.push(after['log.1.ejsonl']! - before['log.1.ejsonl']!)
        }
      },
      { compactMinBytes: 64 * 1024 * 1024 }
    )
    expect(appended[0]).toBeGreaterThan(0)
    expect(appended[0]).toBeLessThan(400)
    expect(appended[1]).toBe(appended[0])
  })

  it('starts after a torn last record, keeps every record before it and appends after it', async () => {
    await withServer(async ({ client }) => {
      await client.db('app').collection('people').insertMany(Array.from({ length: 20 }, (_, i) => docOf(i)))
    })
    const log = path.join(dataDir, 'log.1.ejsonl')
    const whole = (await stat(log)).size
    const record = (await readFile(log, 'utf8')).split('\n')[5]!
    await appendFile(log, record.slice(0, Math.floor(record.length / 2)))

    await withServer(async ({ client }) => {
      expect(await client.db('app').collection('people').countDocuments({})).toBe(20)
      expect((await stat(log)).size).toBe(whole)
      await client.db('app').collection('people').insertOne(docOf(20))
    })
    await appendFile(log, Buffer.alloc(300))
    await withServer(async ({ client }) => {
      expect(await client.db('app').collection('people').countDocuments({})).toBe(21)
    })
  })

  it('refuses to start on a damaged record before the end rather than drop what follows', async () => {
    await withServer(async ({ client }) => {
      await client.db('app').collection('people').insertMany(Array.from({ length: 5 }, (_, i) => docOf(i)))
    })
    const log = path.join(dataDir, 'log.1.ejsonl')
    const lines = (await readFile(log, 'utf8')).split('\n')
    lines[2] = lines[2]!.replace('居民', '居囻')
    await writeFile(log, lines.join('\n'))
    const server = new CongoServer({ port: 0, storage: 'file', storagePath: dataDir })
    await expect(server.start()).rejects.toThrow(/damaged/)
  })

  it('keeps every acknowledged write when the process is killed with SIGKILL', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'embeddedProcess.ts')], {
      cwd: path.join(__dirname, '../../..'),
      env: { ...process.env, DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'inherit']
    })
    const exited = new Promise((resolve) => child.on('exit', resolve))
    const uri = await new Promise<string>((resolve) => createInterface({ input: child.stdout! }).once('line', resolve))
    const client = await MongoClient.connect(uri)
    let acknowledged = 0
    const writer = (async () => {
      for (let i = 0; ; i++) {
        await client.db('app').collection('people').insertOne(docOf(i))
        acknowledged = i + 1
      }
    })()
    while (acknowledged < 300) await new Promise((r) => setTimeout(r, 5))
    child.kill('SIGKILL')
    await exited
    const seen = acknowledged
    await writer.catch(() => undefined)
    await client.close(true)

    await withServer(async ({ client: again }) => {
      const stored = await again.db('app').collection('people').find({}, { projection: { i: 1 } }).toArray()
      expect(stored.length).toBeGreaterThanOrEqual(seen)
      expect(stored.slice(0, seen).map((d) => d.i)).toEqual(Array.from({ length: seen }, (_, i) => i))
    })
  })

  it('migrates a data directory of the previous format (one EJSON file per collection), leaving other files alone', async () => {
    const _id = new ObjectId()
    await mkdir(path.join(dataDir, 'app'))
    await mkdir(path.join(dataDir, 'uploads', '202503'), { recursive: true })
    await writeFile(path.join(dataDir, 'uploads', '202503', 'photo.jpg'), 'jpeg bytes')
    await writeFile(
      path.join(dataDir, 'app', 'users.ejson'),
      EJSON.stringify(
        {
          format: 'congodb-ejson-1',
          collection: 'users',
          options: {},
          indexes: [{ v: 2, key: { _id: 1 }, name: '_id_' }, { v: 2, key: { phone: 1 }, name: 'phone_1', unique: true }],
          documents: [{ _id, phone: '13800000000', at: new Date(5) }]
        },
        { relaxed: false }
      )
    )
    await withServer(async ({ client }) => {
      const users = client.db('app').collection('users')
      const doc = await users.findOne({ _id })
      expect(doc!.at).toEqual(new Date(5))
      const err = await users.insertOne({ phone: '13800000000' }).catch((e: unknown) => e)
      expect((err as MongoServerError).code).toBe(11000)
    })
    expect(Object.keys(await files()).sort()).toEqual(['snapshot.ejsonl', 'uploads'])
    expect(await readFile(path.join(dataDir, 'uploads', '202503', 'photo.jpg'), 'utf8')).toBe('jpeg bytes')
    await withServer(async ({ client }) => {
      expect(await client.db('app').collection('users').countDocuments({})).toBe(1)
    })
  })
})
