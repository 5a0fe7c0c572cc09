import * as z from '../../shared/zod'
import { createGuideSchema, guideContentSchema, type GuideContent, type GuideContentInput } from '../../shared/guides'
import type { LifeEventId, StepActor } from '../../shared/enums'

/**
 * The guide editor's form: what the inputs hold. Numbers stay text while typing (an empty
 * 法定时限 means "none"); keywords are one line separated by spaces or commas.
 */
export interface MaterialForm {
  name: string
  originals: string
  copies: string
  required: boolean
  exemptReason: string
  note: string
}

export interface StepForm {
  title: string
  detail: string
  actor: StepActor
  days: string
}

export interface FaqForm {
  q: string
  a: string
}

export interface GuideForm {
  title: string
  keywords: string
  summary: string
  departmentId: string
  lifeEvents: LifeEventId[]
  eligibility: string[]
  materials: MaterialForm[]
  steps: StepForm[]
  legalDays: string
  promisedDays: string
  timeLimitNote: string
  feeFree: boolean
  feeDescription: string
  place: string
  hours: string
  contactName: string
  contactPhone: string
  legalBasis: string[]
  faq: FaqForm[]
  appointmentAvailable: boolean
  maxOneTrip: boolean
  proxyAllowed: boolean
}

/** Field errors keyed by content path (`title`, `materials.0.name`, `eligibility.2`, `slug`). */
export type FormErrors = Record<string, string>

export type FormCheck = { ok: true; content: GuideContent } | { ok: false; errors: FormErrors }

/** A new, empty material row. */
export function emptyMaterial(): MaterialForm {
  return { name: '', originals: '1', copies: '0', required: true, exemptReason: '', note: '' }
}

/** A new, empty step row. */
export function emptyStep(): StepForm {
  return { title: '', detail: '', actor: 'window', days: '' }
}

/** A new, empty FAQ row. */
export function emptyFaq(): FaqForm {
  return { q: '', a: '' }
}

/**
 * The form for a guide that does not exist yet, in `departmentId` (may be empty). Defaults for
 * place, hours and phone (from the department and township) are used only when they would pass
 * the schema, so a new form never starts out wrong.
 */
export function emptyForm(departmentId: string, defaults: { place?: string; hours?: string; phone?: string } = {}): GuideForm {
  const fits = (value: string | undefined, check: (v: string) => boolean) => (value && check(value.trim()) ? value.trim() : '')
  const shape = guideContentSchema.shape
  return {
    title: '',
    keywords: '',
    summary: '',
    departmentId,
    lifeEvents: [],
    eligibility: [''],
    materials: [emptyMaterial()],
    steps: [
      { title: '提交申请', detail: '', actor: 'applicant', days: '' },
      { title: '窗口受理', detail: '', actor: 'window', days: '' }
    ],
    legalDays: '',
    promisedDays: '',
    timeLimitNote: '',
    feeFree: true,
    feeDescription: '',
    place: fits(defaults.place, (v) => shape.place.safeParse(v).success),
    hours: fits(defaults.hours, (v) => shape.hours.safeParse(v).success),
    contactName: '',
    contactPhone: fits(defaults.phone, (v) => shape.contactPhone.safeParse(v).success),
    legalBasis: [],
    faq: [],
    appointmentAvailable: false,
    maxOneTrip: true,
    proxyAllowed: true
  }
}

