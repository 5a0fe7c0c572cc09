/** A base64 32-byte key filled with one byte value (distinct test keys). */
export const testKey = (fill: number) => Buffer.alloc(32, fill).toString('base64')

/** Every secret production needs, set (file storage is added per test). */
export const PRODUCTION_SECRETS = {
  NODE_ENV: 'production',
  MONGODB_URI: 'mongodb://db:27017/xlb',
  ID_ENCRYPTION_KEY: testKey(1),
  ID_HASH_KEY: testKey(2),
  WECHAT_APPID: 'wx123',
  WECHAT_SECRET: 'sec',
  WECHAT_PUSH_TOKEN: 'prodPushToken1'
} as const

/** A complete production environment on local disk. */
export const PRODUCTION_ENV = { ...PRODUCTION_SECRETS, STORAGE: 'local', PUBLIC_BASE_URL: 'https://xlb.example.cn' } as const
