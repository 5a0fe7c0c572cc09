import type { Logger } from 'pino'
import { WechatApiError, type WechatClient } from './client'

/** errcode WeChat gives for content it judges risky. */
export const RISKY_ERRCODE = 87014

/** The most characters msgSecCheck takes in one call. */
export const MSG_SEC_CHECK_MAX_CHARS = 2500

/** What WeChat's text check says about a text: it passed, or a person must review it (and why). */
export interface TextCheck {
  state: 'passed' | 'held'
  note: string | null
}

const HELD_RISKY: TextCheck = { state: 'held', note: '内容安全检测提示有风险，请人工审核' }
const HELD_UNAVAILABLE: TextCheck = { state: 'held', note: '内容安全检测暂不可用，请人工审核' }

/** Splits a text into pieces msgSecCheck accepts (at most 2,500 characters each, never splitting a character). */
export function textCheckPieces(content: string): string[] {
  const chars = Array.from(content)
  const pieces: string[] = []
  for (let at = 0; at < chars.length; at += MSG_SEC_CHECK_MAX_CHARS) pieces.push(chars.slice(at, at + MSG_SEC_CHECK_MAX_CHARS).join(''))
  return pieces.length ? pieces : ['']
}

/**
 * Runs text through WeChat msgSecCheck (v2), in pieces of at most 2,500 characters. `passed` only
 * when every piece gets a clear `pass`; a risky or doubtful answer, or WeChat being unreachable,
 * holds the text for a person to review (it is never dropped).
 */
export async function checkText(deps: { wechat: WechatClient; logger: Logger }, content: string, openid: string | null): Promise<TextCheck> {
  for (const piece of textCheckPieces(content)) {
    try {
      const res = await deps.wechat.callApi('/wxa/msg_sec_check', { content: piece, version: 2, scene: 2, openid: openid ?? '' })
      if ((res.result as { suggest?: string } | undefined)?.suggest !== 'pass') return HELD_RISKY
    } catch (err) {
      if (err instanceof WechatApiError && err.errcode === RISKY_ERRCODE) return HELD_RISKY
      deps.logger.warn({ err }, 'msg_sec_check unavailable; text held for review')
      return HELD_UNAVAILABLE
    }
  }
  return { state: 'passed', note: null }
}