/** The form showing a stored draft. */
export function contentToForm(content: GuideContent): GuideForm {
  return {
    title: content.title,
    keywords: content.keywords.join('，'),
    summary: content.summary,
    departmentId: content.departmentId,
    lifeEvents: [...content.lifeEvents],
    eligibility: [...content.eligibility],
    materials: content.materials.map((m) => ({
      name: m.name,
      originals: String(m.originals),
      copies: String(m.copies),
      required: m.required,
      exemptReason: m.exemptReason ?? '',
      note: m.note ?? ''
    })),
    steps: content.steps.map((s) => ({
      title: s.title,
      detail: s.detail,
      actor: s.actor,
      days: s.days === undefined ? '' : String(s.days)
    })),
    legalDays: content.legalTimeLimitDays === null ? '' : String(content.legalTimeLimitDays),
    promisedDays: String(content.promisedTimeLimitDays),
    timeLimitNote: content.timeLimitNote ?? '',
    feeFree: content.fee.free,
    feeDescription: content.fee.description ?? '',
    place: content.place,
    hours: content.hours,
    contactName: content.contactName ?? '',
    contactPhone: content.contactPhone,
    legalBasis: [...content.legalBasis],
    faq: content.faq.map((f) => ({ q: f.q, a: f.a })),
    appointmentAvailable: content.appointmentAvailable,
    maxOneTrip: content.maxOneTrip,
    proxyAllowed: content.proxyAllowed
  }
}

/** Splits the keywords line on spaces, commas (，, ,), 、 and semicolons; drops empties and repeats. */
export function splitKeywords(line: string): string[] {
  const words = line
    .split(/[\s,，、;；]+/)
    .map((w) => w.trim())
    .filter(Boolean)
  return [...new Set(words)]
}

type NumberRead = { value: number | undefined } | { error: string }

/** Reads a whole number typed into a field; empty gives `undefined`. */
export function readWholeNumber(raw: string, label: string): NumberRead {
  const value = raw.trim()
  if (value === '') return { value: undefined }
  if (!/^\d+$/.test(value)) return { error: `${label}请填写整数，比如 3` }
  return { value: Number(value) }
}

const optional = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim())

/**
 * Maps the form to the content the API takes (before schema validation), plus errors for number
 * fields that could not be read. Unreadable or missing required numbers become `NaN`, which the
 * schema also rejects, so the content is never accidentally valid.
 */
export function formToContent(form: GuideForm): { content: GuideContentInput; errors: FormErrors } {
  const errors: FormErrors = {}
  const number = (raw: string, key: string, label: string, required: boolean): number | undefined => {
    const read = readWholeNumber(raw, label)
    if ('error' in read) {
      errors[key] = read.error
      return Number.NaN
    }
    if (read.value === undefined && required) {
      errors[key] = `请填写${label}`
      return Number.NaN
    }
    return read.value
  }
  const content: GuideContentInput = {
    title: form.title.trim(),
    keywords: splitKeywords(form.keywords),
    summary: form.summary.trim(),
    departmentId: form.departmentId,
    lifeEvents: [...form.lifeEvents],
    eligibility: form.eligibility.map((line) => line.trim()),
    materials: form.materials.map((m, i) => ({
      name: m.name.trim(),
      originals: number(m.originals, `materials.${i}.originals`, '原件份数', true) as number,
      copies: number(m.copies, `materials.${i}.copies`, '复印件份数', true) as number,
      required: m.required,
      exemptReason: optional(m.exemptReason),
      note: optional(m.note)
    })),
    steps: form.steps.map((s, i) => ({
      title: s.title.trim(),
      detail: s.detail.trim(),
      actor: s.actor,
      days: number(s.days, `steps.${i}.days`, '所需工作日', false)
    })),
    legalTimeLimitDays: number(form.legalDays, 'legalTimeLimitDays', '法定时限', false) ?? null,
    promisedTimeLimitDays: number(form.promisedDays, 'promisedTimeLimitDays', '承诺时限', true) as number,
    timeLimitNote: optional(form.timeLimitNote),
    fee: { free: form.feeFree, description: optional(form.feeDescription) },
    place: form.place.trim(),
    hours: form.hours.trim(),
    contactName: optional(form.contactName),
    contactPhone: form.contactPhone.trim(),
    legalBasis: form.legalBasis.map((line) => line.trim()),
    faq: form.faq.map((f) => ({ q: f.q.trim(), a: f.a.trim() })),
    appointmentAvailable: form.appointmentAvailable,
    maxOneTrip: form.maxOneTrip,
    proxyAllowed: form.proxyAllowed
  }
  return { content, errors }
}

