import {
  ApiRequestError,
  FALLBACK_MESSAGE,
  NETWORK_MESSAGE,
  joinUrl,
  messageOf,
  networkError,
  newIdempotencyKey,
  readResponse,
  withQuery
} from '../../../src/services/httpCore'

describe('http error mapping', () => {
  it('returns the body of a 2xx answer', () => {
    expect(readResponse(200, { items: [] })).toEqual({ items: [] })
    expect(readResponse(201, { id: 'x' })).toEqual({ id: 'x' })
  })

  it('throws the server message unchanged, with code, status and field messages', () => {
    const body = { code: 'VALIDATION', message: '请填写 11 位手机号码', fields: { phone: '请填写 11 位手机号码' } }
    let thrown: unknown
    try {
      readResponse(400, body)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(ApiRequestError)
    const error = thrown as ApiRequestError
    expect(error.message).toBe('请填写 11 位手机号码')
    expect(error.code).toBe('VALIDATION')
    expect(error.status).toBe(400)
    expect(error.fields).toEqual({ phone: '请填写 11 位手机号码' })
    expect(messageOf(error)).toBe('请填写 11 位手机号码')
  })

  it('never shows internals when the error body is not ours', () => {
    expect(() => readResponse(502, '<html>Bad Gateway</html>')).toThrow(FALLBACK_MESSAGE)
    expect(() => readResponse(500, { code: 'X', message: '   ' })).toThrow(FALLBACK_MESSAGE)
    expect(() => readResponse(401, null)).toThrow('请先登录')
    expect(messageOf(new TypeError('x is undefined'))).toBe(FALLBACK_MESSAGE)
  })

  it('words a failed connection as a network problem', () => {
    const error = networkError()
    expect(error.message).toBe(NETWORK_MESSAGE)
    expect(error.message).toBe('网络不太好，请稍后重试')
    expect(error.status).toBe(0)
  })

  it('builds URLs for weapp (absolute origin) and H5 (same origin)', () => {
    expect(joinUrl('http://127.0.0.1:3000/', '/api/townships')).toBe('http://127.0.0.1:3000/api/townships')
    expect(joinUrl('', '/api/townships')).toBe('/api/townships')
    expect(withQuery('/api/guides', { townshipId: 'a', q: '低保 证明', departmentId: undefined, page: 2, lifeEvent: '' })).toBe(
      '/api/guides?townshipId=a&q=%E4%BD%8E%E4%BF%9D%20%E8%AF%81%E6%98%8E&page=2'
    )
    expect(withQuery('/api/x?a=1', { b: 2 })).toBe('/api/x?a=1&b=2')
  })

  it('makes distinct idempotency keys that fit a header', () => {
    const keys = new Set(Array.from({ length: 200 }, () => newIdempotencyKey()))
    expect(keys.size).toBe(200)
    for (const key of keys) expect(key).toMatch(/^[0-9a-z-]{8,64}$/)
  })
})
