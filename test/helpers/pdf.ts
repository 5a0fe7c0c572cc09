/**
 * Reading printed sheets back as a person would: poppler's `pdftoppm` renders each PDF page to a
 * PNG, and jsQR reads the QR codes off the rendered pixels.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'

const run = promisify(execFile)

/** One rendered page. */
export interface RenderedPage {
  png: Buffer
  width: number
  height: number
  data: Buffer
}

/** Renders every page of a PDF at `dpi` with pdftoppm (poppler-utils). */
export async function renderPdf(pdf: Buffer, dpi = 100): Promise<RenderedPage[]> {
  const dir = mkdtempSync(join(tmpdir(), 'xlb-pdf-'))
  try {
    writeFileSync(join(dir, 'sheet.pdf'), pdf)
    await run('pdftoppm', ['-png', '-r', String(dpi), join(dir, 'sheet.pdf'), join(dir, 'page')])
    return readdirSync(dir)
      .filter((f) => f.startsWith('page') && f.endsWith('.png'))
      .sort()
      .map((f) => {
        const png = readFileSync(join(dir, f))
        const img = PNG.sync.read(png)
        return { png, width: img.width, height: img.height, data: img.data }
      })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The text of the QR code inside a region of a page (pixels), or null when none reads. */
export function readQr(page: RenderedPage, region = { x: 0, y: 0, w: page.width, h: page.height }): string | null {
  const x0 = Math.max(0, Math.floor(region.x))
  const y0 = Math.max(0, Math.floor(region.y))
  const w = Math.min(page.width - x0, Math.floor(region.w))
  const h = Math.min(page.height - y0, Math.floor(region.h))
  const out = new Uint8ClampedArray(w * h * 4)
  for (let y = 0; y < h; y++) {
    const from = ((y0 + y) * page.width + x0) * 4
    out.set(page.data.subarray(from, from + w * 4), y * w * 4)
  }
  return jsQR(out, w, h)?.data ?? null
}

/** The text of a QR code in a PNG image, or null. */
export function readQrPng(png: Buffer): string | null {
  const img = PNG.sync.read(png)
  const rgb = new Uint8ClampedArray(img.data.length)
  for (let i = 0; i < img.data.length; i += 4) {
    const a = img.data[i + 3]! / 255
    for (let k = 0; k < 3; k++) rgb[i + k] = Math.round(img.data[i + k]! * a + 255 * (1 - a))
    rgb[i + 3] = 255
  }
  return jsQR(rgb, img.width, img.height)?.data ?? null
}
