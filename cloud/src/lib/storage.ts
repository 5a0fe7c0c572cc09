import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { randomBytes } from 'node:crypto'

/** Where uploaded files live: local disk in development and tests, a cloud object store later. */
export interface FileStorage {
  /** Stores bytes under a new key (`at` picks the month folder) and returns the key. */
  put(prefix: string, data: Buffer, ext: string, at: Date): Promise<string>
  /** The bytes under a key, or null when there are none. */
  get(key: string): Promise<Buffer | null>
}

const KEY_FORMAT = /^[a-z0-9-]+\/[0-9]{6}\/[0-9a-f]{32}\.[a-z]{3,4}$/

/**
 * Files on local disk under `root` (`<DATA_DIR>/uploads`). Keys are `<prefix>/<yyyymm>/<random>.<ext>`
 * and are checked before use, so a key can never name a file outside the root. A write goes to a
 * temporary name first and is renamed, so a crash never leaves half a file under a real key.
 */
export function localDiskStorage(root: string): FileStorage {
  const resolve = (key: string) => path.join(root, ...key.split('/'))
  return {
    async put(prefix, data, ext, d) {
      const month = `${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, '0')}`
      const key = `${prefix}/${month}/${randomBytes(16).toString('hex')}.${ext}`
      if (!KEY_FORMAT.test(key)) throw new RangeError(`bad storage key ${key}`)
      const file = resolve(key)
      await mkdir(path.dirname(file), { recursive: true })
      const tmp = `${file}.${randomBytes(4).toString('hex')}.tmp`
      await writeFile(tmp, data)
      await rename(tmp, file)
      return key
    },
    async get(key) {
      if (!KEY_FORMAT.test(key)) return null
      try {
        return await readFile(resolve(key))
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
        throw err
      }
    }
  }
}

const storages = new Map<string, FileStorage>()

/** The storage of a data directory (one instance per directory). */
export function storageFor(dataDir: string): FileStorage {
  const root = path.join(dataDir, 'uploads')
  let s = storages.get(root)
  if (!s) {
    s = localDiskStorage(root)
    storages.set(root, s)
  }
  return s
}

/** The image type of some bytes by their magic numbers: jpeg, png or webp; null for anything else. */
export function sniffImageType(data: Buffer): 'image/jpeg' | 'image/png' | 'image/webp' | null {
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg'
  if (data.length >= 8 && data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png'
  if (data.length >= 12 && data.toString('latin1', 0, 4) === 'RIFF' && data.toString('latin1', 8, 12) === 'WEBP') return 'image/webp'
  return null
}
