import { createHmac } from 'node:crypto'
import path from 'node:path'
import * as z from '../../../src/shared/zod'
import { NOTICE_TEMPLATE_KEYS, type NoticeTemplateKey } from '../../../src/shared/notices'
import { DEFAULT_CASE_DEADLINES, type CaseType } from '../../../src/shared/cases'
import type { FieldKeys } from '../lib/crypto'

/**
 * Fixed keys for development and tests only. They are public (they are in the source), so
 * production refuses to start without its own ID_ENCRYPTION_KEY and ID_HASH_KEY.
 */
const DEV_ID_ENCRYPTION_KEY = Buffer.from('DEV-ONLY id encryption key 32 b!', 'utf8').toString('base64')
const DEV_ID_HASH_KEY = Buffer.from('DEV-ONLY id look-up hash key 32!', 'utf8').toString('base64')
const DEV_WECHAT_APPID = 'wx-dev-appid'
const DEV_WECHAT_SECRET = 'dev-secret-not-for-production'
/** Development-only 消息推送 token (public, in the source): production must set WECHAT_PUSH_TOKEN. */
const DEV_WECHAT_PUSH_TOKEN = 'DevOnlyPushTokenNotForProduction'

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const
const WECHAT_MODES = ['token', 'cloudhosting'] as const
export type WechatMode = (typeof WECHAT_MODES)[number]
const MINIPROGRAM_STATES = ['developer', 'trial', 'formal'] as const
export type MiniprogramState = (typeof MINIPROGRAM_STATES)[number]
export type NodeEnv = 'development' | 'test' | 'production'

const optionalString = z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.optional(z.string().check(z.trim())))

const boolFlag = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim().toLowerCase() : v),
  z.optional(z.enum(['', 'true', 'false', '1', '0', 'yes', 'no']))
)

const base64Key = (name: string) =>
  optionalString.check(z.refine((v) => v === undefined || Buffer.from(v, 'base64').length === 32, {
    error: `${name} 必须是 base64 编码的 32 字节密钥（可用 \`openssl rand -base64 32\` 生成）`
  }))

/**
 * Keys still read during a rotation: `<version>:<base64 key>` pairs separated by commas
 * (`1:abc…=,2:def…=`), each 32 bytes.
 */
const oldKeysVar = optionalString.check(
  z.refine((v) => v === undefined || v.split(',').every((pair) => /^\d{1,6}:/.test(pair.trim()) && Buffer.from(pair.trim().replace(/^\d+:/, ''), 'base64').length === 32), {
    error: 'ID_ENCRYPTION_OLD_KEYS 应是“版本号:base64 密钥”，多个用英文逗号分隔，例如 1:xxxx=,2:yyyy=（每个密钥 32 字节）'
  })
)

/** The field key ring: the current key under its version, and the old keys still read. */
function fieldKeys(e: { ID_ENCRYPTION_KEY?: string; ID_ENCRYPTION_KEY_VERSION: number; ID_ENCRYPTION_OLD_KEYS?: string }): FieldKeys {
  const keys = new Map<number, Buffer>()
  for (const pair of e.ID_ENCRYPTION_OLD_KEYS?.split(',') ?? []) {
    const [version, key] = pair.trim().split(':', 2) as [string, string]
    keys.set(Number(version), Buffer.from(key, 'base64'))
  }
  keys.set(e.ID_ENCRYPTION_KEY_VERSION, Buffer.from(e.ID_ENCRYPTION_KEY ?? DEV_ID_ENCRYPTION_KEY, 'base64'))
  return { current: e.ID_ENCRYPTION_KEY_VERSION, keys }
}

/** A working-day count (1–60) with a default. */
const workingDaysVar = (fallback: number) =>
  z.preprocess((v) => (v === undefined || v === '' ? String(fallback) : v), z.coerce.number().check(z.int(), z.minimum(1), z.maximum(60)))

