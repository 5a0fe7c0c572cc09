import mongoose, { type Connection, type Model, type Types } from 'mongoose'

/**
 * Opens a mongoose connection of its own (models are per connection, so apps can coexist). Models do
 * not build their indexes on their own (`autoIndex: false`): ensureModelIndexes does, once, for all.
 */
export async function connectDb(uri: string, dbName?: string): Promise<Connection> {
  return mongoose
    .createConnection(uri, { serverSelectionTimeoutMS: 10_000, autoIndex: false, autoCreate: false, ...(dbName ? { dbName } : {}) })
    .asPromise()
}

const sameKeys = (a: Record<string, unknown>, b: Record<string, unknown>) => JSON.stringify(a) === JSON.stringify(b)

/**
 * Makes sure every index the models declare exists, asking each collection once and in parallel which
 * it has and creating only the missing ones — so a start against a database that has them (every start
 * but the first) costs one round trip per collection, not one per index.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function ensureModelIndexes(models: readonly Model<any>[]): Promise<void> {
  await Promise.all(
    models.map(async (model) => {
      const wanted = model.schema.indexes()
      if (!wanted.length) return
      let existing: { key: Record<string, unknown> }[] = []
      try {
        existing = (await model.collection.listIndexes().toArray()) as { key: Record<string, unknown> }[]
      } catch (err) {
        if ((err as { codeName?: string; code?: number }).code !== 26) throw err
      }
      const missing = wanted.filter(([keys]) => !existing.some((e) => sameKeys(e.key, keys)))
      if (missing.length) {
        await model.collection.createIndexes(missing.map(([key, options]) => ({ ...options, key }) as never))
      }
    })
  )
}

/**
 * Inserts a document exactly as the caller built it, through the driver: no mongoose document, casting,
 * defaults or validation — for hot paths whose documents are complete and typed (the model's schema
 * still gives the collection its indexes). A duplicate key throws the driver's E11000 error.
 */
export async function insertDocument<T>(model: Model<T>, doc: T & { _id: Types.ObjectId }): Promise<void> {
  await model.collection.insertOne(doc as never)
}
