import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto'

/**
 * The keys of personal data at rest: the version new data is encrypted with, and every version that
 * can still be read (during a rotation, the old one too).
 */
export interface FieldKeys {
  current: number
  keys: ReadonlyMap<number, Buffer>
}

/** A key ring of one key, as version 1. */
export function singleFieldKey(key: Buffer): FieldKeys {
  return { current: 1, keys: new Map([[1, key]]) }
}

/**
 * Encrypts personal data (ID numbers, phones) for storage with AES-256-GCM under the current key.
 * Output: `v<key version>:<base64 of iv(12) | tag(16) | ciphertext>`; a fresh IV every call.
 */
export function encryptField(plain: string, ring: FieldKeys): string {
  const key = ring.keys.get(ring.current)
  if (!key) throw new Error(`field key version ${ring.current} is not loaded`)
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  return `v${ring.current}:${Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64')}`
}

/** The key version a stored value was encrypted under, or null when it is not an encrypted field. */
export function fieldKeyVersion(stored: string): number | null {
  const match = /^v(\d{1,6}):[A-Za-z0-9+/=]+$/.exec(stored)
  return match ? Number(match[1]) : null
}

/** Reverses encryptField with the key of the value's version; throws when tampered with or that key is not loaded. */
export function decryptField(stored: string, ring: FieldKeys): string {
  const version = fieldKeyVersion(stored)
  if (version === null) throw new Error('unknown encrypted field format')
  const key = ring.keys.get(version)
  if (!key) throw new Error(`field key version ${version} is not loaded`)
  const raw = Buffer.from(stored.slice(stored.indexOf(':') + 1), 'base64')
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12))
  decipher.setAuthTag(raw.subarray(12, 28))
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8')
}

/** Keyed look-up hash (HMAC-SHA256, hex) so equal ID numbers can be found without decrypting. */
export function lookupHash(value: string, key: Buffer): string {
  return createHmac('sha256', key).update(value, 'utf8').digest('hex')
}

/** SHA-256 hex digest, e.g. of a session token (only the digest is stored). */
export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex')
}

/** A random 32-byte secret as base64url (43 characters). */
export function randomToken(): string {
  return randomBytes(32).toString('base64url')
}
