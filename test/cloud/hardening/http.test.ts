import { connect } from 'node:net'
import { brotliCompressSync } from 'node:zlib'
import { startTestApp, type TestApp } from '../helpers/testApp'

let t: TestApp
beforeAll(async () => {
  t = await startTestApp()
})
afterAll(() => t.stop())

/** Sends raw HTTP/1.1 on one connection and collects everything the server answers within `waitMs`. */
function rawExchange(requests: Buffer[], waitMs: number): Promise<string> {
  const { port } = new URL(t.url)
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1')
    let answer = ''
    socket.on('data', (d) => (answer += d.toString('latin1')))
    socket.on('error', reject)
    socket.on('connect', () => {
      for (const r of requests) socket.write(r)
    })
    const timer = setTimeout(() => done(), waitMs)
    const done = () => {
      clearTimeout(timer)
      socket.destroy()
      resolve(answer)
    }
    socket.on('close', done)
  })
}

const chunked = (body: Buffer) => Buffer.concat([Buffer.from(`${body.length.toString(16)}\r\n`), body, Buffer.from('\r\n0\r\n\r\n')])

describe('request bodies that cannot be used', () => {
  it('answers a too-large chunked body with 413 and closes the connection, so no later request hangs behind it', async () => {
    const big = Buffer.from(JSON.stringify({ code: 'x'.repeat(2 * 1024 * 1024) }))
    const head = Buffer.from('POST /api/auth/wechat-login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n')
    const next = Buffer.from('GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n')
    const started = Date.now()
    const answer = await rawExchange([head, chunked(big), next], 3000)
    expect(answer).toMatch(/^HTTP\/1\.1 413/)
    expect(answer.toLowerCase()).toContain('connection: close')
    expect(Date.now() - started).toBeLessThan(2500)
  })

  it.each([
    ['br', Buffer.from('not brotli at all, just bytes')],
    ['gzip', Buffer.from('not gzip')],
    ['deflate', Buffer.from('not deflate')]
  ])('answers an undecodable %s body with 400 and a Chinese message, never 500', async (encoding, data) => {
    const res = await fetch(`${t.url}/api/auth/wechat-login`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': encoding }, body: data })
    expect(res.status).toBe(400)
    expect(((await res.json()) as { message: string }).message).toMatch(/[\u4e00-\u9fff]/)
  })

  it('still takes a well-formed brotli body', async () => {
    const res = await fetch(`${t.url}/api/auth/wechat-login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'br' },
      body: brotliCompressSync(Buffer.from(JSON.stringify({ code: 'dev-br' })))
    })
    expect(res.status).toBe(200)
  })
})

describe('methods', () => {
  it.each(['TRACE', 'PROPFIND', 'PATCH'])('answers %s on a known path with 405 and the methods it allows', async (method) => {
    const answer = await rawExchange([Buffer.from(`${method} /api/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`)], 2000)
    expect(answer).toMatch(/^HTTP\/1\.1 405/)
    expect(answer).toMatch(/\r\nallow: [^\r]*GET/i)
  })
})
