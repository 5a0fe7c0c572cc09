import { attemptsExhausted, backoffDelayMs, DEFAULT_BACKOFF } from '../../../cloud/src/modules/notices/backoff'

const policy = { baseMs: 1000, capMs: 60_000, maxAttempts: 5 }

describe('retry backoff', () => {
  it('doubles per attempt with equal jitter: always within [d/2, d]', () => {
    for (let attempt = 1; attempt <= 6; attempt++) {
      const d = Math.min(60_000, 1000 * 2 ** (attempt - 1))
      expect(backoffDelayMs(attempt, policy, () => 0)).toBe(d / 2)
      expect(backoffDelayMs(attempt, policy, () => 1)).toBe(d)
      const mid = backoffDelayMs(attempt, policy, () => 0.5)
      expect(mid).toBeGreaterThanOrEqual(d / 2)
      expect(mid).toBeLessThanOrEqual(d)
    }
  })

  it('never waits longer than the cap, however many attempts', () => {
    expect(backoffDelayMs(50, policy, () => 1)).toBe(60_000)
    expect(backoffDelayMs(10_000, policy, () => 1)).toBe(60_000)
    expect(backoffDelayMs(10_000, DEFAULT_BACKOFF, () => 1)).toBe(DEFAULT_BACKOFF.capMs)
  })

  it('treats nonsense attempt numbers as the first attempt and clamps the random source', () => {
    expect(backoffDelayMs(0, policy, () => 1)).toBe(1000)
    expect(backoffDelayMs(-3, policy, () => 2)).toBe(1000)
    expect(backoffDelayMs(1, policy, () => -1)).toBe(500)
  })

  it('spreads retries of notices that failed together', () => {
    let seed = 7
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647)
    const delays = new Set(Array.from({ length: 50 }, () => backoffDelayMs(4, policy, random)))
    expect(delays.size).toBeGreaterThan(40)
  })

  it('gives up after maxAttempts', () => {
    expect(attemptsExhausted(4, policy)).toBe(false)
    expect(attemptsExhausted(5, policy)).toBe(true)
  })
})