const envSchema = z.object({
  NODE_ENV: z.preprocess((v) => (v === undefined || v === '' ? 'development' : v), z.enum(['development', 'test', 'production'])),
  PORT: z.preprocess((v) => (v === undefined || v === '' ? '3000' : v), z.coerce.number().check(z.int(), z.minimum(0), z.maximum(65535))),
  HOST: optionalString,
  MONGODB_URI: optionalString.check(z.refine((v) => v === undefined || /^mongodb(\+srv)?:\/\//.test(v), {
    error: 'MONGODB_URI 应以 mongodb:// 或 mongodb+srv:// 开头'
  })),
  DATA_DIR: optionalString,
  H5_DIR: optionalString,
  WECHAT_API_BASE: optionalString.check(z.refine((v) => v === undefined || /^https?:\/\/[^\s]+$/.test(v), {
    error: 'WECHAT_API_BASE 应是 http(s):// 开头的地址'
  })),
  WECHAT_APPID: optionalString,
  WECHAT_SECRET: optionalString,
  WECHAT_PUSH_TOKEN: optionalString.check(z.refine((v) => v === undefined || /^[A-Za-z0-9]{3,32}$/.test(v), {
    error: 'WECHAT_PUSH_TOKEN 应是 3–32 位英文字母或数字（与小程序后台“消息推送”里填的 Token 一致）'
  })),
  WECHAT_MODE: z.preprocess((v) => (v === undefined || v === '' ? 'token' : v), z.enum(WECHAT_MODES)),
  WECHAT_TIMEOUT_MS: z.preprocess((v) => (v === undefined || v === '' ? '5000' : v), z.coerce.number().check(z.int(), z.minimum(100), z.maximum(60000))),
  TRUST_CLOUD_HOSTING_HEADERS: boolFlag,
  ID_ENCRYPTION_KEY: base64Key('ID_ENCRYPTION_KEY'),
  ID_HASH_KEY: base64Key('ID_HASH_KEY'),
  ID_ENCRYPTION_KEY_VERSION: z.preprocess((v) => (v === undefined || v === '' ? '1' : v), z.coerce.number().check(z.int(), z.minimum(1, { error: 'ID_ENCRYPTION_KEY_VERSION 应是从 1 开始的整数' }), z.maximum(999999))),
  ID_ENCRYPTION_OLD_KEYS: oldKeysVar,
  SESSION_TTL_HOURS: z.preprocess((v) => (v === undefined || v === '' ? '720' : v), z.coerce.number().check(z.int(), z.minimum(1), z.maximum(24 * 365))),
  LOG_LEVEL: z.preprocess((v) => (v === undefined || v === '' ? undefined : v), z.optional(z.enum(LOG_LEVELS))),
  DEFAULT_TOWNSHIP_ID: optionalString.check(z.refine((v) => v === undefined || /^[0-9a-f]{24}$/.test(v), {
    error: 'DEFAULT_TOWNSHIP_ID 应是 24 位十六进制编号'
  })),
  WECHAT_MINIPROGRAM_STATE: z.preprocess((v) => (v === '' ? undefined : v), z.optional(z.enum(MINIPROGRAM_STATES))),
  WECHAT_LONG_TERM_TEMPLATES: optionalString,
  NOTICE_DISPATCH_INTERVAL_MS: z.preprocess((v) => (v === undefined || v === '' ? '2000' : v), z.coerce.number().check(z.int(), z.minimum(50), z.maximum(600000))),
  CASE_SUGGESTION_DAYS: workingDaysVar(DEFAULT_CASE_DEADLINES.answerDays.suggestion),
  CASE_HELP_DAYS: workingDaysVar(DEFAULT_CASE_DEADLINES.answerDays.help),
  CASE_AUTO_CLOSE_DAYS: workingDaysVar(DEFAULT_CASE_DEADLINES.autoCloseDays),
  CASE_REOPEN_DAYS: workingDaysVar(DEFAULT_CASE_DEADLINES.reopenDays),
  STORAGE: z.preprocess((v) => (v === '' ? undefined : v), z.optional(z.enum(['local', 's3'], { error: 'STORAGE 只能是 local 或 s3' }))),
  PUBLIC_BASE_URL: optionalString.check(
    z.refine((v) => v === undefined || /^https?:\/\/[^\s/]+(\/[^\s]*)?$/.test(v), {
      error: 'PUBLIC_BASE_URL 应是后台对外的 http(s):// 地址，例如 https://xlb.example.cn'
    })
  ),
  S3_ENDPOINT: optionalString.check(z.refine((v) => v === undefined || /^https?:\/\/[^\s]+$/.test(v), { error: 'S3_ENDPOINT 应是 http(s):// 开头的地址' })),
  S3_REGION: optionalString,
  S3_BUCKET: optionalString,
  S3_ACCESS_KEY_ID: optionalString,
  S3_SECRET_ACCESS_KEY: optionalString,
  S3_FORCE_PATH_STYLE: boolFlag
})

