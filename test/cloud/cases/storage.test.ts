import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import S3rver from 's3rver'
import { localDiskStorage, s3Storage, sniffImageType } from '../../../cloud/src/lib/storage'

const AT = new Date('2025-03-03T01:00:00Z')
const key32 = Buffer.alloc(32, 7)

describe('local disk storage', () => {
  let root: string
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'xlb-storage-'))
  })
  afterAll(() => rmSync(root, { recursive: true, force: true }))
  const storage = (base: string | null = 'https://xlb.example.cn/') => localDiskStorage({ root, publicBaseUrl: () => base, signingKey: key32 })

  it('stores under a month folder and reads back; never resolves a key outside its root', async () => {
    const s = storage()
    const key = await s.put('case-photos', Buffer.from('abc'), 'png', AT)
    expect(key).toMatch(/^case-photos\/202503\/[0-9a-f]{32}\.png$/)
    expect((await s.get(key))!.toString()).toBe('abc')
    expect(await s.get('case-photos/202503/' + '0'.repeat(32) + '.png')).toBeNull()
    expect(await s.get('../../etc/passwd')).toBeNull()
  })

  it('signs absolute, expiring URLs and refuses a changed key, signature or an expired link', async () => {
    const s = storage()
    const key = await s.put('case-photos', Buffer.from('abc'), 'jpg', AT)
    const url = new URL(await s.signedUrl(key, 60, AT))
    expect(url.origin).toBe('https://xlb.example.cn')
    expect(url.pathname).toBe(`/api/files/${key}`)
    const expires = url.searchParams.get('expires')!
    const signature = url.searchParams.get('signature')!
    expect(s.verify!(key, expires, signature, AT)).toBe(true)
    expect(s.verify!(key, expires, signature, new Date(AT.getTime() + 61_000))).toBe(false)
    expect(s.verify!(key, String(Number(expires) + 3600), signature, AT)).toBe(false)
    expect(s.verify!(key.replace(/^case-photos/, 'case-photoz'), expires, signature, AT)).toBe(false)
    expect(s.verify!(key, expires, signature.replace(/.$/, (c) => (c === '0' ? '1' : '0')), AT)).toBe(false)
  })

  it('cannot make an absolute URL before it knows its public address', async () => {
    const s = storage(null)
    const key = await s.put('case-photos', Buffer.from('abc'), 'png', AT)
    await expect(s.signedUrl(key, 60, AT)).rejects.toThrow(/PUBLIC_BASE_URL/)
  })

  it('recognises JPEG, PNG and WebP by their bytes only', () => {
    expect(sniffImageType(Buffer.from([0xff, 0xd8, 0xff, 0xdb, 0]))).toBe('image/jpeg')
    expect(sniffImageType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png')
    expect(sniffImageType(Buffer.from('RIFF\u0000\u0000\u0000\u0000WEBPVP8 ', 'latin1'))).toBe('image/webp')
    expect(sniffImageType(Buffer.from('GIF89a......'))).toBeNull()
    expect(sniffImageType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull()
  })
})

/**
 * The S3 adapter against s3rver, an S3-compatible server on loopback speaking the S3 REST API
 * (path-style, SigV4 requests from the official AWS SDK). s3rver does not check presigned
 * signatures, so what is tested here is our side: keys, bytes, content types and URLs that work
 * without credentials.
 */
describe('S3-compatible storage', () => {
  let server: S3rver
  let endpoint: string
  let dir: string
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'xlb-s3-'))
    server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: dir, configureBuckets: [{ name: 'xlb-uploads', configs: [] }] })
    const { port } = await server.run()
    endpoint = `http://127.0.0.1:${port}`
  })
  afterAll(async () => {
    await server.close()
    rmSync(dir, { recursive: true, force: true })
  })
  const storage = () =>
    s3Storage({ endpoint, region: 'ap-guangzhou', bucket: 'xlb-uploads', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', forcePathStyle: true })

  it('stores and reads back bytes; an unknown key is null', async () => {
    const s = storage()
    const key = await s.put('case-photos', Buffer.from('png-bytes'), 'png', AT)
    expect(key).toMatch(/^case-photos\/202503\/[0-9a-f]{32}\.png$/)
    expect((await s.get(key))!.toString()).toBe('png-bytes')
    expect(await s.get('case-photos/202503/' + 'a'.repeat(32) + '.png')).toBeNull()
  })

  it('gives a presigned absolute URL that a client without credentials can fetch', async () => {
    const s = storage()
    const key = await s.put('case-photos', Buffer.from('for wechat'), 'jpg', AT)
    const url = await s.signedUrl(key, 600, AT)
    expect(url.startsWith(`${endpoint}/xlb-uploads/${key}?`)).toBe(true)
    expect(new URL(url).searchParams.get('X-Amz-Expires')).toBe('600')
    const res = await fetch(url)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/jpeg')
    expect(await res.text()).toBe('for wechat')
  })
})
