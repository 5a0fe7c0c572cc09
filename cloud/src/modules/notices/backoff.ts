/** When a failed notice is tried again and when the dispatcher gives up. */
export interface BackoffPolicy {
  /** Delay after the first failure before jitter. */
  baseMs: number
  /** No delay is longer than this. */
  capMs: number
  /** Attempts in all; the notice is `failed` after the last one fails. */
  maxAttempts: number
}

/** 30 s, 1 min, 2 min … (cap 1 h): 8 attempts span 30–65 minutes, early enough for a next-day reminder to still help. */
export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 30_000, capMs: 3_600_000, maxAttempts: 8 }

/**
 * Delay before the attempt after failed attempt number `attempt` (1-based): exponential, capped, with
 * “equal jitter” (half fixed, half random) so replicas that failed together do not retry together.
 * Always within [d/2, d] where d = min(cap, base·2^(attempt−1)).
 */
export function backoffDelayMs(attempt: number, policy: BackoffPolicy = DEFAULT_BACKOFF, random: () => number = Math.random): number {
  const n = Math.max(1, Math.floor(attempt))
  const exp = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(n - 1, 52))
  const r = Math.min(1, Math.max(0, random()))
  return Math.round(exp / 2 + (exp / 2) * r)
}

/** True when the attempt just failed was the last one allowed. */
export function attemptsExhausted(attempts: number, policy: BackoffPolicy = DEFAULT_BACKOFF): boolean {
  return attempts >= policy.maxAttempts
}
