import { Readable, Writable } from 'node:stream'
import type { IncomingMessage, ServerResponse } from 'node:http'

/** A request for invokeInMemory. Header names are matched case-insensitively. */
export interface MemoryRequestInit {
  method: string
  url: string
  headers: Record<string, string>
  body?: Buffer
  remoteAddress?: string
}

export interface MemoryResponse {
  status: number
  headers: Record<string, string>
  body: Buffer
}

class FakeRequest extends Readable {
  readonly httpVersion = '1.1'
  readonly httpVersionMajor = 1
  readonly httpVersionMinor = 1
  readonly method: string
  readonly url: string
  readonly headers: Record<string, string>
  readonly rawHeaders: string[]
  readonly socket: { remoteAddress: string; encrypted: boolean }
  readonly connection: { remoteAddress: string; encrypted: boolean }
  complete = false
  private pending: Buffer | null

  constructor(init: MemoryRequestInit) {
    super()
    this.method = init.method.toUpperCase()
    this.url = init.url
    this.headers = {}
    for (const [k, v] of Object.entries(init.headers)) this.headers[k.toLowerCase()] = v
    this.pending = init.body ?? null
    if (this.pending && this.pending.length > 0 && !this.headers['transfer-encoding']) {
      this.headers['content-length'] = String(this.pending.length)
    }
    this.rawHeaders = Object.entries(this.headers).flat()
    this.socket = { remoteAddress: init.remoteAddress ?? '127.0.0.1', encrypted: false }
    this.connection = this.socket
  }

  override _read(): void {
    if (this.pending && this.pending.length > 0) this.push(this.pending)
    this.pending = null
    this.complete = true
    this.push(null)
  }
}

class FakeResponse extends Writable {
  statusCode = 200
  statusMessage = ''
  headersSent = false
  finished = false
  readonly socket = null
  private readonly headerMap = new Map<string, { name: string; value: string | string[] }>()
  private readonly chunks: Buffer[] = []

  setHeader(name: string, value: string | number | readonly string[]): this {
    this.headerMap.set(name.toLowerCase(), { name, value: Array.isArray(value) ? [...value] : String(value) })
    return this
  }
  getHeader(name: string): string | string[] | undefined {
    return this.headerMap.get(name.toLowerCase())?.value
  }
  getHeaders(): Record<string, string | string[]> {
    return Object.fromEntries([...this.headerMap].map(([k, v]) => [k, v.value]))
  }
  getHeaderNames(): string[] {
    return [...this.headerMap.keys()]
  }
  hasHeader(name: string): boolean {
    return this.headerMap.has(name.toLowerCase())
  }
  removeHeader(name: string): void {
    this.headerMap.delete(name.toLowerCase())
  }
  writeHead(status: number, a?: string | Record<string, string>, b?: Record<string, string>): this {
    this.statusCode = status
    if (typeof a === 'string') this.statusMessage = a
    for (const [k, v] of Object.entries((typeof a === 'object' ? a : b) ?? {})) this.setHeader(k, v)
    this.headersSent = true
    return this
  }
  flushHeaders(): void {
    this.headersSent = true
  }
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: (err?: Error | null) => void): void {
    this.headersSent = true
    this.chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk))
    done()
  }
  override _final(done: (err?: Error | null) => void): void {
    this.headersSent = true
    this.finished = true
    done()
  }
  result(): MemoryResponse {
    const headers: Record<string, string> = {}
    for (const [key, { value }] of this.headerMap) headers[key] = Array.isArray(value) ? value.join(', ') : value
    return { status: this.statusCode, headers, body: Buffer.concat(this.chunks) }
  }
}

/**
 * Runs a Node request listener (e.g. a Koa app's callback) on an in-memory request and collects
 * the response, without opening a socket. Used by the cloud function adapter.
 */
export function invokeInMemory(
  listener: (req: IncomingMessage, res: ServerResponse) => unknown,
  init: MemoryRequestInit
): Promise<MemoryResponse> {
  const req = new FakeRequest(init)
  const res = new FakeResponse()
  return new Promise((resolve, reject) => {
    res.once('finish', () => resolve(res.result()))
    res.once('error', reject)
    try {
      void listener(req as unknown as IncomingMessage, res as unknown as ServerResponse)
    } catch (err) {
      reject(err)
    }
  })
}
