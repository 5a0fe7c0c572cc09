import fc from 'fast-check'
import * as z from '../../src/shared/zod'
import { ROLES, type Role } from '../../src/shared/enums'
import type { RouteSpec } from '../../cloud/src/lib/routes'
import { idNumberFrom, startTestApp, type SignedIn, type TestApp } from './helpers/testApp'

let t: TestApp
const sessions = {} as Record<Role, SignedIn>
let knownIds: string[] = []

beforeAll(async () => {
  t = await startTestApp()
  for (const role of ROLES) sessions[role] = await t.signIn(role)
  knownIds = [t.township.id, ...t.township.departmentIds, ...t.township.villageIds, ...Object.values(sessions).map((s) => s.userId)]
})
afterAll(() => t.stop())

type Json = { [k: string]: unknown }

const hex24 = fc.stringMatching(/^[0-9a-f]{24}$/)
const nastyString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('', ' ', '低保', 'dibao', '$where', '{"$gt":""}', '../../etc/passwd', '<script>alert(1)</script>', 'a'.repeat(3000), '\u0000', '😀'.repeat(50))
)
/** An id that fits the field's name when the test app has one (townshipId → the township). */
function idFor(name: string): fc.Arbitrary<string> {
  const pool = /^township/.test(name)
    ? [t.township.id]
    : /^department/.test(name)
      ? t.township.departmentIds
      : /^village/.test(name)
        ? t.township.villageIds
        : knownIds
  return fc.oneof({ arbitrary: fc.constantFrom(...pool), weight: 4 }, { arbitrary: hex24, weight: 1 })
}
const idLike = () => fc.oneof(fc.constantFrom(...knownIds), hex24, nastyString)

/** Values that satisfy a JSON schema as far as it can say (checksums and cross-field rules aside). */
function validFor(js: Json | undefined, depth = 0, name = ''): fc.Arbitrary<unknown> {
  if (!js || depth > 5) return fc.jsonValue({ maxDepth: 1 })
  const variants = (js.anyOf ?? js.oneOf) as Json[] | undefined
  if (variants?.length) return fc.oneof(...variants.map((v) => validFor(v, depth + 1, name)))
  if (Array.isArray(js.enum) && js.enum.length) return fc.constantFrom(...(js.enum as unknown[]))
  if ('const' in js) return fc.constant(js.const)
  switch (js.type) {
    case 'object': {
      const props = (js.properties ?? {}) as Record<string, Json>
      const model: Record<string, fc.Arbitrary<unknown>> = {}
      for (const [k, v] of Object.entries(props)) model[k] = validFor(v, depth + 1, k)
      return fc.record(model, { requiredKeys: ((js.required ?? []) as string[]).filter((k) => k in model) })
    }
    case 'array': {
      const minLength = typeof js.minItems === 'number' ? Math.min(js.minItems, 3) : 0
      const maxLength = Math.max(minLength, typeof js.maxItems === 'number' ? Math.min(js.maxItems, 3) : 3)
      return fc.array(validFor(js.items as Json | undefined, depth + 1, name), { minLength, maxLength })
    }
    case 'string': {
      const pattern = typeof js.pattern === 'string' ? js.pattern : null
      if (pattern?.includes('0-9a-f]{24}')) return idFor(name)
      if (pattern?.includes('\\d{17}')) return fc.stringMatching(/^[1-6]\d{16}$/).map(idNumberFrom)
      if (js.format === 'date-time') {
        return fc.date({ min: new Date('2020-01-01'), max: new Date('2025-03-01'), noInvalidDate: true }).map((d) => d.toISOString())
      }
      if (pattern) return fc.stringMatching(new RegExp(pattern))
      const minLength = Math.max(typeof js.minLength === 'number' ? js.minLength : 1, 1)
      const maxLength = Math.max(minLength, typeof js.maxLength === 'number' ? Math.min(js.maxLength, 40) : 20)
      return fc.string({ unit: fc.constantFrom(...'乡里办低保医疗救助宅基地村证明abc123'), minLength, maxLength })
    }
    case 'integer':
    case 'number': {
      const min = Math.ceil(typeof js.minimum === 'number' ? js.minimum : 0)
      const max = Math.max(min, Math.floor(typeof js.maximum === 'number' ? Math.min(js.maximum, 1e6) : 100))
      return fc.integer({ min, max })
    }
    case 'boolean':
      return fc.boolean()
    case 'null':
      return fc.constant(null)
    default:
      return fc.jsonValue({ maxDepth: 1 })
  }
}

/** Replaces the value at one place in a JSON tree (picked by `pick`) with `replacement`. */
function mutate(value: unknown, pick: number, replacement: unknown): unknown {
  const paths: (string | number)[][] = [[]]
  const walk = (v: unknown, at: (string | number)[]) => {
    const entries: [string | number, unknown][] = Array.isArray(v) ? v.map((x, i) => [i, x]) : v && typeof v === 'object' ? Object.entries(v) : []
    for (const [key, child] of entries) {
      paths.push([...at, key])
      walk(child, [...at, key])
    }
  }
  walk(value, [])
  const path = paths[pick % paths.length]!
  if (path.length === 0) return replacement
  const copy = structuredClone(value) as Record<string | number, unknown>
  let node = copy
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>
  node[path[path.length - 1]!] = replacement
  return copy
}

