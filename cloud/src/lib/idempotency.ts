import type { Context } from 'koa'
import { Schema, Types, type Connection, type InferSchemaType, type Model } from 'mongoose'
import type { AppDeps } from './deps'
import { AppError, badRequest, conflict } from './errors'
import { decryptField, encryptField, sha256Hex } from './crypto'
import { isDuplicateKeyError } from './mongoErrors'
import { insertDocument } from './db'

/** Header a client sends with every repeatable write; a retry reuses the same value. */
export const IDEMPOTENCY_HEADER = 'idempotency-key'

const KEY_FORMAT = /^[\x21-\x7e]{1,64}$/
/** How long a first attempt may run before a retry may take over (after a crash). */
const LOCK_MS = 30 * 1000
/** How long a stored answer is replayed. */
const KEEP_MS = 24 * 3600 * 1000

const idempotencySchema = new Schema(
  {
    userId: { type: String, required: true },
    key: { type: String, required: true },
    route: { type: String, required: true },
    requestHash: { type: String, required: true },
    state: { type: String, enum: ['pending', 'done'], required: true },
    status: { type: Number, default: null },
    /** The stored answer as JSON text encrypted with the field keys (it holds names, phones, texts), replayed verbatim. */
    responseJson: { type: String, default: null },
    lockedUntil: { type: Date, required: true },
    createdAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true }
  },
  { collection: 'idempotency_keys' }
)
idempotencySchema.index({ userId: 1, key: 1, route: 1 }, { unique: true })
idempotencySchema.index({ expiresAt: 1 }, { expireAfterSeconds: 0 })

type IdempotencyRecord = InferSchemaType<typeof idempotencySchema>

/** Stored answers of repeatable writes; one model per connection. */
export function idempotencyModel(db: Connection): Model<IdempotencyRecord> {
  return (
    (db.models.IdempotencyKey as Model<IdempotencyRecord> | undefined) ??
    db.model<IdempotencyRecord>('IdempotencyKey', idempotencySchema)
  )
}

export interface IdempotentResult {
  status: number
  body: unknown
  /** True when the answer is a replay of an earlier identical request. */
  replayed: boolean
}

/** The request's Idempotency-Key; 400 when it is missing or malformed. */
export function requireIdempotencyKey(ctx: Context): string {
  const key = ctx.get(IDEMPOTENCY_HEADER).trim()
  if (!key) {
    throw badRequest(
      'IDEMPOTENCY_KEY_REQUIRED',
      '缺少 Idempotency-Key 请求头：每次提交请生成一个唯一编号，网络重试时沿用同一个，避免重复提交'
    )
  }
  if (!KEY_FORMAT.test(key)) {
    throw badRequest('IDEMPOTENCY_KEY_INVALID', 'Idempotency-Key 只能是 1–64 个可见英文字符（不含空格）')
  }
  return key
}

/**
 * Runs a repeatable write at most once per (user, Idempotency-Key, route).
 * A repeat with the same content gets the stored answer; the same key with different content
 * gets 409; a repeat while the first attempt still runs gets 409 IDEMPOTENCY_IN_PROGRESS.
 * A failed attempt stores nothing, so it can be retried with the same key.
 */
export async function runIdempotent(
  ctx: Context,
  deps: AppDeps,
  opts: { userId: string; route: string; request: unknown },
  run: () => Promise<{ status: number; body: unknown }>
): Promise<IdempotentResult> {
  const key = requireIdempotencyKey(ctx)
  const Records = idempotencyModel(deps.db)
  const requestHash = sha256Hex(stableStringify(opts.request ?? null))
  const ident = { userId: opts.userId, key, route: opts.route }

  for (let attempt = 0; attempt < 3; attempt++) {
    const now = deps.clock.now()
    let recordId: unknown
    try {
      const _id = new Types.ObjectId()
      await insertDocument(Records, {
        _id,
        ...ident,
        requestHash,
        state: 'pending',
        status: null,
        responseJson: null,
        lockedUntil: new Date(now.getTime() + LOCK_MS),
        createdAt: now,
        expiresAt: new Date(now.getTime() + KEEP_MS)
      })
      recordId = _id
    } catch (err) {
      if (!isDuplicateKeyError(err)) throw err
      const existing = await Records.findOne(ident).lean()
      if (!existing) continue
      if (existing.requestHash !== requestHash) {
        throw conflict('IDEMPOTENCY_KEY_REUSED', '这个 Idempotency-Key 已经用于另一份不同的内容，新的提交请生成新的编号')
      }
      if (existing.state === 'done') {
        ctx.set('Idempotent-Replayed', 'true')
        return {
          status: existing.status ?? 200,
          body: existing.responseJson == null ? undefined : JSON.parse(decryptField(existing.responseJson, deps.config.keys.idEncryption)),
          replayed: true
        }
      }
      const taken =
        existing.lockedUntil.getTime() <= now.getTime()
          ? await Records.findOneAndUpdate(
              { _id: existing._id, state: 'pending', lockedUntil: existing.lockedUntil },
              { $set: { lockedUntil: new Date(now.getTime() + LOCK_MS) } },
              { new: true }
            )
          : null
      if (!taken) {
        throw new AppError(409, 'IDEMPOTENCY_IN_PROGRESS', '上一次提交还在处理中，请稍等几秒再刷新看看结果')
      }
      recordId = taken._id
    }

    let result: { status: number; body: unknown }
    try {
      result = await run()
    } catch (err) {
      await Records.deleteOne({ _id: recordId, state: 'pending' }).catch(() => undefined)
      throw err
    }
    await Records.updateOne(
      { _id: recordId },
      {
        $set: {
          state: 'done',
          status: result.status,
          responseJson: result.body === undefined ? null : encryptField(JSON.stringify(result.body), deps.config.keys.idEncryption)
        }
      }
    )
    return { ...result, replayed: false }
  }
  throw new AppError(409, 'IDEMPOTENCY_IN_PROGRESS', '上一次提交还在处理中，请稍等几秒再刷新看看结果')
}

/** JSON with object keys sorted, so equal content always hashes the same. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(sortKeys(value))
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value instanceof Date) return value.toISOString()
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const k of Object.keys(value).sort()) out[k] = sortKeys((value as Record<string, unknown>)[k])
    return out
  }
  return value
}
