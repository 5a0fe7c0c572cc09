import pino, { type Logger } from 'pino'
import type { AppConfig } from '../config/env'

/** The process logger: JSON lines, level from LOG_LEVEL, secrets redacted. */
export function createLogger(config: Pick<AppConfig, 'logLevel'>): Logger {
  return pino({
    level: config.logLevel,
    base: { service: 'xiangliban' },
    redact: { paths: ['headers.authorization', 'token', '*.token', 'idNumber', '*.idNumber'], censor: '[redacted]' }
  })
}
