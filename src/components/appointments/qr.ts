import qrcode from 'qrcode-generator'

export { qrMatrix } from '../../shared/qrMatrix'

/**
 * A QR code for `text` as a GIF data URL: drawn in plain JavaScript, so the same `<Image>` shows it in
 * the mini-program and on H5 (no canvas, no DOM). `cell` pixels per module, a 4-module quiet zone.
 */
export function qrDataUrl(text: string, cell = 6): string {
  const qr = qrcode(0, 'M')
  qr.addData(text, /^[0-9A-Z $%*+\-./:]*$/.test(text) ? 'Alphanumeric' : 'Byte')
  qr.make()
  return qr.createDataURL(cell, cell * 4)
}