const LABELS: Record<string, string> = {
  title: '事项名称',
  keywords: '搜索关键词',
  summary: '事项简介',
  departmentId: '办理站所',
  lifeEvents: '一件事分类',
  eligibility: '办理条件',
  materials: '申请材料',
  steps: '办理步骤',
  legalTimeLimitDays: '法定时限',
  promisedTimeLimitDays: '承诺时限',
  timeLimitNote: '时限说明',
  fee: '收费',
  'fee.description': '收费说明',
  place: '办理地点',
  hours: '办理时间',
  contactName: '联系人',
  contactPhone: '联系电话',
  legalBasis: '办理依据',
  faq: '常见问题',
  slug: '事项代码',
  'materials.name': '材料名称',
  'materials.originals': '原件份数',
  'materials.copies': '复印件份数',
  'materials.exemptReason': '免交原因',
  'materials.note': '材料备注',
  'steps.title': '步骤名称',
  'steps.detail': '步骤说明',
  'steps.actor': '办理方',
  'steps.days': '所需工作日',
  'faq.q': '问题',
  'faq.a': '回答'
}

/** Messages that read better than the schema's for the editor (no department picked yet). */
const OVERRIDES: Record<string, string> = {
  departmentId: '请选择办理站所'
}

/** The plain-Chinese name of a content path (`materials.0.name` → 材料名称, `eligibility.2` → 第 3 条办理条件). */
export function fieldLabel(path: ReadonlyArray<PropertyKey>): string {
  const parts = path.map(String)
  const [head, second, ...rest] = parts
  if (head === undefined) return '内容'
  if (second !== undefined && /^\d+$/.test(second)) {
    if (rest.length === 0) {
      const item = head === 'keywords' ? '个关键词' : head === 'lifeEvents' ? '个分类' : `条${LABELS[head] ?? ''}`
      return `第 ${Number(second) + 1} ${item}`
    }
    return LABELS[`${head}.${rest.join('.')}`] ?? LABELS[head] ?? '内容'
  }
  return LABELS[parts.join('.')] ?? LABELS[head] ?? '内容'
}

const hasChinese = (s: string) => /[\u4e00-\u9fff]/.test(s)

/** A plain-Chinese message for one schema issue, saying what to fix. */
export function issueMessage(issue: z.core.$ZodIssue): string {
  const key = issue.path.map(String).join('.')
  const override = OVERRIDES[key]
  if (override) return override
  if (hasChinese(issue.message)) return issue.message
  const label = fieldLabel(issue.path)
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return `${label}还空着，请填写或删除这一项`
      if (issue.origin === 'array') return `${label}至少要有 ${String(issue.minimum)} 项`
      return `${label}不能小于 ${String(issue.minimum)}`
    case 'too_big':
      if (issue.origin === 'string') return `${label}不能超过 ${String(issue.maximum)} 个字`
      if (issue.origin === 'array') return `${label}最多 ${String(issue.maximum)} 项，请删去一些`
      return `${label}不能大于 ${String(issue.maximum)}`
    case 'invalid_type':
      return issue.expected === 'int' || issue.expected === 'number' ? `${label}请填写整数，比如 3` : `请填写${label}`
    case 'invalid_value':
      return `请重新选择${label}`
    default:
      return `${label}填写不正确，请检查`
  }
}

/** Field errors from schema issues: the first message per path. */
export function errorsFromIssues(issues: readonly z.core.$ZodIssue[]): FormErrors {
  const errors: FormErrors = {}
  for (const issue of issues) {
    const key = issue.path.map(String).join('.') || '_form'
    errors[key] ??= issueMessage(issue)
  }
  return errors
}

/**
 * Field errors the server sent (`content.materials.0.name` → `materials.0.name`), so they show
 * under the same inputs as the editor's own checks.
 */
