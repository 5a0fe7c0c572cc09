import {
  disclosureContentSchema,
  formatYuan,
  parseYuan,
  type DisclosureCategory,
  type DisclosureContent,
  type DisclosureContentInput,
  type DisclosureKind,
  type DisclosureScope,
  type VillageAffair
} from '../../shared/disclosure'

/** One line of the accounts editor, amounts still as typed (元). */
export interface LineForm {
  direction: 'income' | 'spending'
  item: string
  amount: string
  note: string
}

/**
 * The item editor's form: what the inputs hold. Amounts stay text (元) while typing; keywords are one
 * line separated by spaces or commas; attachments are kept with their names for the list.
 */
export interface ItemForm {
  kind: DisclosureKind
  scope: DisclosureScope
  villageId: string
  category: DisclosureCategory | null
  villageAffair: VillageAffair | null
  domainKey: string
  departmentId: string
  title: string
  body: string
  source: string
  documentNumber: string
  validUntil: string
  interpretsId: string
  keywords: string
  year: string
  quarter: string
  openingBalance: string
  lines: LineForm[]
  attachments: { id: string; name: string }[]
}

export type FormCheck = { ok: true; input: DisclosureContentInput } | { ok: false; errors: Record<string, string> }

/** A new line of the accounts editor. */
export const emptyLine = (direction: LineForm['direction'] = 'income'): LineForm => ({ direction, item: '', amount: '', note: '' })

/** An empty form for a new item of the author's department (a village's accounts when `villageId` is given). */
export function emptyItemForm(departmentId: string, year: number): ItemForm {
  return {
    kind: 'notice',
    scope: 'township',
    villageId: '',
    category: null,
    villageAffair: null,
    domainKey: '',
    departmentId,
    title: '',
    body: '',
    source: '',
    documentNumber: '',
    validUntil: '',
    interpretsId: '',
    keywords: '',
    year: String(year),
    quarter: '',
    openingBalance: '',
    lines: [emptyLine('income'), emptyLine('spending')],
    attachments: []
  }
}

/** The form of saved content (amounts back in 元), with the attachments' names. */
export function formOf(c: DisclosureContent, attachments: { id: string; name: string }[], year: number): ItemForm {
  return {
    kind: c.kind,
    scope: c.scope,
    villageId: c.villageId ?? '',
    category: c.category,
    villageAffair: c.villageAffair,
    domainKey: c.domainKey ?? '',
    departmentId: c.departmentId,
    title: c.title,
    body: c.body,
    source: c.source,
    documentNumber: c.documentNumber ?? '',
    validUntil: c.validUntil ?? '',
    interpretsId: c.interpretsId ?? '',
    keywords: c.keywords.join('，'),
    year: String(c.accounts?.year ?? year),
    quarter: c.accounts ? String(c.accounts.quarter) : '',
    openingBalance: c.accounts ? formatYuan(c.accounts.openingBalanceFen) : '',
    lines: c.accounts ? c.accounts.lines.map((l) => ({ direction: l.direction, item: l.item, amount: formatYuan(l.amountFen), note: l.note ?? '' })) : [emptyLine('income'), emptyLine('spending')],
    attachments: c.attachmentIds.map((id) => attachments.find((a) => a.id === id) ?? { id, name: '附件' })
  }
}

/**
 * Turns the form into the content the server takes, checked with the same schema; amounts that are
 * not 元 with at most two decimals are named by their line (`lines.2`), lines left blank are dropped.
 */
export function itemInput(f: ItemForm): FormCheck {
  const errors: Record<string, string> = {}
  const accounts =
    f.kind === 'accounts'
      ? {
          year: Number(f.year),
          quarter: Number(f.quarter),
          openingBalanceFen: parseYuan(f.openingBalance || '0') ?? NaN,
          lines: f.lines
            .filter((l) => l.item.trim() || l.amount.trim())
            .map((l, i) => {
              const amountFen = parseYuan(l.amount)
              if (amountFen === null || amountFen < 0) errors[`lines.${i}`] = `第 ${i + 1} 行的金额请填元，最多两位小数，例如 1234.50`
              return { direction: l.direction, item: l.item.trim(), amountFen: amountFen ?? 0, ...(l.note.trim() ? { note: l.note.trim() } : {}) }
            })
        }
      : null
  if (accounts && Number.isNaN(accounts.openingBalanceFen)) errors.openingBalance = '上期结余请填元，最多两位小数，例如 12345.60'
  const input: DisclosureContentInput = {
    kind: f.kind,
    scope: f.scope,
    villageId: f.scope === 'village' ? f.villageId || null : null,
    category: f.scope === 'township' ? f.category : null,
    villageAffair: f.scope === 'village' ? f.villageAffair : null,
    domainKey: f.domainKey || null,
    departmentId: f.departmentId,
    title: f.title,
    body: f.body,
    source: f.source,
    documentNumber: f.documentNumber.trim() || null,
    validUntil: f.validUntil.trim() || null,
    interpretsId: f.kind === 'interpretation' ? f.interpretsId || null : null,
    accounts,
    attachmentIds: f.attachments.map((a) => a.id),
    keywords: f.keywords.split(/[\s,，、;；]+/).filter(Boolean)
  }
  const parsed = disclosureContentSchema.safeParse(input)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String)
      const key = path[0] === 'accounts' ? (path[1] === 'lines' && path[2] !== undefined ? `lines.${path[2]}` : path[1] === 'openingBalanceFen' ? 'openingBalance' : (path[1] ?? 'accounts')) : (path[0] ?? '_form')
      errors[key] ??= issue.message
    }
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, input }
}
