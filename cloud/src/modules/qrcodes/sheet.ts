import { existsSync } from 'node:fs'
import { AppError } from '../../lib/errors'
import type { CodeArt } from './codeArt'

/** One code on a sheet with the words printed around it. */
export interface SheetCard {
  art: CodeArt
  /** Small line above the title (智慧门牌, 码上知道, 窗口服务 …). */
  heading: string
  title: string
  lines: string[]
  footer: string
}

/**
 * CJK fonts the sheets can embed (a subset of the glyphs used goes into each PDF). Debian's
 * fonts-wqy-zenhei first; the container must have one of them.
 */
const CJK_FONTS = [
  { path: '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', name: 'WenQuanYiZenHei' },
  { path: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', name: 'WenQuanYiMicroHei' },
  { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', name: 'NotoSansCJKsc-Regular' }
]

function cjkFont(): { path: string; name: string } {
  const font = CJK_FONTS.find((f) => existsSync(f.path))
  if (!font) throw new AppError(503, 'NO_CJK_FONT', '服务器缺少中文字体，生成不了打印文件。请管理员安装 fonts-wqy-zenhei 后再试')
  return font
}

const A4 = { w: 595.28, h: 841.89 }
const MARGIN = 28

type Doc = PDFKit.PDFDocument

/** Draws a code's art in a square of `size` points at (x, y). */
function drawCode(doc: Doc, art: CodeArt, x: number, y: number, size: number): void {
  if (art.form === 'miniprogram') {
    doc.image(art.image, x, y, { width: size, height: size })
    return
  }
  const quiet = 4
  const n = art.matrix.length + quiet * 2
  const cell = size / n
  doc.save()
  art.matrix.forEach((row, r) =>
    row.forEach((dark, c) => {
      if (dark) doc.rect(x + (c + quiet) * cell, y + (r + quiet) * cell, cell + 0.05, cell + 0.05)
    })
  )
  doc.fill('#000000')
  doc.restore()
}

/** Writes one line centred in a box, shrinking the type until it fits on one line. */
function centred(doc: Doc, text: string, x: number, y: number, width: number, size: number, color = '#111111'): number {
  let s = size
  doc.fontSize(s)
  while (s > 7 && doc.widthOfString(text) > width) doc.fontSize((s -= 1))
  doc.fillColor(color).text(text, x, y, { width, align: 'center', lineBreak: false })
  return y + s * 1.3
}

/** A door plate: a card of a 2 × 3 grid, with a dashed cut line. */
function plateCard(doc: Doc, card: SheetCard, x: number, y: number, w: number, h: number): void {
  doc.save().lineWidth(0.6).dash(4, { space: 3 }).strokeColor('#9ca3af').rect(x, y, w, h).stroke().undash().restore()
  doc.save().rect(x + 8, y + 8, w - 16, 26).fill('#0052d9').restore()
  centred(doc, card.heading, x + 8, y + 14, w - 16, 14, '#ffffff')
  let at = centred(doc, card.title, x + 10, y + 42, w - 20, 24)
  for (const line of card.lines) at = centred(doc, line, x + 10, at, w - 20, 12, '#374151')
  const size = Math.min(h - (at - y) - 34, w - 40)
  drawCode(doc, card.art, x + (w - size) / 2, at + 2, size)
  centred(doc, card.footer, x + 10, y + h - 24, w - 20, 10, '#4b5563')
}

/** A poster: one code on a whole A4 page. */
function poster(doc: Doc, card: SheetCard): void {
  const w = A4.w - MARGIN * 2
  doc.save().rect(MARGIN, MARGIN, w, 64).fill('#0052d9').restore()
  centred(doc, card.heading, MARGIN, MARGIN + 18, w, 26, '#ffffff')
  let at = centred(doc, card.title, MARGIN, MARGIN + 96, w, 40)
  for (const line of card.lines) at = centred(doc, line, MARGIN, at + 4, w, 18, '#374151')
  const size = 330
  drawCode(doc, card.art, (A4.w - size) / 2, at + 20, size)
  centred(doc, card.art.form === 'miniprogram' ? '打开微信，扫一扫' : '用微信或手机相机扫一扫', MARGIN, at + size + 36, w, 16, '#4b5563')
  centred(doc, card.footer, MARGIN, A4.h - MARGIN - 40, w, 16, '#111111')
}

/**
 * Lays cards out on A4 pages — `plates`: door plates six to a page with cut lines; `posters`: one
 * code a page — with a subset of a CJK font embedded so Chinese prints. Answers the PDF and its page count.
 * pdfkit is loaded on the first sheet, not at start-up (it reads its font metrics and colour profile then).
 */
export async function renderSheet(layout: 'plates' | 'posters', cards: readonly SheetCard[], info: { title: string; at: Date }): Promise<{ data: Buffer; pages: number }> {
  const font = cjkFont()
  const { default: PDFDocument } = await import('pdfkit')
  const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, info: { Title: info.title, Creator: '乡里办', CreationDate: info.at } })
  const chunks: Buffer[] = []
  doc.on('data', (c: Buffer) => chunks.push(c))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  doc.registerFont('cjk', font.path, font.name)
  let pages = 0
  const newPage = () => {
    doc.addPage({ size: 'A4', margin: 0 })
    doc.font('cjk')
    pages += 1
  }
  if (layout === 'posters') {
    for (const card of cards) {
      newPage()
      poster(doc, card)
    }
  } else {
    const cols = 2
    const rows = 3
    const w = (A4.w - MARGIN * 2) / cols
    const h = (A4.h - MARGIN * 2) / rows
    cards.forEach((card, i) => {
      if (i % (cols * rows) === 0) newPage()
      const slot = i % (cols * rows)
      plateCard(doc, card, MARGIN + (slot % cols) * w, MARGIN + Math.floor(slot / cols) * h, w, h)
    })
  }
  doc.end()
  return done.then((data) => ({ data, pages }))
}