/** Request bodies for a route: valid-looking ones, valid ones with one place broken, and wild JSON. */
function bodiesFor(js: Json | undefined): fc.Arbitrary<unknown> {
  const valid = validFor(js)
  const broken = fc.tuple(valid, fc.nat(), fc.oneof(fc.jsonValue({ maxDepth: 2 }), nastyString)).map(([v, pick, r]) => mutate(v, pick, r))
  const extraKey = fc.tuple(valid, nastyString).map(([v, k]) => (v && typeof v === 'object' && !Array.isArray(v) ? { ...v, [k || 'x']: 1 } : v))
  return fc.oneof(
    { arbitrary: valid, weight: 4 },
    { arbitrary: broken, weight: 4 },
    { arbitrary: extraKey, weight: 1 },
    { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 1 }
  )
}

/** `arb` one time in six, `otherwise` the rest. */
function rarely<T, U>(arb: fc.Arbitrary<T>, otherwise: U): fc.Arbitrary<T | U> {
  return fc.oneof({ arbitrary: fc.constant(otherwise), weight: 5 }, { arbitrary: arb, weight: 1 })
}

const jsonSchema = (s: z.ZodMiniType | undefined) =>
  s ? (z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' }) as Json) : undefined

function sessionFor(spec: RouteSpec): SignedIn | undefined {
  if (spec.access === 'public') return undefined
  if (spec.access === 'signedIn') return sessions.resident
  return sessions[spec.access[0] as Role]
}

function pathArb(spec: RouteSpec): fc.Arbitrary<string> {
  const names = [...spec.path.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1]!)
  return fc.tuple(...names.map((name) => fc.oneof({ arbitrary: idFor(name), weight: 3 }, { arbitrary: nastyString, weight: 1 }))).map((values) => {
    let path = spec.path
    names.forEach((name, i) => {
      path = path.replace(`:${name}`, encodeURIComponent(String(values[i] || 'x')))
    })
    return '/api' + path
  })
}

const describeSpec = (s: RouteSpec) => `${s.method.toUpperCase()} /api${s.path}`

/*
 * Throws random JSON at every endpoint the app mounts (enumerated from its route specs, so new
 * modules are covered automatically), signed in with a role the route admits, and asserts that
 * nothing ever answers 5xx.
 */
describe('random input never causes a 5xx', () => {
  const specs = () => t.app.routeSpecs

  it('covers every mounted write endpoint', async () => {
    const writes = specs().filter((s) => s.method !== 'get')
    expect(writes.length).toBeGreaterThan(3)
    for (const spec of writes) {
      const session = sessionFor(spec)
      const body = bodiesFor(jsonSchema(spec.body))
      await fc.assert(
        fc.asyncProperty(pathArb(spec), body, rarely(fc.constant(false), true), rarely(idLike(), undefined), async (path, payload, withKey, actingFor) => {
          let req = t.http[spec.method](path).set('content-type', 'application/json')
          if (session) req = req.set(session.headers)
          if (withKey) req = req.set('Idempotency-Key', `fuzz-${Math.random().toString(36).slice(2)}`)
          if (actingFor !== undefined) req = req.set('x-acting-for', encodeURIComponent(actingFor))
          const res = await req.send(JSON.stringify(payload))
          if (res.status >= 500) throw new Error(`${describeSpec(spec)} → ${res.status} ${res.text} for ${JSON.stringify(payload).slice(0, 500)}`)
          expect(typeof res.body.code === 'string' || res.status < 400).toBe(true)
        }),
        { numRuns: 25 }
      )
    }
  }, 60_000)

  it('covers every mounted read endpoint with random query strings', async () => {
    for (const spec of specs().filter((s) => s.method === 'get')) {
      const session = sessionFor(spec)
      const query = fc.oneof(bodiesFor(jsonSchema(spec.query)), fc.dictionary(nastyString, nastyString, { maxKeys: 3 }))
      await fc.assert(
        fc.asyncProperty(pathArb(spec), query, async (path, q) => {
          const params = new URLSearchParams()
          if (q && typeof q === 'object' && !Array.isArray(q)) {
            for (const [k, v] of Object.entries(q)) params.append(k, typeof v === 'string' ? v : JSON.stringify(v))
          }
          let req = t.http.get(params.size ? `${path}?${params}` : path)
          if (session) req = req.set(session.headers)
          const res = await req
          if (res.status >= 500) throw new Error(`${describeSpec(spec)} → ${res.status} ${res.text} for ?${params}`)
        }),
        { numRuns: 10 }
      )
    }
  }, 60_000)
})
