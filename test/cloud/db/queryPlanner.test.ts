/**
 * The embedded database answers queries from indexes (equality, $in, ranges, compound prefixes,
 * $or, sorts on indexed fields): the answers must be those of the plain path — every document
 * filtered with mingo, then sorted — whatever the documents, indexes, writes and queries.
 */
import fc from 'fast-check'
import { ObjectId } from 'bson'
import { MemoryStorageAdapter, QueryEngine } from '../../../cloud/vendor/congodb'
import type { Document, IStoredDocument } from '../../../cloud/vendor/congodb'
import { compareValues, getPathValues } from '../../../cloud/vendor/congodb/engine/BsonValues'
import { IndexEngine } from '../../../cloud/vendor/congodb/engine/IndexEngine'
import { runQuery } from '../../../cloud/vendor/congodb/engine/QueryPlanner'

const DATES = [0, 1, 2, 3, 4].map((d) => new Date(Date.UTC(2025, 0, 1 + d)))
const OIDS = [1, 2, 3, 4].map((n) => new ObjectId(n.toString(16).padStart(24, '0')))

const scalar = fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constantFrom('x', 'y', 'z'))
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 4 })

const docArb = fc.record(
  {
    a: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constant(null), fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 3 })),
    b: fc.constantFrom('x', 'y', 'z'),
    c: fc.constantFrom(...DATES),
    d: fc.record({ e: fc.integer({ min: 0, max: 3 }) }),
    o: fc.constantFrom(...OIDS),
    t: scalar,
    tags: fc.array(fc.record({ k: fc.constantFrom('p', 'q'), at: fc.constantFrom(...DATES) }), { maxLength: 2 })
  },
  { requiredKeys: ['b'] }
)

const INDEXES: Document[] = [
  { key: { a: 1 }, name: 'a_1' },
  { key: { a: 1, b: -1 }, name: 'a_1_b_-1' },
  { key: { b: 1, c: 1, 'd.e': -1 }, name: 'b_c_de' },
  { key: { c: -1 }, name: 'c_-1' },
  { key: { o: 1, c: -1 }, name: 'o_c' },
  { key: { t: 1 }, name: 't_1', sparse: true },
  { key: { 'tags.at': 1 }, name: 'tags_at', sparse: true },
  { key: { 'd.e': 1 }, name: 'de_partial', partialFilterExpression: { b: 'x' } }
]

const FIELDS = ['a', 'b', 'c', 'd.e', 'o', 't', '_id'] as const
const valueFor = (field: string): fc.Arbitrary<unknown> =>
  field === 'b' ? fc.constantFrom('x', 'y', 'z', 'w') : field === 'c' ? fc.constantFrom(...DATES) : field === 'o' ? fc.constantFrom(...OIDS) : field === 't' ? scalar : fc.integer({ min: -1, max: 6 })

const conditionArb: fc.Arbitrary<Document> = fc.constantFrom(...FIELDS.filter((f) => f !== '_id')).chain((field) =>
  fc.oneof(
    valueFor(field).map((v) => ({ [field]: v })),
    valueFor(field).map((v) => ({ [field]: { $eq: v } })),
    fc.array(valueFor(field), { maxLength: 3 }).map((vs) => ({ [field]: { $in: vs } })),
    fc.tuple(fc.constantFrom('$gt', '$gte', '$lt', '$lte'), valueFor(field)).map(([op, v]) => ({ [field]: { [op]: v } })),
    fc.tuple(valueFor(field), valueFor(field)).map(([lo, hi]) => ({ [field]: { $gte: lo, $lt: hi } })),
    valueFor(field).map((v) => ({ [field]: { $ne: v } })),
    fc.boolean().map((v) => ({ [field]: { $exists: v } })),
    fc.constantFrom(...DATES).map((v) => ({ tags: { $elemMatch: { at: { $lte: v } } } }))
  )
)

const filterArb: fc.Arbitrary<Document> = fc.oneof(
  { weight: 4, arbitrary: fc.array(conditionArb, { maxLength: 3 }).map((cs) => Object.assign({}, ...cs) as Document) },
  { weight: 2, arbitrary: fc.tuple(fc.array(conditionArb, { minLength: 1, maxLength: 3 }), optional(conditionArb)).map(([branches, rest]) => ({ $or: branches, ...(rest ?? {}) })) },
  { weight: 1, arbitrary: fc.array(conditionArb, { minLength: 1, maxLength: 3 }).map((cs) => ({ $and: cs })) }
)

const sortArb = fc.option(
  fc.uniqueArray(fc.tuple(fc.constantFrom(...FIELDS), fc.constantFrom(1, -1)), { minLength: 1, maxLength: 2, selector: ([f]) => f }).map((pairs) => Object.fromEntries(pairs) as Record<string, 1 | -1>),
  { nil: undefined }
)

