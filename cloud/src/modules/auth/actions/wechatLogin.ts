import { wechatLoginSchema, type SessionDTO } from '../../../../../src/shared/auth'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { findOrCreateWechatUser } from '../../users/actions/findOrCreateWechatUser'
import { startSession } from './startSession'

export const wechatLoginInput = wechatLoginSchema
export type WechatLoginInput = z.output<typeof wechatLoginInput>

/**
 * `wx.login` code → code2Session → the person's account (a resident of the default township
 * on first sight) → a new session.
 */
export async function wechatLogin(deps: AppDeps, input: WechatLoginInput): Promise<SessionDTO> {
  const { openid, unionid } = await deps.wechat.code2Session(input.code)
  const user = await findOrCreateWechatUser(deps, openid, unionid)
  return startSession(deps, user, 'wechat')
}
