import { PNG } from 'pngjs'
import { qrMatrix } from '../../../src/shared/qrMatrix'

/**
 * A plain QR code for `text` as PNG bytes: black modules on white (or on transparency), `scale`
 * pixels per module and a quiet zone of `margin` modules, so any phone camera or decoder reads it.
 */
export function qrPng(text: string, opts: { scale?: number; margin?: number; transparent?: boolean } = {}): Buffer {
  const matrix = qrMatrix(text)
  const scale = opts.scale ?? 8
  const margin = opts.margin ?? 4
  const modules = matrix.length + margin * 2
  const size = modules * scale
  const png = new PNG({ width: size, height: size })
  const light = Buffer.from([255, 255, 255, opts.transparent ? 0 : 255])
  const dark = Buffer.from([0, 0, 0, 255])
  const rowBytes = size * 4
  for (let m = 0; m < modules; m++) {
    const cells = matrix[m - margin]
    const line = Buffer.alloc(rowBytes)
    for (let x = 0; x < size; x++) (cells?.[Math.floor(x / scale) - margin] === true ? dark : light).copy(line, x * 4)
    for (let k = 0; k < scale; k++) line.copy(png.data, (m * scale + k) * rowBytes)
  }
  // No per-row filter search: a two-colour image compresses well without it, and the search is slow.
  return PNG.sync.write(png, { filterType: 0 })
}
