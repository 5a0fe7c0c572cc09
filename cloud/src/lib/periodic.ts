import type { Logger } from 'pino'

export interface PeriodicJob {
  /** Starts no new round; resolves when the running one has ended. */
  stop(): Promise<void>
}

/**
 * Runs `round` (at once, or after `firstDelayMs`), then again `intervalMs` after each round ends, so
 * rounds never overlap in one process. A failed round is logged and the next one tries again. The
 * round is told when a stop was requested, so a long one can end early.
 */
export function runPeriodically(opts: {
  name: string
  intervalMs: number
  firstDelayMs?: number
  logger: Logger
  round: (stopRequested: () => boolean) => Promise<void>
}): PeriodicJob {
  let stopped = false
  let timer: NodeJS.Timeout | null = null
  let running: Promise<void> | null = null
  const stopRequested = () => stopped

  const schedule = (ms: number) => {
    timer = setTimeout(tick, ms)
    timer.unref()
  }
  function tick() {
    timer = null
    running = opts
      .round(stopRequested)
      .catch((err: unknown) => opts.logger.error({ err }, `${opts.name} round failed`))
      .finally(() => {
        running = null
        if (!stopped) schedule(opts.intervalMs)
      })
  }
  if (opts.firstDelayMs === undefined) tick()
  else schedule(opts.firstDelayMs)

  return {
    async stop() {
      stopped = true
      if (timer) clearTimeout(timer)
      timer = null
      await running
    }
  }
}