/** `reviewResult` → `WECHAT_TEMPLATE_REVIEW_RESULT`: the variable holding a subscribe-message template id. */
export function templateEnvName(key: NoticeTemplateKey): string {
  return `WECHAT_TEMPLATE_${key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`
}

function readNoticeTemplates(
  env: Record<string, string | undefined>,
  isProduction: boolean,
  problems: string[]
): Record<NoticeTemplateKey, string | null> {
  const out = {} as Record<NoticeTemplateKey, string | null>
  for (const key of NOTICE_TEMPLATE_KEYS) {
    const name = templateEnvName(key)
    const value = env[name]?.trim()
    if (value && !/^[A-Za-z0-9_-]{1,64}$/.test(value)) problems.push(`${name}：订阅消息模板 ID 只能是字母、数字、下划线和短横线`)
    out[key] = value || (isProduction ? null : `dev-tpl-${key}`)
  }
  return out
}

function readLongTermTemplates(raw: string | undefined, problems: string[]): NoticeTemplateKey[] {
  const keys = (raw ?? '').split(',').map((k) => k.trim()).filter(Boolean)
  const unknown = keys.filter((k) => !(NOTICE_TEMPLATE_KEYS as readonly string[]).includes(k))
  if (unknown.length) {
    problems.push(`WECHAT_LONG_TERM_TEMPLATES：不认识 ${unknown.join('、')}，可用的有 ${NOTICE_TEMPLATE_KEYS.join('、')}`)
  }
  return keys.filter((k): k is NoticeTemplateKey => (NOTICE_TEMPLATE_KEYS as readonly string[]).includes(k))
}

/** Validated, typed configuration. Nothing else in the backend reads process.env. */
export interface AppConfig {
  nodeEnv: NodeEnv
  isProduction: boolean
  port: number
  host: string
  /** Null: start the embedded MongoDB-compatible server (not allowed in production). */
  mongodbUri: string | null
  /** Absolute path of the embedded database's files. */
  dataDir: string
  /** Absolute path of the H5 build served next to /api. */
  h5Dir: string
  logLevel: (typeof LOG_LEVELS)[number]
  sessionTtlHours: number
  /** Trust X-WX-OPENID / X-WX-UNIONID / X-WX-APPID (only behind Cloud Hosting with public access closed). */
  trustCloudHostingHeaders: boolean
  /** Township new residents join; null means the first township in the database. */
  defaultTownshipId: string | null
  wechat: {
    /** Null outside production: the server starts the local fake WeChat API. */
    apiBase: string | null
    appId: string
    secret: string
    mode: WechatMode
    timeoutMs: number
    /** Token of 消息推送 (message push): signs the verdicts WeChat pushes to /api/wechat/push. */
    pushToken: string
  }
  /** Case (诉求) deadlines in working days: CASE_SUGGESTION_DAYS, CASE_HELP_DAYS, CASE_AUTO_CLOSE_DAYS, CASE_REOPEN_DAYS. */
  cases: {
    acceptDays: number
    answerDays: Record<CaseType, number>
    autoCloseDays: number
    dueSoonDays: number
    /** A case reopened after "没有解决" is answered again within this many working days. */
    reopenDays: number
  }
  notices: {
    /** Subscribe-message template id per template key; null when not configured (WeChat then skipped). */
    templates: Record<NoticeTemplateKey, string | null>
    /** Templates granted as long-term subscriptions (government accounts): sent without a per-send consent. */
    longTermTemplates: NoticeTemplateKey[]
    /** Which version of the mini-program a tapped message opens. */
    miniprogramState: MiniprogramState
    /** Pause between two rounds of the notice dispatcher. */
    dispatchIntervalMs: number
  }
  keys: {
    /** AES-256-GCM keys of ID numbers and phones at rest (the current version, and old ones during a rotation). */
    idEncryption: FieldKeys
    /** HMAC-SHA256 key for look-up hashes of ID numbers. */
    idHash: Buffer
    /** HMAC-SHA256 key of signed file URLs (derived from ID_HASH_KEY, so it needs no secret of its own). */
    fileUrls: Buffer
  }
  /** Where uploaded files live: local disk (demo, one instance) or an S3-compatible bucket (Tencent COS). */
  storage:
    | { kind: 'local' }
    | { kind: 's3'; endpoint: string | null; region: string; bucket: string; accessKeyId: string; secretAccessKey: string; forcePathStyle: boolean }
  /** The backend's origin as WeChat and browsers reach it; null: the server's own address (development). */
  publicBaseUrl: string | null
  /** True when the public development keys are in use. */
  usingDevKeys: boolean
}

