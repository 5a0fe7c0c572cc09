import type { Context, Next } from 'koa'
import type { Logger } from 'pino'
import type { ApiError } from '../../../src/shared/common'
import { AppError } from './errors'
import { isDuplicateKeyError } from './mongoErrors'

const INTERNAL_MESSAGE = '服务器出了点问题，请稍后再试'

const HTTP_MESSAGES: Record<number, [string, string]> = {
  400: ['BAD_REQUEST', '请求内容不正确，请检查后再试'],
  401: ['UNAUTHORIZED', '请先登录'],
  403: ['FORBIDDEN', '您没有权限进行这个操作'],
  404: ['NOT_FOUND', '没有找到您要的内容'],
  405: ['METHOD_NOT_ALLOWED', '这个接口不支持这种请求方式'],
  408: ['REQUEST_TIMEOUT', '请求超时，请检查网络后再试'],
  413: ['PAYLOAD_TOO_LARGE', '提交的内容太大（超过 1 MB），请删减后再试；图片请单独上传'],
  415: ['UNSUPPORTED_MEDIA_TYPE', '请用 JSON 格式提交（Content-Type: application/json）'],
  429: ['TOO_MANY_REQUESTS', '操作太频繁了，请稍后再试']
}

/** Turns any thrown value into the AppError the client should see, or null for a genuine 500. */
export function toAppError(err: unknown): AppError | null {
  if (err instanceof AppError) return err
  if (!err || typeof err !== 'object') return null
  const e = err as { name?: string; type?: string; code?: unknown; status?: unknown; statusCode?: unknown; errors?: unknown; path?: unknown }
  const status = typeof e.status === 'number' ? e.status : typeof e.statusCode === 'number' ? e.statusCode : undefined

  if (err instanceof SyntaxError && status === 400) {
    return new AppError(400, 'INVALID_JSON', '请求内容不是有效的 JSON')
  }
  if (e.type === 'entity.too.large') return httpError(413)
  if (e.type === 'encoding.unsupported' || e.type === 'charset.unsupported') {
    return new AppError(415, 'UNSUPPORTED_ENCODING', '不支持这种内容编码，请用 UTF-8 的 JSON 提交')
  }
  if (e.type === 'request.aborted' || e.type === 'request.size.invalid') {
    return new AppError(400, 'REQUEST_INCOMPLETE', '提交的内容没有完整收到，请检查网络后重试')
  }
  if (typeof e.code === 'string' && (e.code.startsWith('Z_') || e.code.startsWith('ERR__ERROR_') || e.code.startsWith('ERR_BROTLI'))) {
    return new AppError(400, 'INVALID_ENCODING', '提交的压缩内容无法解开，请不压缩重新提交')
  }
  if (e.name === 'CastError') {
    const field = typeof e.path === 'string' ? e.path : '_'
    return new AppError(400, 'INVALID_ID', '编号或内容格式不正确，请检查后再试', { [field]: '格式不正确' })
  }
  if (e.name === 'ValidationError' && e.errors && typeof e.errors === 'object') {
    const fields: Record<string, string> = {}
    for (const key of Object.keys(e.errors)) fields[key] = '内容不正确'
    return new AppError(400, 'VALIDATION_FAILED', '提交的内容有不正确的地方，请检查后再试', fields)
  }
  if (isDuplicateKeyError(err)) return new AppError(409, 'DUPLICATE', '这条记录已经存在，请不要重复提交')
  if (status !== undefined && status >= 400 && status < 500) return httpError(status)
  return null
}

function httpError(status: number): AppError {
  const [code, message] = HTTP_MESSAGES[status] ?? [`HTTP_${status}`, '请求没有成功，请检查后再试']
  return new AppError(status, code, message)
}

/**
 * The one place errors become responses: `{ code, message, requestId, fields? }` with the
 * right status. Anything unexpected is logged with its stack and answered 500 without internals.
 */
export function errorHandler(fallbackLogger: Logger) {
  return async function handleErrors(ctx: Context, next: Next): Promise<void> {
    try {
      await next()
    } catch (err) {
      const log = (ctx.state.log as Logger | undefined) ?? fallbackLogger
      const known = toAppError(err)
      const requestId = String(ctx.state.requestId ?? '')
      const body: ApiError = known
        ? { code: known.code, message: known.message, requestId, ...(known.fields ? { fields: known.fields } : {}) }
        : { code: 'INTERNAL', message: INTERNAL_MESSAGE, requestId }
      if (known) {
        if (known.status >= 500) log.warn({ code: known.code }, known.message)
      } else {
        log.error({ err }, 'unhandled error')
      }
      if (ctx.headerSent || !ctx.writable) return
      // A body left unread (too large, undecodable) would be parsed as the next request on this
      // connection and stall it: answer, then close the connection.
      if (!ctx.req.complete) ctx.set('Connection', 'close')
      ctx.status = known?.status ?? 500
      ctx.remove('Content-Disposition')
      ctx.type = 'application/json'
      ctx.body = body
    }
  }
}
