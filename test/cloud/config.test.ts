import { ConfigError, loadConfig } from '../../cloud/src/config/env'
import { PRODUCTION_SECRETS } from './helpers/env'

describe('loadConfig', () => {
  it('fills development defaults with labelled dev keys', () => {
    const c = loadConfig({})
    expect(c).toMatchObject({ nodeEnv: 'development', port: 3000, host: '0.0.0.0', mongodbUri: null, usingDevKeys: true })
    expect(c.keys.idEncryption.current).toBe(1)
    expect(c.keys.idEncryption.keys.get(1)).toHaveLength(32)
    expect(c.keys.idHash).toHaveLength(32)
    expect(c.wechat.apiBase).toBeNull()
    expect(c.trustCloudHostingHeaders).toBe(false)
    expect(c.dataDir).toMatch(/\.data$/)
  })

  it('refuses to start in production without secrets and lists every one', () => {
    let err: unknown
    try {
      loadConfig({ NODE_ENV: 'production' })
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(ConfigError)
    const message = (err as Error).message
    for (const name of ['MONGODB_URI', 'ID_ENCRYPTION_KEY', 'ID_HASH_KEY', 'WECHAT_APPID', 'WECHAT_SECRET', 'WECHAT_PUSH_TOKEN', 'STORAGE']) {
      expect(message).toContain(name)
    }
  })

  it('starts in production when everything is set, with the real WeChat API', () => {
    const c = loadConfig({
      ...PRODUCTION_SECRETS,
      TRUST_CLOUD_HOSTING_HEADERS: 'true',
      STORAGE: 's3',
      S3_ENDPOINT: 'https://cos.ap-guangzhou.myqcloud.com',
      S3_REGION: 'ap-guangzhou',
      S3_BUCKET: 'xlb-1250000000',
      S3_ACCESS_KEY_ID: 'AKID',
      S3_SECRET_ACCESS_KEY: 'secret'
    })
    expect(c.isProduction).toBe(true)
    expect(c.storage).toMatchObject({ kind: 's3', bucket: 'xlb-1250000000', endpoint: 'https://cos.ap-guangzhou.myqcloud.com', forcePathStyle: false })
    expect(c.usingDevKeys).toBe(false)
    expect(c.wechat.apiBase).toBe('https://api.weixin.qq.com')
    expect(c.trustCloudHostingHeaders).toBe(true)
  })

  it('needs no secret in Cloud Hosting mode, which calls http://api.weixin.qq.com without a token', () => {
    const { WECHAT_SECRET: _noSecret, ...withoutSecret } = PRODUCTION_SECRETS
    const c = loadConfig({
      ...withoutSecret,
      WECHAT_MODE: 'cloudhosting',
      STORAGE: 'local',
      PUBLIC_BASE_URL: 'https://xlb.example.cn/'
    })
    expect(c.wechat.apiBase).toBe('http://api.weixin.qq.com')
    expect(c.storage).toEqual({ kind: 'local' })
    expect(c.publicBaseUrl).toBe('https://xlb.example.cn')
  })

  it('says what file storage still needs: a public address for local disk, the bucket settings for S3', () => {
    const base = PRODUCTION_SECRETS
    const problems = (env: Record<string, string>) => {
      try {
        loadConfig(env)
        return ''
      } catch (e) {
        return (e as Error).message
      }
    }
    expect(problems({ ...base, STORAGE: 'local' })).toContain('PUBLIC_BASE_URL')
    const s3 = problems({ ...base, STORAGE: 's3', S3_REGION: 'ap-guangzhou' })
    for (const name of ['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY']) expect(s3).toContain(name)
    expect(s3).not.toContain('S3_REGION')
    expect(problems({ ...base, STORAGE: 'disk' })).toContain('STORAGE 只能是 local 或 s3')
    expect(loadConfig({}).storage).toEqual({ kind: 'local' })
  })

  it('rejects malformed values with the variable named', () => {
    expect(() => loadConfig({ ID_ENCRYPTION_KEY: 'c2hvcnQ=' })).toThrow(/ID_ENCRYPTION_KEY/)
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/)
    expect(() => loadConfig({ WECHAT_MODE: 'magic' })).toThrow(/WECHAT_MODE/)
    expect(() => loadConfig({ MONGODB_URI: 'postgres://x' })).toThrow(/MONGODB_URI/)
    expect(() => loadConfig({ ID_ENCRYPTION_OLD_KEYS: 'c2hvcnQ=' })).toThrow(/ID_ENCRYPTION_OLD_KEYS 应是“版本号:base64 密钥”/)
    expect(() => loadConfig({ ID_ENCRYPTION_KEY_VERSION: '0' })).toThrow(/ID_ENCRYPTION_KEY_VERSION/)
  })

  it('loads a key ring for a rotation: the new key under its version and the old keys still read', () => {
    const oldKey = Buffer.alloc(32, 1).toString('base64')
    const newKey = Buffer.alloc(32, 2).toString('base64')
    const ring = loadConfig({ ID_ENCRYPTION_KEY: newKey, ID_ENCRYPTION_KEY_VERSION: '2', ID_ENCRYPTION_OLD_KEYS: `1:${oldKey}` }).keys.idEncryption
    expect(ring.current).toBe(2)
    expect(ring.keys.get(1)?.toString('base64')).toBe(oldKey)
    expect(ring.keys.get(2)?.toString('base64')).toBe(newKey)
  })
})
