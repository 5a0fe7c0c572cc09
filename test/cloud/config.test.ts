import { ConfigError, loadConfig } from '../../cloud/src/config/env'

const key = (fill: number) => Buffer.alloc(32, fill).toString('base64')

describe('loadConfig', () => {
  it('fills development defaults with labelled dev keys', () => {
    const c = loadConfig({})
    expect(c).toMatchObject({ nodeEnv: 'development', port: 3000, host: '0.0.0.0', mongodbUri: null, usingDevKeys: true })
    expect(c.keys.idEncryption).toHaveLength(32)
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
    for (const name of ['MONGODB_URI', 'ID_ENCRYPTION_KEY', 'ID_HASH_KEY', 'WECHAT_APPID', 'WECHAT_SECRET', 'WECHAT_PUSH_TOKEN']) {
      expect(message).toContain(name)
    }
  })

  it('starts in production when everything is set, with the real WeChat API', () => {
    const c = loadConfig({
      NODE_ENV: 'production',
      MONGODB_URI: 'mongodb://db:27017/xlb',
      ID_ENCRYPTION_KEY: key(1),
      ID_HASH_KEY: key(2),
      WECHAT_APPID: 'wx123',
      WECHAT_SECRET: 'sec',
      WECHAT_PUSH_TOKEN: 'prodPushToken1',
      TRUST_CLOUD_HOSTING_HEADERS: 'true'
    })
    expect(c.isProduction).toBe(true)
    expect(c.usingDevKeys).toBe(false)
    expect(c.wechat.apiBase).toBe('https://api.weixin.qq.com')
    expect(c.trustCloudHostingHeaders).toBe(true)
  })

  it('needs no secret in Cloud Hosting mode, which calls http://api.weixin.qq.com without a token', () => {
    const c = loadConfig({
      NODE_ENV: 'production',
      MONGODB_URI: 'mongodb://db:27017/xlb',
      ID_ENCRYPTION_KEY: key(1),
      ID_HASH_KEY: key(2),
      WECHAT_APPID: 'wx123',
      WECHAT_PUSH_TOKEN: 'prodPushToken1',
      WECHAT_MODE: 'cloudhosting'
    })
    expect(c.wechat.apiBase).toBe('http://api.weixin.qq.com')
  })

  it('rejects malformed values with the variable named', () => {
    expect(() => loadConfig({ ID_ENCRYPTION_KEY: 'c2hvcnQ=' })).toThrow(/ID_ENCRYPTION_KEY/)
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/)
    expect(() => loadConfig({ WECHAT_MODE: 'magic' })).toThrow(/WECHAT_MODE/)
    expect(() => loadConfig({ MONGODB_URI: 'postgres://x' })).toThrow(/MONGODB_URI/)
  })
})
