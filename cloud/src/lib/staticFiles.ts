import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm'
}

/** A content hash in the file name (`app.3f2a91c0.js`) means the file never changes. */
const HASHED = /[.-][0-9a-f]{8,}\.[a-z0-9]+$/i

/**
 * Serves a built single-page app: files under `root` with their content types, immutable caching
 * for hashed assets and revalidation for the rest, 304 on a matching ETag, and index.html for
 * unknown paths without a file extension (client-side routes). Never serves outside `root`.
 */
export function createStaticHandler(root: string) {
  const base = path.resolve(root)
  const indexFile = path.join(base, 'index.html')

  return async function serveStatic(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' })
      res.end('不支持这种请求方式')
      return
    }
    let pathname: string
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)
    } catch {
      return plain(res, 400, '地址不正确')
    }
    if (pathname.includes('\0')) return plain(res, 400, '地址不正确')
    const target = path.resolve(base, '.' + path.posix.normalize(pathname))
    if (target !== base && !target.startsWith(base + path.sep)) return plain(res, 404, '没有找到这个页面')

    const file = (await fileAt(target)) ?? (await fileAt(path.join(target, 'index.html')))
    if (file) return send(req, res, file.path, file.size, file.mtime)
    if (path.extname(pathname)) return plain(res, 404, '没有找到这个文件')
    const index = await fileAt(indexFile)
    if (!index) {
      return plain(res, 503, 'H5 页面还没有构建：请先运行 npm run build:h5（npm start 会自动构建）')
    }
    return send(req, res, index.path, index.size, index.mtime)
  }
}

async function fileAt(p: string): Promise<{ path: string; size: number; mtime: Date } | null> {
  try {
    const s = await stat(p)
    return s.isFile() ? { path: p, size: s.size, mtime: s.mtime } : null
  } catch {
    return null
  }
}

function send(req: IncomingMessage, res: ServerResponse, file: string, size: number, mtime: Date): void {
  const etag = `W/"${size.toString(16)}-${Math.floor(mtime.getTime() / 1000).toString(16)}"`
  const name = path.basename(file)
  const headers: Record<string, string> = {
    'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'cache-control': HASHED.test(name) ? 'public, max-age=31536000, immutable' : 'no-cache',
    etag,
    'last-modified': mtime.toUTCString(),
    'x-content-type-options': 'nosniff'
  }
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers)
    res.end()
    return
  }
  res.writeHead(200, { ...headers, 'content-length': String(size) })
  if (req.method === 'HEAD') {
    res.end()
    return
  }
  const stream = createReadStream(file)
  stream.on('error', () => res.destroy())
  stream.pipe(res)
}

function plain(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' })
  res.end(text)
}
