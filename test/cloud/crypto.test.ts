import { decryptField, encryptField, lookupHash, randomToken, sha256Hex } from '../../cloud/src/lib/crypto'

const key = Buffer.alloc(32, 7)

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
    expect(() => decryptField(stored, Buffer.alloc(32, 8))).toThrow()
  })

  it('hashes equal values equally, per key', () => {
    expect(lookupHash('x', key)).toBe(lookupHash('x', key))
    expect(lookupHash('x', key)).not.toBe(lookupHash('x', Buffer.alloc(32, 9)))
    expect(sha256Hex('abc')).toHaveLength(64)
    expect(randomToken()).toMatch(/^[A-Za-z0-9_-]{43}$/)
  })
})
