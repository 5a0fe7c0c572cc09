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
  const size = (matrix.length + margin * 2) * scale
  const png = new PNG({ width: size, height: size })
  for (let y = 0; y < size; y++) {
    const row = matrix[Math.floor(y / scale) - margin]
    for (let x = 0; x < size; x++) {
      const dark = row?.[Math.floor(x / scale) - margin] === true
      const at = (y * size + x) * 4
      const light = opts.transparent ? 0 : 255
      png.data[at] = dark ? 0 : 255
      png.data[at + 1] = dark ? 0 : 255
      png.data[at + 2] = dark ? 0 : 255
      png.data[at + 3] = dark ? 255 : light
    }
  }
  return PNG.sync.write(png)
}
