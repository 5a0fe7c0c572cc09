/**
 * `dist/cloud/index.js`: a WeChat cloud function's entry (`exports.main`), the cloud-function bundle
 * loaded through the V8 code cache (see boot.ts).
 */
import path from 'node:path'
import { loadBundle } from '../boot'

const fn = loadBundle(path.join(__dirname, 'cloudfunction.js')) as { main: unknown }
export const main = fn.main