const queryArb = fc.record({ filter: filterArb, sort: sortArb, skip: fc.integer({ min: 0, max: 3 }), limit: fc.integer({ min: 0, max: 5 }) })

type Query = { filter: Document; sort: Record<string, 1 | -1> | undefined; skip: number; limit: number }

/** The plain path: scan, filter, stable sort, slice. */
function reference(all: IStoredDocument[], q: Query): IStoredDocument[] {
  let docs = QueryEngine.filter(all, q.filter)
  if (q.sort) docs = QueryEngine.sort(docs, q.sort)
  return docs.slice(q.skip, q.limit > 0 ? q.skip + q.limit : undefined)
}

function sortKeys(doc: Document, sort: Record<string, 1 | -1>): unknown[] {
  return Object.entries(sort).map(([field, dir]) => {
    const values = getPathValues(doc, field)
    const best = values.reduce((m, v) => (dir > 0 ? (compareValues(v, m) < 0 ? v : m) : compareValues(v, m) > 0 ? v : m), values[0])
    return Array.isArray(best) ? undefined : best
  })
}

function expectSame(actual: IStoredDocument[], expected: IStoredDocument[], q: Query): void {
  const ids = (docs: IStoredDocument[]) => docs.map((d) => String(d._id))
  if (!q.sort) {
    expect(ids(actual)).toEqual(ids(expected))
    return
  }
  // Ties may come in another order: same sort keys in the same order, every document a match
  expect(actual.map((d) => sortKeys(d, q.sort!).map((v) => (v === undefined ? null : v)))).toEqual(expected.map((d) => sortKeys(d, q.sort!).map((v) => (v === undefined ? null : v))))
  for (const doc of actual) expect(QueryEngine.matches(doc, q.filter)).toBe(true)
  if (q.skip === 0 && q.limit === 0) expect(ids(actual).sort()).toEqual(ids(expected).sort())
}

describe('queries answered from indexes', () => {
  it('give the same answers as scanning, before and after writes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(docArb, { maxLength: 60 }),
        fc.array(fc.tuple(fc.nat(), fc.option(docArb, { nil: null })), { maxLength: 20 }),
        fc.array(queryArb, { minLength: 1, maxLength: 6 }),
        async (docs, writes, queries) => {
          const storage = new MemoryStorageAdapter()
          await storage.createCollection('db', 'c')
          for (const spec of INDEXES) await storage.saveIndex('db', 'c', spec as never)
          for (const doc of docs) await storage.insertOne('db', 'c', { ...doc })
          const check = async () => {
            const all = await storage.findAll('db', 'c')
            for (const q of queries) expectSame(await storage.query('db', 'c', q.filter, q), reference(all, q), q)
          }
          await check()
          for (const [pick, replacement] of writes) {
            const all = await storage.findAll('db', 'c')
            const target = all[pick % Math.max(1, all.length)]
            if (!target) break
            if (replacement) await storage.updateById('db', 'c', target._id, { _id: target._id, ...replacement })
            else await storage.deleteById('db', 'c', target._id)
          }
          await storage.insertOne('db', 'c', { b: 'x', a: 3, c: DATES[2], d: { e: 1 } })
          await check()
        }
      ),
      { numRuns: 300 }
    )
  })

  it('reads only the documents the chosen index points at', () => {
    const documents = new Map<string, IStoredDocument>()
    const indexes = new IndexEngine('db', 'c', () => documents.values())
    indexes.createIndex({ key: { owner: 1, at: -1 }, name: 'owner_at' })
    indexes.createIndex({ key: { status: 1, due: 1 }, name: 'status_due' })
    for (let i = 0; i < 5000; i++) {
      const doc: IStoredDocument = { _id: i, owner: i % 500, status: i % 50 === 0 ? 'open' : 'closed', due: new Date(i * 1000), at: new Date(i * 60_000) }
      indexes.onInsert(doc)
      documents.set(`n${i}`, doc)
    }
    let reads = 0
    const counting = { get: (id: string) => (reads++, documents.get(id)), get size() { return documents.size }, values: () => documents.values() }
    const view = { documents: counting as unknown as Map<string, IStoredDocument>, indexes: indexes.plannable(), position: (id: string) => Number(id.slice(1)) }

    const mine = runQuery(view, { $or: [{ owner: 7 }, { owner: 8 }] }, { sort: { at: -1 }, limit: 5 })
    expect(mine.map((d) => d._id)).toEqual([4508, 4507, 4008, 4007, 3508])
    expect(reads).toBe(20)

    reads = 0
    const due = runQuery(view, { status: 'open', due: { $lt: new Date(1_000_000) } }, { sort: { due: 1 }, limit: 3 })
    expect(due.map((d) => d._id)).toEqual([0, 50, 100])
    expect(reads).toBe(3)

    reads = 0
    expect(runQuery(view, { owner: { $in: [] } })).toEqual([])
    expect(reads).toBe(0)
  })
})
