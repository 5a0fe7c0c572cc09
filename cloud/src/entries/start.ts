/**
 * `node dist/cloud/start.js`: what a container runs. Loads the server bundle through the V8 code
 * cache (see boot.ts) and starts it.
 */
import path from 'node:path'
import { loadBundle } from '../boot'

const server = loadBundle(path.join(__dirname, 'server.js')) as { serverMain(): void }
server.serverMain()
