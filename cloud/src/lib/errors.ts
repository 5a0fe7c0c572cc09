/**
 * Typed application errors. Every failure a person can cause is an AppError with a stable
 * string code and a Chinese message fit to show; the error middleware turns it into JSON.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>
  ) {
    super(message)
    this.name = 'AppError'
  }
}

export const badRequest = (code: string, message: string, fields?: Record<string, string>) =>
  new AppError(400, code, message, fields)
export const unauthorized = (message = '请先登录') => new AppError(401, 'UNAUTHORIZED', message)
/** A token was sent but its session is unknown or over: the client should sign in again. */
export const sessionExpired = () => new AppError(401, 'SESSION_EXPIRED', '登录已过期，请重新进入小程序')
export const forbidden = (message = '您没有权限进行这个操作') => new AppError(403, 'FORBIDDEN', message)
export const notFound = (message = '没有找到您要的内容') => new AppError(404, 'NOT_FOUND', message)
export const conflict = (code: string, message: string) => new AppError(409, code, message)
