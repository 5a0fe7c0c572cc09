import mongoose, { type Connection } from 'mongoose'

/** Opens a mongoose connection of its own (models are per connection, so apps can coexist). */
export async function connectDb(uri: string, dbName?: string): Promise<Connection> {
  return mongoose
    .createConnection(uri, { serverSelectionTimeoutMS: 10_000, ...(dbName ? { dbName } : {}) })
    .asPromise()
}
