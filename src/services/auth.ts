import Taro from '@tarojs/taro'
import type { DevPersonDTO, MeDTO, SessionDTO } from '../shared/auth'
import { request } from './http'
import { clearSession, saveMe, saveSession } from './session'

/** Signs in with WeChat (weapp): wx.login code → server session. */
export async function signInWithWechat(): Promise<SessionDTO> {
  const { code } = await Taro.login()
  const session = await request<SessionDTO>('/api/auth/wechat-login', { method: 'POST', body: { code } })
  saveSession(session)
  return session
}

/** The demo people one can sign in as on H5 and in demos (of one township when given). */
export function listDevPeople(townshipId?: string): Promise<DevPersonDTO[]> {
  return request<DevPersonDTO[]>('/api/auth/dev-people', { query: { townshipId } })
}

/** Signs in as a demo person. */
export async function devSignIn(userId: string): Promise<SessionDTO> {
  const session = await request<SessionDTO>('/api/auth/dev-login', { method: 'POST', body: { userId } })
  saveSession(session)
  return session
}

/** Who is signed in, refreshed from the server. */
export async function fetchMe(): Promise<MeDTO> {
  const me = await request<MeDTO>('/api/me')
  saveMe(me)
  return me
}

/** Signs out here and on the server (the local session is dropped even if the server is unreachable). */
export async function signOut(): Promise<void> {
  try {
    await request<unknown>('/api/auth/logout', { method: 'POST' })
  } finally {
    clearSession()
  }
}
