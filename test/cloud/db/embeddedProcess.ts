/**
 * A process of its own running the embedded database on DATA_DIR (for kill -9 tests): prints its
 * connection string as one line on stdout, then serves until it is killed.
 */
import { startEmbeddedMongo } from '../../../cloud/src/lib/embeddedMongo'

startEmbeddedMongo({ dataDir: process.env.DATA_DIR! })
  .then((server) => process.stdout.write(`${server.uri}\n`))
  .catch((err: unknown) => {
    console.error(err)
    process.exit(1)
  })
