import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { localDiskStorage, sniffImageType } from '../../../cloud/src/lib/storage'

describe('local disk storage', () => {
  let root: string
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'xlb-storage-'))
  })
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it('stores under a month folder and reads back; never resolves a key outside its root', async () => {
    const s = localDiskStorage(root)
    const key = await s.put('case-photos', Buffer.from('abc'), 'png', new Date('2025-03-03T01:00:00Z'))
    expect(key).toMatch(/^case-photos\/202503\/[0-9a-f]{32}\.png$/)
    expect((await s.get(key))!.toString()).toBe('abc')
    expect(await s.get('case-photos/202503/' + '0'.repeat(32) + '.png')).toBeNull()
    expect(await s.get('../../etc/passwd')).toBeNull()
  })

  it('recognises JPEG, PNG and WebP by their bytes only', () => {
    expect(sniffImageType(Buffer.from([0xff, 0xd8, 0xff, 0xdb, 0]))).toBe('image/jpeg')
    expect(sniffImageType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png')
    expect(sniffImageType(Buffer.from('RIFF\u0000\u0000\u0000\u0000WEBPVP8 ', 'latin1'))).toBe('image/webp')
    expect(sniffImageType(Buffer.from('GIF89a......'))).toBeNull()
    expect(sniffImageType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull()
  })
})
