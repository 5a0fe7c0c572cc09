import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'

/** The types files are stored as, by extension. */
export const FILE_TYPES = {
  jpg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  pdf: 'application/pdf'
} as const
export type FileExt = keyof typeof FILE_TYPES

/**
 * Where uploaded files live: local disk for the demo and a single instance, or an S3-compatible
 * object store (Tencent COS speaks the S3 API) that every replica and WeChat can reach.
 */
export interface FileStorage {
  readonly kind: 'local' | 's3'
  /** Stores bytes under a new key `<prefix>/<yyyymm>/<random>.<ext>` (`at` picks the month) and returns the key. */
  put(prefix: string, data: Buffer, ext: FileExt, at: Date): Promise<string>
  /** The bytes under a key, or null when there are none. */
  get(key: string): Promise<Buffer | null>
  /**
   * An absolute URL anyone can GET for `ttlSeconds` without a session (WeChat's content checks
   * fetch the file through it): an S3 presigned URL, or this backend's `/api/files/…` with an HMAC.
   */
  signedUrl(key: string, ttlSeconds: number, now: Date): Promise<string>
  /**
   * Local disk only (an S3 store checks its own links): true when `signature` signs `key` until
   * `expires` (seconds) and that is still ahead of `now`.
   */
  verify?(key: string, expires: string, signature: string, now: Date): boolean
}

const KEY_FORMAT = /^[a-z0-9-]+\/[0-9]{6}\/[0-9a-f]{32}\.(jpg|png|webp|pdf)$/

/** True for a key this storage could have made (never a path outside its root). */
export function isStorageKey(key: string): boolean {
  return KEY_FORMAT.test(key)
}

/** The content type of a stored key, from its extension. */
export function contentTypeOf(key: string): string {
  const ext = key.slice(key.lastIndexOf('.') + 1) as FileExt
  return FILE_TYPES[ext] ?? 'application/octet-stream'
}

function newKey(prefix: string, ext: FileExt, at: Date): string {
  const month = `${at.getUTCFullYear()}${String(at.getUTCMonth() + 1).padStart(2, '0')}`
  const key = `${prefix}/${month}/${randomBytes(16).toString('hex')}.${ext}`
  if (!KEY_FORMAT.test(key)) throw new RangeError(`bad storage key ${key}`)
  return key
}

/** The path below `/api` that serves local files by signed URL. */
export const SIGNED_FILE_PATH = '/files'

export interface LocalDiskOptions {
  root: string
  /** The backend's absolute origin as WeChat reaches it, e.g. `https://xlb.example.cn`; read on every call. */
  publicBaseUrl: () => string | null
  /** Key of the URL signatures (HMAC-SHA256). */
  signingKey: Buffer
}

/**
 * Files on local disk under `root`. Keys are checked before use, so a key can never name a file
 * outside the root. A write goes to a temporary name first and is renamed, so a crash never leaves
 * half a file under a real key. Signed URLs point at this backend (`/api/files/<key>`).
 */
export function localDiskStorage(opts: LocalDiskOptions): FileStorage {
  const resolve = (key: string) => path.join(opts.root, ...key.split('/'))
  const sign = (key: string, expires: string) => createHmac('sha256', opts.signingKey).update(`${key}\n${expires}`).digest('hex')
  return {
    kind: 'local',
    async put(prefix, data, ext, at) {
      const key = newKey(prefix, ext, at)
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
    },
    async signedUrl(key, ttlSeconds, now) {
      const base = opts.publicBaseUrl()
      if (!base) throw new Error('PUBLIC_BASE_URL is not known: local files cannot be given an absolute URL')
      const expires = String(Math.floor(now.getTime() / 1000) + ttlSeconds)
      return `${base.replace(/\/+$/, '')}/api${SIGNED_FILE_PATH}/${key}?expires=${expires}&signature=${sign(key, expires)}`
    },
    verify(key, expires, signature, now) {
      if (!KEY_FORMAT.test(key) || !/^\d{1,12}$/.test(expires) || !/^[0-9a-f]{64}$/.test(signature)) return false
      if (Number(expires) * 1000 <= now.getTime()) return false
      return timingSafeEqual(Buffer.from(sign(key, expires)), Buffer.from(signature))
    }
  }
}

export interface S3Options {
  /** Empty for AWS itself; Tencent COS: `https://cos.<region>.myqcloud.com`. */
  endpoint: string | null
  region: string
  bucket: string
  accessKeyId: string
  secretAccessKey: string
  /** Path-style addressing (`<endpoint>/<bucket>/<key>`), for stores without virtual-host buckets. */
  forcePathStyle: boolean
}

/**
 * Files in an S3-compatible bucket through the official AWS SDK (loaded on first use, so a backend
 * on local disk never pays for it at start). Signed URLs are S3 presigned GETs.
 */
export function s3Storage(opts: S3Options): FileStorage {
  let sdk: Promise<{
    client: import('@aws-sdk/client-s3').S3Client
    s3: typeof import('@aws-sdk/client-s3')
    presign: typeof import('@aws-sdk/s3-request-presigner').getSignedUrl
  }> | null = null
  const load = () =>
    (sdk ??= (async () => {
      const s3 = await import('@aws-sdk/client-s3')
      const { getSignedUrl } = await import('@aws-sdk/s3-request-presigner')
      const client = new s3.S3Client({
        region: opts.region,
        ...(opts.endpoint ? { endpoint: opts.endpoint } : {}),
        forcePathStyle: opts.forcePathStyle,
        credentials: { accessKeyId: opts.accessKeyId, secretAccessKey: opts.secretAccessKey },
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED'
      })
      return { client, s3, presign: getSignedUrl }
    })())
  return {
    kind: 's3',
    async put(prefix, data, ext, at) {
      const key = newKey(prefix, ext, at)
      const { client, s3 } = await load()
      await client.send(new s3.PutObjectCommand({ Bucket: opts.bucket, Key: key, Body: data, ContentType: FILE_TYPES[ext] }))
      return key
    },
    async get(key) {
      if (!KEY_FORMAT.test(key)) return null
      const { client, s3 } = await load()
      try {
        const res = await client.send(new s3.GetObjectCommand({ Bucket: opts.bucket, Key: key }))
        return res.Body ? Buffer.from(await res.Body.transformToByteArray()) : null
      } catch (err) {
        const name = (err as { name?: string }).name
        if (name === 'NoSuchKey' || name === 'NotFound') return null
        throw err
      }
    },
    async signedUrl(key, ttlSeconds) {
      const { client, s3, presign } = await load()
      return presign(client, new s3.GetObjectCommand({ Bucket: opts.bucket, Key: key }), { expiresIn: ttlSeconds })
    }
  }
}

/** The image type of some bytes by their magic numbers: jpeg, png or webp; null for anything else. */
export function sniffImageType(data: Buffer): 'image/jpeg' | 'image/png' | 'image/webp' | null {
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg'
  if (data.length >= 8 && data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png'
  if (data.length >= 12 && data.toString('latin1', 0, 4) === 'RIFF' && data.toString('latin1', 8, 12) === 'WEBP') return 'image/webp'
  return null
}
