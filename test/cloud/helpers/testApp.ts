import http from 'node:http'
import type { AddressInfo } from 'node:net'
import request from 'supertest'
import { Types, type Connection } from 'mongoose'
import type { Role } from '../../../src/shared/enums'
import type { XlbApp } from '../../../cloud/src/app'
import { loadConfig } from '../../../cloud/src/config/env'
import { fixedClock } from '../../../cloud/src/lib/clock'
import { connectDb } from '../../../cloud/src/lib/db'
import type { AppDeps } from '../../../cloud/src/lib/deps'
import { createLogger } from '../../../cloud/src/lib/logger'
import { startFakeWechat, type FakeWechat } from '../../../cloud/src/lib/wechat/fakeServer'
import { openSession } from '../../../cloud/src/modules/auth/sessions'
import { departmentModel, townshipModel, villageModel } from '../../../cloud/src/modules/org/model'
import { userModel } from '../../../cloud/src/modules/users/model'
import { coreDepsFrom, createRuntime, type Runtime } from '../../../cloud/src/runtime'
import { startTestMongo } from '../../helpers/mongo'

export const T0 = '2025-03-03T09:00:00+08:00'

export interface TestTownship {
  id: string
  departmentIds: string[]
  villageIds: string[]
}

export interface SignedIn {
  userId: string
  token: string
  headers: { Authorization: string }
}

export interface SignInOptions {
  township?: TestTownship
  displayName?: string
  departmentIds?: string[]
}

export interface TestApp {
  app: XlbApp
  runtime: Runtime
  /** The app listening on loopback (what WeChat's media checks download photos from). */
  url: string
  http: ReturnType<typeof request>
  deps: AppDeps
  db: Connection
  clock: ReturnType<typeof fixedClock>
  wechat: FakeWechat
  township: TestTownship
  /** Seeds one more township with two departments and two villages. */
  addTownship(name: string): Promise<TestTownship>
  /** A new account of the role with a live session (a staff member's departments default to the township's first). */
  signIn(role: Role, opts?: SignInOptions): Promise<SignedIn>
  stop(): Promise<void>
}

let townshipCounter = 0

/**
 * The real app on a fresh database of the embedded MongoDB server (over TCP) and the fake
 * WeChat API, with a fixed clock at T0 and one seeded township.
 */
export async function startTestApp(opts: { env?: Record<string, string>; mongo?: { uri: string } } = {}): Promise<TestApp> {
  const ownMongo = opts.mongo ? null : await startTestMongo()
  const uri = opts.mongo?.uri ?? ownMongo!.uri
  const wechat = await startFakeWechat()
  const db = await connectDb(uri, `t${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`)
  const config = loadConfig({ NODE_ENV: 'test', WECHAT_API_BASE: wechat.baseUrl, WECHAT_TIMEOUT_MS: '1500', ...opts.env })
  const clock = fixedClock(T0)
  let url = ''
  const runtime = createRuntime(
    coreDepsFrom({ config, db, clock, logger: createLogger({ logLevel: 'silent' }), wechatBaseUrl: wechat.baseUrl, ownUrl: () => url || null })
  )
  const { deps, app } = runtime
  await runtime.ensureIndexes()
  const server = http.createServer(app.callback())
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  const addTownship = async (name: string): Promise<TestTownship> => {
    townshipCounter += 1
    const t = await townshipModel(db).create({ key: `t${townshipCounter}-${Date.now()}`, name, county: '测试县', province: '测试省' })
    const depts = await departmentModel(db).create([
      { townshipId: t._id, key: 'minzheng', name: '民政办', order: 1 },
      { townshipId: t._id, key: 'shebao', name: '社保所', order: 2 }
    ])
    const villages = await villageModel(db).create([
      { townshipId: t._id, name: `${name}东村`, groups: ['一组', '二组'] },
      { townshipId: t._id, name: `${name}西村`, groups: [] }
    ])
    return { id: String(t._id), departmentIds: depts.map((d) => String(d._id)), villageIds: villages.map((v) => String(v._id)) }
  }
  const township = await addTownship('新界埠镇')

  let userCounter = 0
  const signIn = async (role: Role, o: SignInOptions = {}): Promise<SignedIn> => {
    userCounter += 1
    const t = o.township ?? township
    const user = await userModel(db).create({
      role,
      displayName: o.displayName ?? `${role}-${userCounter}`,
      townshipId: new Types.ObjectId(t.id),
      villageId: new Types.ObjectId(t.villageIds[0]),
      departmentIds: role === 'staff' ? (o.departmentIds ?? [t.departmentIds[0]!]).map((id) => new Types.ObjectId(id)) : [],
      demoKey: `test-${role}-${userCounter}-${Math.random().toString(36).slice(2, 8)}`,
      demoDescription: `测试用${role}`
    })
    const { token } = await openSession(deps, user._id, 'dev')
    return { userId: String(user._id), token, headers: { Authorization: `Bearer ${token}` } }
  }

  return {
    app,
    runtime,
    url,
    http: request(server),
    deps,
    db,
    clock,
    wechat,
    township,
    addTownship,
    signIn,
    async stop() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
      await db.dropDatabase().catch(() => undefined)
      await db.close()
      await wechat.stop()
      await ownMongo?.stop()
    }
  }
}

/** A valid 18-digit ID number (correct check digit) derived from a 17-digit body. */
export function idNumberFrom(body17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(body17[i]) * weights[i]!
  return body17 + '10X98765432'[sum % 11]
}
