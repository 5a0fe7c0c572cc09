import { decryptField, encryptField, fieldKeyVersion, lookupHash, randomToken, sha256Hex, singleFieldKey } from '../../cloud/src/lib/crypto'

const key = singleFieldKey(Buffer.alloc(32, 7))

describe('field encryption', () => {
  it('round-trips and never repeats a ciphertext', () => {
    const a = encryptField('110105199001010123', key)
    const b = encryptField('110105199001010123', key)
    expect(a).not.toBe(b)
    expect(a).not.toContain('110105199001010123')
    expect(decryptField(a, key)).toBe('110105199001010123')
  })

  it('detects tampering and wrong keys', () => {
    const stored = encryptField('13800138000', key)
    const raw = Buffer.from(stored.slice(3), 'base64')
    raw[raw.length - 1]! ^= 1
    expect(() => decryptField(`v1:${raw.toString('base64')}`, key)).toThrow()
    expect(() => decryptField(stored, singleFieldKey(Buffer.alloc(32, 8)))).toThrow()
  })

  it('writes under the current key version and reads every loaded version', () => {
    const old = encryptField('13800138000', key)
    const ring = { current: 2, keys: new Map([[1, Buffer.alloc(32, 7)], [2, Buffer.alloc(32, 9)]]) }
    const fresh = encryptField('13900139000', ring)
    expect(fieldKeyVersion(old)).toBe(1)
    expect(fieldKeyVersion(fresh)).toBe(2)
    expect(decryptField(old, ring)).toBe('13800138000')
    expect(decryptField(fresh, ring)).toBe('13900139000')
    expect(() => decryptField(fresh, key)).toThrow('field key version 2 is not loaded')
    expect(fieldKeyVersion('{"id":1}')).toBeNull()
  })

  it('hashes equal values equally, per key', () => {
    const k = Buffer.alloc(32, 7)
    expect(lookupHash('x', k)).toBe(lookupHash('x', k))
    expect(lookupHash('x', k)).not.toBe(lookupHash('x', Buffer.alloc(32, 9)))
    expect(sha256Hex('abc')).toHaveLength(64)
    expect(randomToken()).toMatch(/^[A-Za-z0-9_-]{43}$/)
  })
})
