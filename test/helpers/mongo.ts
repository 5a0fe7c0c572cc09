import { randomBytes } from 'node:crypto'
import { MongoClient } from 'mongodb'
import { startEmbeddedMongo } from '../../cloud/src/lib/embeddedMongo'

export interface TestMongo {
  /** Connection string including a database name of its own. */
  uri: string
  /** Drops the test database (external server) or stops the embedded server. */
  stop(): Promise<void>
}

/**
 * A MongoDB for one test file. With MONGODB_URI set, uses that server with a fresh database per call
 * (dropped again on stop); otherwise starts the embedded server in memory on a free port.
 */
export async function startTestMongo(): Promise<TestMongo> {
  const external = process.env.MONGODB_URI
  if (external) {
    const dbName = `xlb_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`
    const uri = withDatabase(external, dbName)
    return {
      uri,
      stop: async () => {
        const client = new MongoClient(uri)
        try {
          await client.db(dbName).dropDatabase()
        } finally {
          await client.close()
        }
      }
    }
  }

  const embedded = await startEmbeddedMongo({ dataDir: null, port: 0 })
  return { uri: withDatabase(embedded.uri, 'xlb_test'), stop: () => embedded.stop() }
}

/** The URI with its database path replaced (works for multi-host and +srv URIs). */
function withDatabase(uri: string, dbName: string): string {
  const queryAt = uri.indexOf('?')
  const base = queryAt === -1 ? uri : uri.slice(0, queryAt)
  const query = queryAt === -1 ? '' : uri.slice(queryAt)
  const pathAt = base.indexOf('/', base.indexOf('://') + 3)
  return `${pathAt === -1 ? base : base.slice(0, pathAt)}/${dbName}${query}`
}
