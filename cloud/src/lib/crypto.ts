import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto'

const VERSION = 'v1'

/**
 * Encrypts personal data (ID numbers, phones) for storage with AES-256-GCM.
 * Output: `v1:<base64 of iv(12) | tag(16) | ciphertext>`; a fresh IV every call.
 */
export function encryptField(plain: string, key: Buffer): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64')}`
}

/** Reverses encryptField; throws when the value was tampered with or the key is wrong. */
export function decryptField(stored: string, key: Buffer): string {
  const [version, payload] = stored.split(':', 2)
  if (version !== VERSION || !payload) throw new Error('unknown encrypted field format')
  const raw = Buffer.from(payload, 'base64')
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
