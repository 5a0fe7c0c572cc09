import { createHash, timingSafeEqual } from 'node:crypto'

/** How far a push's timestamp may lie from now before it is refused as stale (or replayed). */
export const PUSH_MAX_AGE_SECONDS = 300

/** The 消息推送 signature: sha1 of token, timestamp and nonce sorted and joined. */
export function pushSignature(token: string, timestamp: string, nonce: string): string {
  return createHash('sha1').update([token, timestamp, nonce].sort().join('')).digest('hex')
}

/**
 * True when a push is signed with the token and its timestamp (seconds) is within
 * PUSH_MAX_AGE_SECONDS of `now`; false for a missing part, a wrong signature or a stale timestamp.
 */
export function verifyPush(
  token: string,
  q: { signature?: string; timestamp?: string; nonce?: string },
  now: Date
): boolean {
  if (!token || !q.signature || !q.timestamp || !q.nonce || !/^\d{1,12}$/.test(q.timestamp)) return false
  if (Math.abs(now.getTime() / 1000 - Number(q.timestamp)) > PUSH_MAX_AGE_SECONDS) return false
  const expected = Buffer.from(pushSignature(token, q.timestamp, q.nonce), 'utf8')
  const given = Buffer.from(q.signature.toLowerCase(), 'utf8')
  return expected.length === given.length && timingSafeEqual(expected, given)
}