export function errorsFromServer(fields: Record<string, string> | undefined): FormErrors {
  const errors: FormErrors = {}
  for (const [key, message] of Object.entries(fields ?? {})) {
    errors[key.startsWith('content.') ? key.slice('content.'.length) : key] = message
  }
  return errors
}

/**
 * Checks the form with the shared `guideContentSchema` (the one the server uses). On success the
 * parsed content is ready to send; otherwise every problem is keyed to its field.
 */
export function checkForm(form: GuideForm): FormCheck {
  const { content, errors } = formToContent(form)
  const parsed = guideContentSchema.safeParse(content)
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, content: parsed.data }
  const schemaErrors = parsed.success ? {} : errorsFromIssues(parsed.error.issues)
  return { ok: false, errors: { ...schemaErrors, ...errors } }
}

/** Checks the 事项代码 of a new guide with the same rule as the server. */
export function checkSlug(slug: string): { ok: true; slug: string } | { ok: false; error: string } {
  if (!slug.trim()) return { ok: false, error: '请填写事项代码，如 dibao（低保的拼音）' }
  const parsed = createGuideSchema.shape.slug.safeParse(slug)
  if (parsed.success) return { ok: true, slug: parsed.data }
  return { ok: false, error: parsed.error.issues[0]?.message ?? '事项代码格式不正确' }
}

/** Errors without those under `prefix` (used when a list's rows move, so messages never point at the wrong row). */
export function dropErrors(errors: FormErrors, prefix: string): FormErrors {
  const next: FormErrors = {}
  for (const [key, message] of Object.entries(errors)) {
    if (key !== prefix && !key.startsWith(`${prefix}.`)) next[key] = message
  }
  return next
}

/** Top-level fields in the order the editor shows them. */
const FIELD_ORDER = [
  'slug',
  'title',
  'summary',
  'keywords',
  'departmentId',
  'lifeEvents',
  'eligibility',
  'materials',
  'steps',
  'legalTimeLimitDays',
  'promisedTimeLimitDays',
  'timeLimitNote',
  'fee',
  'place',
  'hours',
  'contactName',
  'contactPhone',
  'legalBasis',
  'faq'
]

/** Error keys in the order their fields appear on screen (top-level field, then row). */
export function orderedErrorKeys(errors: FormErrors): string[] {
  const rank = (key: string): [number, number] => {
    const [head = '', row] = key.split('.')
    const top = FIELD_ORDER.indexOf(head)
    return [top === -1 ? FIELD_ORDER.length : top, row !== undefined && /^\d+$/.test(row) ? Number(row) : -1]
  }
  return Object.keys(errors)
    .map((key, i) => ({ key, i, r: rank(key) }))
    .sort((a, b) => a.r[0] - b.r[0] || a.r[1] - b.r[1] || a.i - b.i)
    .map((e) => e.key)
}

const ELEMENT_IDS: Record<string, string> = {
  slug: 'edit-slug',
  title: 'edit-title',
  summary: 'edit-summary',
  keywords: 'edit-keywords',
  departmentId: 'edit-department',
  lifeEvents: 'edit-life-events',
  eligibility: 'edit-eligibility',
  materials: 'edit-materials',
  steps: 'edit-steps',
  legalTimeLimitDays: 'edit-legal-days',
  promisedTimeLimitDays: 'edit-promised-days',
  timeLimitNote: 'edit-time-note',
  fee: 'edit-fee-description',
  place: 'edit-place',
  hours: 'edit-hours',
  contactName: 'edit-contact-name',
  contactPhone: 'edit-contact-phone',
  legalBasis: 'edit-legal-basis',
  faq: 'edit-faq'
}

