import qrcode from 'qrcode-generator'

/** QR alphanumeric mode's characters: text made only of them encodes in a smaller code. */
const ALPHANUMERIC = /^[0-9A-Z $%*+\-./:]*$/

/**
 * The dark (true) and light modules of a QR code for `text`, row by row (error correction M, the
 * smallest version that fits). Pure JavaScript: the mini-program, H5 and the server draw from it.
 */
export function qrMatrix(text: string): boolean[][] {
  const qr = qrcode(0, 'M')
  qr.addData(text, ALPHANUMERIC.test(text) ? 'Alphanumeric' : 'Byte')
  qr.make()
  const n = qr.getModuleCount()
  return Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => qr.isDark(r, c)))
}
