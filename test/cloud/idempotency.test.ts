import type { Context } from 'koa'
import { idempotencyModel, runIdempotent, stableStringify } from '../../cloud/src/lib/idempotency'
import { sha256Hex } from '../../cloud/src/lib/crypto'
import { AppError } from '../../cloud/src/lib/errors'
import { startTestApp, type TestApp } from './helpers/testApp'

let t: TestApp

beforeAll(async () => {
  t = await startTestApp()
})
afterAll(() => t.stop())

function ctxWithKey(key: string) {
  const headers: Record<string, string> = {}
  return {
    ctx: { get: (name: string) => (name.toLowerCase() === 'idempotency-key' ? key : ''), set: (k: string, v: string) => (headers[k] = v) } as unknown as Context,
    headers
  }
}

const opts = (request: unknown) => ({ userId: 'u1', route: 'POST /things', request })

describe('runIdempotent', () => {
  it('runs once while a second identical request is in flight (409 IDEMPOTENCY_IN_PROGRESS)', async () => {
    let release!: () => void
    let runs = 0
    const first = runIdempotent(ctxWithKey('flight').ctx, t.deps, opts({ a: 1 }), async () => {
      runs += 1
      await new Promise<void>((r) => (release = r))
      return { status: 201, body: { id: 'x' } }
    })
    await new Promise((r) => setTimeout(r, 50))
    const second = await runIdempotent(ctxWithKey('flight').ctx, t.deps, opts({ a: 1 }), async () => {
      runs += 1
      return { status: 201, body: { id: 'y' } }
    }).catch((e: unknown) => e)
    expect(second).toBeInstanceOf(AppError)
    expect((second as AppError).code).toBe('IDEMPOTENCY_IN_PROGRESS')
    release()
    expect(await first).toEqual({ status: 201, body: { id: 'x' }, replayed: false })
    const { ctx, headers } = ctxWithKey('flight')
    expect(await runIdempotent(ctx, t.deps, opts({ a: 1 }), async () => ({ status: 500, body: null }))).toEqual({
      status: 201,
      body: { id: 'x' },
      replayed: true
    })
    expect(headers['Idempotent-Replayed']).toBe('true')
    expect(runs).toBe(1)
  })

  it('lets a retry take over an attempt that died (lock expired)', async () => {
    const Records = idempotencyModel(t.db)
    const now = t.clock.now()
    await Records.create({
      userId: 'u1',
      key: 'crashed',
      route: 'POST /things',
      requestHash: sha256Hex(stableStringify({ b: 2 })),
      state: 'pending',
      lockedUntil: now,
      createdAt: now,
      expiresAt: new Date(now.getTime() + 3600_000)
    })
    t.clock.advance(1000)
    const result = await runIdempotent(ctxWithKey('crashed').ctx, t.deps, opts({ b: 2 }), async () => ({ status: 200, body: 'ok' }))
    expect(result).toEqual({ status: 200, body: 'ok', replayed: false })
    expect((await Records.findOne({ key: 'crashed' }))!.state).toBe('done')
  })

  it('treats equal content with different key order as the same request', async () => {
    await runIdempotent(ctxWithKey('order').ctx, t.deps, opts({ x: 1, y: { b: 2, a: 1 } }), async () => ({ status: 200, body: 1 }))
    const again = await runIdempotent(ctxWithKey('order').ctx, t.deps, opts({ y: { a: 1, b: 2 }, x: 1 }), async () => ({ status: 200, body: 2 }))
    expect(again).toEqual({ status: 200, body: 1, replayed: true })
  })

  it('rejects malformed keys', async () => {
    const err = await runIdempotent(ctxWithKey('has space').ctx, t.deps, opts({}), async () => ({ status: 200, body: 1 })).catch((e: unknown) => e)
    expect((err as AppError).code).toBe('IDEMPOTENCY_KEY_INVALID')
  })
})
