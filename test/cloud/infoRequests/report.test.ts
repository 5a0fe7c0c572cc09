import { reportCsv, reportRows, type ReportRecord } from '../../../cloud/src/modules/infoRequests/report'
import { REPORT_COLUMNS, type AnnualReportDTO } from '../../../src/shared/infoRequests'

const rec = (over: Partial<ReportRecord>): ReportRecord => ({
  receivedOn: '2025-03-03',
  closedOn: null,
  closedBy: null,
  applicant: { type: 'person', orgType: null },
  reply: null,
  due: { dueDate: '2025-03-31' },
  ...over
})
const replied = (kind: NonNullable<ReportRecord['reply']>['kind'], more: Partial<NonNullable<ReportRecord['reply']>> = {}, on = '2025-03-20') =>
  rec({ closedOn: on, closedBy: 'reply', reply: { kind, withheldReason: null, cannotProvideReason: null, late: false, ...more } })

describe('the annual report table', () => {
  it('puts each finished request in its result row and column; new + carried over = results + carried on', () => {
    const records = [
      replied('disclosed'),
      replied('alreadyPublic'),
      replied('partlyDisclosed', { withheldReason: 'thirdParty' }),
      replied('withheld', { withheldReason: 'process' }),
      replied('notExist', { cannotProvideReason: 'needsCreation' }),
      replied('notThisAgency'),
      replied('repeat'),
      replied('otherLaw', {}, '2025-12-31'),
      rec({ closedOn: '2025-04-10', closedBy: 'lapse' }),
      rec({ closedOn: '2025-04-10', closedBy: 'applicant', applicant: { type: 'organisation', orgType: 'legalService' } }),
      rec({ receivedOn: '2024-12-30', closedOn: '2025-01-10', closedBy: 'reply', reply: { kind: 'disclosed', withheldReason: null, cannotProvideReason: null, late: true } }),
      rec({ receivedOn: '2024-11-01', closedOn: '2024-11-20', closedBy: 'reply' }),
      rec({ receivedOn: '2025-12-20', due: { dueDate: '2026-01-20' }, applicant: { type: 'organisation', orgType: 'research' } }),
      rec({ receivedOn: '2025-06-01', due: { dueDate: '2025-06-30' } }),
      rec({ receivedOn: null }),
      rec({ receivedOn: '2026-01-02' })
    ]
    const { rows, overdue } = reportRows(records, 2025)
    const v = (key: string) => rows.find((r) => r.key === key)!.values!
    expect(v('new')).toMatchObject({ person: 10, legalService: 1, research: 1, total: 12 })
    expect(v('carried').total).toBe(1)
    expect(v('disclosed').total).toBe(3)
    expect(v('partly').total).toBe(1)
    expect(v('withheld')).toMatchObject({ total: 1 })
    expect(v('withheld:process').total).toBe(1)
    expect(v('cannotProvide').total).toBe(2)
    expect(v('cannotProvide:needsCreation').total).toBe(1)
    expect(v('cannotProvide:notHeld').total).toBe(1)
    expect(v('notHandled:repeat').total).toBe(1)
    expect(v('other:lapse').total).toBe(1)
    expect(v('other:other')).toMatchObject({ person: 1, legalService: 1, total: 2 })
    expect(v('total').total).toBe(11)
    expect(v('carriedNext')).toMatchObject({ person: 1, research: 1, total: 2 })
    expect(v('new').total + v('carried').total).toBe(v('total').total + v('carriedNext').total)
    // one answered late, one still open past its deadline of 30 June.
    expect(overdue).toBe(2)
    expect(rows.find((r) => r.key === 'results')!.values).toBeNull()
  })

  it('exports CSV with a byte-order mark, CRLF lines and quoted cells where needed', () => {
    const { rows, overdue } = reportRows([replied('disclosed')], 2025)
    const none = { maintained: 0, corrected: 0, other: 0, pending: 0 }
    const report: AnnualReportDTO = {
      year: 2025,
      townshipName: '新界埠镇',
      columns: REPORT_COLUMNS.map((c) => ({ key: c.key, label: c.label })),
      rows,
      overdue,
      appeals: { review: { ...none, corrected: 2 }, lawsuitDirect: none, lawsuitAfterReview: none },
      appealsUpdatedAt: null
    }
    const csv = reportCsv(report)
    expect(csv.startsWith('\uFEFF新界埠镇2025年')).toBe(true)
    const lines = csv.slice(1).split('\r\n')
    expect(lines[1]).toBe('项目,自然人,法人或其他组织·商业企业,法人或其他组织·科研机构,法人或其他组织·社会公益组织,法人或其他组织·法律服务机构,法人或其他组织·其他,总计')
    expect(lines).toContain('（一）予以公开,1,0,0,0,0,0,1')
    expect(lines).toContain('三、本年度办理结果,,,,,,,')
    expect(lines).toContain('行政复议,0,2,0,0,2')
    expect(lines.some((l) => l.startsWith('"（二）部分公开（区分处理的，只计这一情形，不计其他情形）"') || l.startsWith('（二）部分公开'))).toBe(true)
  })
})
