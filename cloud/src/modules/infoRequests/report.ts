/**
 * The 政府信息公开工作年度报告 table of requests (part 三 of the national template, 国办公开办函
 * 〔2021〕30号), and part 四 (行政复议、行政诉讼) — pure: from the requests of the year to the rows.
 */
import {
  CANNOT_PROVIDE_LABELS,
  CANNOT_PROVIDE_REASONS,
  REPORT_COLUMNS,
  WITHHELD_REASON_LABELS,
  WITHHELD_REASONS,
  type AnnualReportDTO,
  type AppealCounts,
  type ReportColumn,
  type ReportRowDTO
} from '../../../../src/shared/infoRequests'
import type { ClosedBy, InfoRequestDoc } from './model'

/** What the table needs of one request. */
export type ReportRecord = Pick<InfoRequestDoc, 'receivedOn' | 'closedOn'> & {
  applicant: Pick<InfoRequestDoc['applicant'], 'type' | 'orgType'>
  reply: Pick<NonNullable<InfoRequestDoc['reply']>, 'kind' | 'withheldReason' | 'cannotProvideReason' | 'late'> | null
  closedBy: ClosedBy | null
  due: { dueDate: string } | null
}

/** The rows under 不予处理 and 其他处理 the template has, including those this system never produces. */
const NOT_HANDLED = [
  ['complaint', '信访举报投诉类申请'],
  ['repeat', '重复申请'],
  ['publication', '要求提供公开出版物'],
  ['massRepeat', '无正当理由大量反复申请'],
  ['confirm', '要求行政机关确认或重新出具已获取信息']
] as const
const OTHER = [
  ['lapse', '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
  ['unpaid', '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
  ['other', '其他']
] as const

/** The result row of a finished request. */
function resultOf(r: ReportRecord): string {
  if (r.closedBy === 'lapse') return 'other:lapse'
  if (!r.reply) return 'other:other'
  switch (r.reply.kind) {
    case 'alreadyPublic':
    case 'disclosed':
      return 'disclosed'
    case 'partlyDisclosed':
      return 'partly'
    case 'withheld':
      return `withheld:${r.reply.withheldReason ?? 'lawForbids'}`
    case 'notExist':
      return `cannotProvide:${r.reply.cannotProvideReason ?? 'notHeld'}`
    case 'notThisAgency':
      return 'cannotProvide:notHeld'
    case 'repeat':
      return 'notHandled:repeat'
    case 'otherLaw':
      return 'other:other'
  }
}

function columnOf(r: ReportRecord): ReportColumn {
  return r.applicant.type === 'person' ? 'person' : (r.applicant.orgType ?? 'other')
}

/**
 * The table for `year`: received this year, carried over from last year, each result, and carried
 * into next year (new + carried over = results + carried on), by applicant kind; plus the count
 * answered late or still open past the deadline at the end of the year. Requests never received
 * (withdrawn before the township confirmed receipt) do not count.
 */
export function reportRows(records: readonly ReportRecord[], year: number): { rows: ReportRowDTO[]; overdue: number } {
  const first = `${year}-01-01`
  const last = `${year}-12-31`
  const counts = new Map<string, Record<ReportColumn, number>>()
  const empty = () => Object.fromEntries(REPORT_COLUMNS.map((c) => [c.key, 0])) as Record<ReportColumn, number>
  const add = (key: string, col: ReportColumn) => {
    const values = counts.get(key) ?? empty()
    values[col] += 1
    values.total += 1
    counts.set(key, values)
  }
  let overdue = 0
  for (const r of records) {
    if (!r.receivedOn || r.receivedOn > last) continue
    const col = columnOf(r)
    const closedThisYear = r.closedOn !== null && r.closedOn >= first && r.closedOn <= last
    const openAtEnd = r.closedOn === null || r.closedOn > last
    if (r.closedOn !== null && r.closedOn < first) continue
    if (r.receivedOn >= first) add('new', col)
    else add('carried', col)
    if (closedThisYear) {
      const result = resultOf(r)
      add(result, col)
      const group = result.split(':')[0]!
      if (group !== result) add(group, col)
      add('total', col)
      if (r.reply?.late) overdue++
    }
    if (openAtEnd) {
      add('carriedNext', col)
      if (r.due && r.due.dueDate < last) overdue++
    }
  }
  const row = (key: string, label: string, level: 0 | 1 | 2): ReportRowDTO => ({
    key,
    label,
    level,
    values: counts.get(key) ?? empty()
  })
  const rows: ReportRowDTO[] = [
    row('new', '一、本年新收政府信息公开申请数量', 0),
    row('carried', '二、上年结转政府信息公开申请数量', 0),
    { key: 'results', label: '三、本年度办理结果', level: 0, values: null },
    row('disclosed', '（一）予以公开', 1),
    row('partly', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 1),
    row('withheld', '（三）不予公开', 1),
    ...WITHHELD_REASONS.map((k, i) => row(`withheld:${k}`, `${i + 1}. ${WITHHELD_REASON_LABELS[k].replace(/（.*）$/, '')}`, 2)),
    row('cannotProvide', '（四）无法提供', 1),
    ...CANNOT_PROVIDE_REASONS.map((k, i) => row(`cannotProvide:${k}`, `${i + 1}. ${CANNOT_PROVIDE_LABELS[k].replace(/（.*）$/, '')}`, 2)),
    row('notHandled', '（五）不予处理', 1),
    ...NOT_HANDLED.map(([k, label], i) => row(`notHandled:${k}`, `${i + 1}. ${label}`, 2)),
    row('other', '（六）其他处理', 1),
    ...OTHER.map(([k, label], i) => row(`other:${k}`, `${i + 1}. ${label}`, 2)),
    row('total', '（七）总计', 1),
    row('carriedNext', '四、结转下年度继续办理', 0)
  ]
  return { rows, overdue }
}

const APPEAL_HEAD = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']
const appealCells = (a: AppealCounts) => [a.maintained, a.corrected, a.other, a.pending, a.maintained + a.corrected + a.other + a.pending]

function csvCell(value: string | number): string {
  const s = String(value)
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** The report as CSV for spreadsheet programs: UTF-8 with a byte-order mark, CRLF line ends. */
export function reportCsv(report: AnnualReportDTO): string {
  const lines: (string | number)[][] = [
    [`${report.townshipName}${report.year}年政府信息公开工作年度报告：收到和处理政府信息公开申请情况`],
    ['项目', ...report.columns.map((c) => c.label)],
    ...report.rows.map((r) => [r.label, ...report.columns.map((c) => (r.values ? r.values[c.key] : ''))]),
    ['逾期答复（含年底仍超期未答复）', report.overdue],
    [],
    ['政府信息公开行政复议、行政诉讼情况'],
    ['类别', ...APPEAL_HEAD],
    ['行政复议', ...appealCells(report.appeals.review)],
    ['行政诉讼·未经复议直接起诉', ...appealCells(report.appeals.lawsuitDirect)],
    ['行政诉讼·复议后起诉', ...appealCells(report.appeals.lawsuitAfterReview)]
  ]
  return `\uFEFF${lines.map((l) => l.map(csvCell).join(',')).join('\r\n')}\r\n`
}
