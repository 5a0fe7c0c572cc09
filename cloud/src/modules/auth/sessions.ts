import type { Context, Next } from 'koa'
import { Types } from 'mongoose'
import type { AppDeps, CoreDeps } from '../../lib/deps'
import type { AuthedUser } from '../../lib/types'
import { AppError } from '../../lib/errors'
import { STALE_TOKEN_STATE } from '../../lib/types'
import { sha256Hex } from '../../lib/crypto'
import { userModel, type UserDoc } from '../users/model'
import { findOrCreateWechatUser } from '../users/actions/findOrCreateWechatUser'
import { sessionModel } from './model'

const TOKEN_FORMAT = /^[A-Za-z0-9_-]{43}$/
const LAST_SEEN_RESOLUTION_MS = 60 * 1000

/** The AuthedUser the routes see for an account (hydrated or lean). */
export function toAuthedUser(user: Pick<UserDoc, '_id' | 'role' | 'displayName' | 'townshipId' | 'departmentIds' | 'villageId' | 'openid'>, sessionId: string): AuthedUser {
  return {
    id: String(user._id),
    role: user.role,
    displayName: user.displayName,
    townshipId: String(user.townshipId),
    departmentIds: user.departmentIds.map(String),
    villageId: user.villageId ? String(user.villageId) : null,
    openid: user.openid ?? null,
    sessionId
  }
}

/** What a request needs of an account, read lean (no mongoose document is built on the hot path). */
const AUTH_FIELDS = { role: 1, displayName: 1, townshipId: 1, departmentIds: 1, villageId: 1, openid: 1 }

/**
 * Opens a session: a random 32-byte token handed out once, its SHA-256 stored with an expiry
 * (SESSION_TTL_HOURS; a TTL index removes it afterwards).
 */
export async function openSession(
  deps: Pick<CoreDeps, 'db' | 'clock' | 'config' | 'ids'>,
  userId: Types.ObjectId,
  via: 'wechat' | 'dev'
): Promise<{ token: string; expiresAt: Date; sessionId: string }> {
  const token = deps.ids.token(32)
  const now = deps.clock.now()
  const expiresAt = new Date(now.getTime() + deps.config.sessionTtlHours * 3600 * 1000)
  const doc = await sessionModel(deps.db).create({
    tokenHash: sha256Hex(token),
    userId,
    via,
    createdAt: now,
    expiresAt,
    lastSeenAt: now
  })
  return { token, expiresAt, sessionId: String(doc._id) }
}

/** Ends the session a bearer token names, if any. */
export async function closeSession(deps: Pick<CoreDeps, 'db'>, token: string | null): Promise<void> {
  if (!token || !TOKEN_FORMAT.test(token)) return
  await sessionModel(deps.db).deleteOne({ tokenHash: sha256Hex(token) })
}

/** The bearer token of a request, or null. */
export function bearerToken(ctx: Context): string | null {
  const header = ctx.get('authorization')
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header)
  return match ? match[1]! : null
}

/**
 * Puts the signed-in account on `ctx.state.user`. A bearer token must name a live session;
 * a stale one marks the request so protected routes answer 401 SESSION_EXPIRED (public routes
 * treat it as anonymous). When TRUST_CLOUD_HOSTING_HEADERS is on and no token is sent, the
 * `X-WX-OPENID` header set by WeChat Cloud Hosting identifies the person.
 */
export function authMiddleware(deps: AppDeps) {
  return async function authenticate(ctx: Context, next: Next): Promise<void> {
    const token = bearerToken(ctx)
    if (token) {
      const user = await userForToken(deps, token)
      if (user) ctx.state.user = user
      else ctx.state[STALE_TOKEN_STATE] = true
    } else if (deps.config.trustCloudHostingHeaders) {
      const openid = ctx.get('x-wx-openid').trim()
      if (openid) {
        if (!/^[A-Za-z0-9_-]{1,64}$/.test(openid)) throw new AppError(400, 'BAD_OPENID', '微信身份信息不正确，请重新进入小程序')
        const unionid = ctx.get('x-wx-unionid').trim()
        const user = await findOrCreateWechatUser(deps, openid, /^[A-Za-z0-9_-]{1,64}$/.test(unionid) ? unionid : undefined)
        ctx.state.user = toAuthedUser(user, `wx:${openid}`)
      }
    }
    await next()
  }
}

async function userForToken(deps: AppDeps, token: string): Promise<AuthedUser | null> {
  if (!TOKEN_FORMAT.test(token)) return null
  const now = deps.clock.now()
  const Session = sessionModel(deps.db)
  // Every signed-in request comes here: read through the driver, without mongoose's query machinery.
  const session = await Session.collection.findOne<{ _id: Types.ObjectId; userId: Types.ObjectId; lastSeenAt: Date }>(
    { tokenHash: sha256Hex(token), expiresAt: { $gt: now } },
    { projection: { userId: 1, lastSeenAt: 1 } }
  )
  if (!session) return null
  const user = await userModel(deps.db).collection.findOne<Parameters<typeof toAuthedUser>[0]>({ _id: session.userId }, { projection: AUTH_FIELDS })
  if (!user) return null
  if (now.getTime() - session.lastSeenAt.getTime() >= LAST_SEEN_RESOLUTION_MS) {
    await Session.updateOne(
      { _id: session._id, lastSeenAt: { $lte: new Date(now.getTime() - LAST_SEEN_RESOLUTION_MS) } },
      { $set: { lastSeenAt: now } }
    )
  }
  return toAuthedUser(user, String(session._id))
}
