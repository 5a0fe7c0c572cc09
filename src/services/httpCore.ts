import type { ApiError } from '../shared/common'

/** Shown when the request never got an answer. */
export const NETWORK_MESSAGE = '网络不太好，请稍后重试'
/** Shown when the server answered with an error but no message a person can read. */
export const FALLBACK_MESSAGE = '服务暂时不可用，请稍后重试'

/** A failed API call. `message` is a plain Chinese sentence meant to be shown as is. */
export class ApiRequestError extends Error {
  readonly code: string
  readonly status: number
  readonly fields?: Record<string, string>

  constructor(message: string, code: string, status: number, fields?: Record<string, string>) {
    super(message)
    this.name = 'ApiRequestError'
    this.code = code
    this.status = status
    this.fields = fields
  }
}

export type QueryValue = string | number | boolean | null | undefined

/** Appends the defined query values to `path`, URL-encoded, in the given order. */
export function withQuery(path: string, query?: Record<string, QueryValue>): string {
  if (!query) return path
  const parts: string[] = []
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue
    parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
  }
  if (parts.length === 0) return path
  return `${path}${path.includes('?') ? '&' : '?'}${parts.join('&')}`
}

/** Joins the API origin and a path (`''` origin keeps it relative, for H5 on the same origin). */
export function joinUrl(base: string, path: string): string {
  if (!base) return path
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`
}

function isApiError(body: unknown): body is ApiError {
  if (!body || typeof body !== 'object') return false
  const value = body as Record<string, unknown>
  return typeof value.code === 'string' && typeof value.message === 'string'
}

/**
 * Turns an HTTP answer into the data, or throws an ApiRequestError carrying the server's
 * `{code, message}` (message shown to the person unchanged).
 */
export function readResponse<T>(statusCode: number, body: unknown): T {
  if (statusCode >= 200 && statusCode < 300) return body as T
  if (isApiError(body) && body.message.trim()) {
    throw new ApiRequestError(body.message, body.code, statusCode, body.fields)
  }
  if (statusCode === 401) throw new ApiRequestError('请先登录', 'UNAUTHENTICATED', statusCode)
  throw new ApiRequestError(FALLBACK_MESSAGE, 'HTTP_' + statusCode, statusCode)
}

/** The error for a request that failed before any answer (offline, timeout, DNS, TLS). */
export function networkError(): ApiRequestError {
  return new ApiRequestError(NETWORK_MESSAGE, 'NETWORK', 0)
}

/** A message fit to show for anything thrown by a service call. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiRequestError) return error.message
  return FALLBACK_MESSAGE
}

/** A fresh idempotency key for one user action (retries of that action reuse it). */
export function newIdempotencyKey(random: () => number = Math.random, now: () => number = Date.now): string {
  const rand = Array.from({ length: 4 }, () => Math.floor(random() * 0x100000000).toString(36)).join('')
  return `${now().toString(36)}-${rand}`.slice(0, 64)
}
