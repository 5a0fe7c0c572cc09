import Taro from '@tarojs/taro'
import { ApiRequestError, joinUrl, networkError, readResponse, withQuery, type QueryValue } from './httpCore'
import { authToken, clearSession } from './session'
import { ACTING_FOR_HEADER } from '../shared/acting'

export { ApiRequestError, messageOf, newIdempotencyKey } from './httpCore'

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  query?: Record<string, QueryValue>
  body?: unknown
  /** Sent as `Idempotency-Key` so a retried write is applied once. */
  idempotencyKey?: string
  /** An assistant acting for a person they help: that person's id, sent as `x-acting-for`. */
  actingFor?: string
}

/**
 * Calls the cloud API. Adds `Authorization: Bearer` when signed in; throws ApiRequestError
 * whose message can be shown to the person as is.
 */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const header: Record<string, string> = { 'Content-Type': 'application/json' }
  const token = authToken()
  if (token) header.Authorization = `Bearer ${token}`
  if (options.idempotencyKey) header['Idempotency-Key'] = options.idempotencyKey
  if (options.actingFor) header[ACTING_FOR_HEADER] = options.actingFor
  let response: Taro.request.SuccessCallbackResult<string | TaroGeneral.IAnyObject | ArrayBuffer>
  try {
    response = await Taro.request({
      url: joinUrl(API_BASE_URL, withQuery(path, options.query)),
      method: options.method ?? 'GET',
      data: options.body as Taro.request.Option['data'],
      header,
      dataType: 'json',
      timeout: 15000
    })
  } catch {
    throw networkError()
  }
  try {
    return readResponse<T>(response.statusCode, response.data)
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 401 && token) clearSession()
    throw error
  }
}
