import Taro from '@tarojs/taro'
import type { MeDTO, SessionDTO } from '../shared/auth'

const TOKEN_KEY = 'xlb.session'

interface StoredSession {
  token: string
  expiresAt: string
  me: MeDTO
}

/** The stored session if it has not expired. */
export function loadSession(): StoredSession | null {
  try {
    const raw = Taro.getStorageSync(TOKEN_KEY) as StoredSession | ''
    if (!raw || typeof raw !== 'object' || !raw.token) return null
    if (Date.parse(raw.expiresAt) <= Date.now()) return null
    return raw
  } catch {
    return null
  }
}

/** Remembers a new session after sign-in. */
export function saveSession(session: SessionDTO): void {
  Taro.setStorageSync(TOKEN_KEY, { token: session.token, expiresAt: session.expiresAt, me: session.me })
}

/** Updates the cached person (after GET /api/me). */
export function saveMe(me: MeDTO): void {
  const current = loadSession()
  if (current) Taro.setStorageSync(TOKEN_KEY, { ...current, me })
}

/** Forgets the session (sign-out, or the server said it is no longer valid). */
export function clearSession(): void {
  Taro.removeStorageSync(TOKEN_KEY)
}

/** The bearer token, if signed in. */
export function authToken(): string | null {
  return loadSession()?.token ?? null
}