const ROW_IDS: Record<string, string> = {
  'materials.name': 'edit-material-name',
  'materials.originals': 'edit-material-originals',
  'materials.copies': 'edit-material-copies',
  'materials.exemptReason': 'edit-material-exempt',
  'materials.note': 'edit-material-note',
  'steps.title': 'edit-step-title',
  'steps.detail': 'edit-step-detail',
  'steps.actor': 'edit-step-actor',
  'steps.days': 'edit-step-days',
  'faq.q': 'edit-faq-q',
  'faq.a': 'edit-faq-a'
}

/**
 * The id of the editor element that shows the error for `key` (`materials.2.copies` →
 * `edit-material-copies-2`, `eligibility.1` → `edit-eligibility-1`), for scrolling to it.
 */
export function errorElementId(key: string): string {
  const [head = '', row, ...rest] = key.split('.')
  const base = ELEMENT_IDS[head] ?? 'edit-status'
  if (row === undefined || !/^\d+$/.test(row)) return base
  if (rest.length === 0) return head === 'eligibility' || head === 'legalBasis' ? `${base}-${row}` : base
  const rowId = ROW_IDS[`${head}.${rest.join('.')}`]
  return rowId ? `${rowId}-${row}` : base
}

const FIELD_LABELS: Record<string, string> = {
  slug: '事项代码',
  title: '事项名称',
  summary: '事项简介',
  keywords: '群众常用的叫法',
  departmentId: '办理站所',
  lifeEvents: '属于哪些“一件事”',
  eligibility: '办理条件',
  materials: '申请材料',
  steps: '办理流程',
  legalTimeLimitDays: '法定时限',
  promisedTimeLimitDays: '承诺时限',
  timeLimitNote: '时限说明',
  fee: '收费说明',
  place: '办理地点',
  hours: '办理时间',
  contactName: '联系人',
  contactPhone: '联系电话',
  legalBasis: '办理依据',
  faq: '常见问题'
}

const ROW_LABELS: Record<string, (n: number) => string> = {
  eligibility: (n) => `第 ${n} 条条件`,
  legalBasis: (n) => `第 ${n} 条依据`,
  keywords: (n) => `第 ${n} 个叫法`,
  lifeEvents: () => '属于哪些“一件事”',
  'materials.name': (n) => `材料 ${n} 的名称`,
  'materials.originals': (n) => `材料 ${n} 的原件份数`,
  'materials.copies': (n) => `材料 ${n} 的复印件份数`,
  'materials.exemptReason': (n) => `材料 ${n} 的免交原因`,
  'materials.note': (n) => `材料 ${n} 的备注`,
  'steps.title': (n) => `第 ${n} 步的名称`,
  'steps.detail': (n) => `第 ${n} 步怎么办`,
  'steps.actor': (n) => `第 ${n} 步谁来办`,
  'steps.days': (n) => `第 ${n} 步的工作日`,
  'faq.q': (n) => `问题 ${n}`,
  'faq.a': (n) => `问题 ${n} 的回答`
}

/** The name of the field an error key belongs to, as the editor labels it (`materials.2.copies` → 材料 3 的复印件份数). */
export function errorLabel(key: string): string {
  const [head = '', row, ...rest] = key.split('.')
  if (row !== undefined && /^\d+$/.test(row)) {
    const label = ROW_LABELS[rest.length ? `${head}.${rest.join('.')}` : head]
    if (label) return label(Number(row) + 1)
  }
  return FIELD_LABELS[head] ?? '其他内容'
}

/** What to say next to the buttons after a failed check: how many places need fixing, and which. */
export function summarizeErrors(errors: FormErrors): string {
  const labels = [...new Set(orderedErrorKeys(errors).map(errorLabel))]
  if (labels.length === 0) return ''
  const list = labels.length > 6 ? `${labels.slice(0, 6).join('、')}等` : labels.join('、')
  return labels.length === 1 ? `还有一处要改：${list}。红字说明了怎么改` : `还有 ${labels.length} 处要改：${list}。红字说明了怎么改`
}

/** True when two forms hold the same values (used to tell whether there are unsaved edits). */
export function sameForm(a: GuideForm, b: GuideForm): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}