/** Raised when the environment cannot make a working configuration; the message lists what to set. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`配置有误，服务无法启动。请设置或修正以下环境变量：\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    this.name = 'ConfigError'
  }
}

/**
 * Reads and checks the environment. In production every secret must be set explicitly
 * (a ConfigError lists all that are missing); in development and tests fixed, clearly
 * labelled development keys fill the gaps.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const parsed = envSchema.safeParse(env)
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `${i.path.map(String).join('.') || '环境变量'}：${i.message}`)
    )
  }
  const e = parsed.data
  const isProduction = e.NODE_ENV === 'production'
  const mode = e.WECHAT_MODE
  const noticeProblems: string[] = []
  const templates = readNoticeTemplates(env, isProduction, noticeProblems)
  const longTermTemplates = readLongTermTemplates(e.WECHAT_LONG_TERM_TEMPLATES, noticeProblems)
  if (isProduction) {
    const missing: string[] = []
    if (!e.MONGODB_URI) missing.push('MONGODB_URI：生产环境必须连接 MongoDB 副本集（内置数据库只用于开发演示）')
    if (!e.ID_ENCRYPTION_KEY) missing.push('ID_ENCRYPTION_KEY：身份证号加密密钥，base64 编码的 32 字节（openssl rand -base64 32）')
    if (!e.ID_HASH_KEY) missing.push('ID_HASH_KEY：身份证号查重用的 HMAC 密钥，base64 编码的 32 字节（openssl rand -base64 32）')
    if (!e.WECHAT_APPID) missing.push('WECHAT_APPID：小程序的 AppID')
    if (!e.WECHAT_PUSH_TOKEN) missing.push('WECHAT_PUSH_TOKEN：小程序后台“消息推送”配置的 Token（用于校验微信推送的内容安全结果）')
    if (e.WECHAT_PUSH_TOKEN === DEV_WECHAT_PUSH_TOKEN) missing.push('WECHAT_PUSH_TOKEN：不能使用公开的开发 Token')
    if (mode === 'token' && !e.WECHAT_SECRET) missing.push('WECHAT_SECRET：小程序的 AppSecret（WECHAT_MODE=token 时必填）')
    if (e.ID_ENCRYPTION_KEY && e.ID_ENCRYPTION_KEY === e.ID_HASH_KEY) missing.push('ID_HASH_KEY：不能与 ID_ENCRYPTION_KEY 相同')
    if (e.ID_ENCRYPTION_KEY === DEV_ID_ENCRYPTION_KEY || e.ID_HASH_KEY === DEV_ID_HASH_KEY) {
      missing.push('ID_ENCRYPTION_KEY / ID_HASH_KEY：不能使用公开的开发密钥')
    }
    if (!e.STORAGE) missing.push('STORAGE：上传文件存放在哪里：s3（对象存储，多副本部署用）或 local（单机本地磁盘）')
    if (e.STORAGE === 'local' && !e.PUBLIC_BASE_URL) {
      missing.push('PUBLIC_BASE_URL：本地存储时，微信内容安全检测要通过这个对外地址下载图片')
    }
    if (missing.length) throw new ConfigError([...missing, ...noticeProblems])
  }
  if (e.STORAGE === 's3') {
    for (const name of ['S3_REGION', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const) {
      if (!e[name]) noticeProblems.push(`${name}：STORAGE=s3 时必填（腾讯云 COS 也用这组设置）`)
    }
  }
  if (noticeProblems.length) throw new ConfigError(noticeProblems)
  const idHashKey = Buffer.from(e.ID_HASH_KEY ?? DEV_ID_HASH_KEY, 'base64')
  const defaultApiBase = mode === 'cloudhosting' ? 'http://api.weixin.qq.com' : 'https://api.weixin.qq.com'
  return {
    nodeEnv: e.NODE_ENV,
    isProduction,
    port: e.PORT,
    host: e.HOST ?? '0.0.0.0',
    mongodbUri: e.MONGODB_URI ?? null,
    dataDir: path.resolve(e.DATA_DIR ?? '.data'),
    h5Dir: path.resolve(e.H5_DIR ?? 'dist/h5'),
    logLevel: e.LOG_LEVEL ?? (e.NODE_ENV === 'test' ? 'silent' : 'info'),
    sessionTtlHours: e.SESSION_TTL_HOURS,
    trustCloudHostingHeaders: ['true', '1', 'yes'].includes(e.TRUST_CLOUD_HOSTING_HEADERS ?? ''),
    defaultTownshipId: e.DEFAULT_TOWNSHIP_ID ?? null,
    wechat: {
      apiBase: e.WECHAT_API_BASE ?? (isProduction ? defaultApiBase : null),
      appId: e.WECHAT_APPID ?? DEV_WECHAT_APPID,
      secret: e.WECHAT_SECRET ?? (isProduction ? '' : DEV_WECHAT_SECRET),
      mode,
      timeoutMs: e.WECHAT_TIMEOUT_MS,
      pushToken: e.WECHAT_PUSH_TOKEN ?? (isProduction ? '' : DEV_WECHAT_PUSH_TOKEN)
    },
    cases: {
      acceptDays: DEFAULT_CASE_DEADLINES.acceptDays,
      answerDays: { ...DEFAULT_CASE_DEADLINES.answerDays, suggestion: e.CASE_SUGGESTION_DAYS, help: e.CASE_HELP_DAYS },
      autoCloseDays: e.CASE_AUTO_CLOSE_DAYS,
      reopenDays: e.CASE_REOPEN_DAYS,
      dueSoonDays: DEFAULT_CASE_DEADLINES.dueSoonDays
    },
    notices: {
      templates,
      longTermTemplates,
      miniprogramState: e.WECHAT_MINIPROGRAM_STATE ?? (isProduction ? 'formal' : 'developer'),
      dispatchIntervalMs: e.NOTICE_DISPATCH_INTERVAL_MS
    },
    keys: {
      idEncryption: fieldKeys(e),
      idHash: idHashKey,
      fileUrls: createHmac('sha256', idHashKey).update('xiangliban signed file urls').digest()
    },
    storage:
      e.STORAGE === 's3'
        ? {
            kind: 's3',
            endpoint: e.S3_ENDPOINT ?? null,
            region: e.S3_REGION!,
            bucket: e.S3_BUCKET!,
            accessKeyId: e.S3_ACCESS_KEY_ID!,
            secretAccessKey: e.S3_SECRET_ACCESS_KEY!,
            forcePathStyle: ['true', '1', 'yes'].includes(e.S3_FORCE_PATH_STYLE ?? '')
          }
        : { kind: 'local' },
    publicBaseUrl: e.PUBLIC_BASE_URL?.replace(/\/+$/, '') ?? null,
    usingDevKeys: !e.ID_ENCRYPTION_KEY || !e.ID_HASH_KEY
  }
}
