import { caseFormInput, emptyCaseForm, isBlankCaseForm, photoProblem, sanitizeCaseForm } from '../../../src/components/cases/caseForm'
import { deadlineFlag, deadlineText, residentStatusHint } from '../../../src/components/cases/format'
import { CASE_STATUSES } from '../../../src/shared/cases'

const PHOTO = 'aaaaaaaaaaaaaaaaaaaaaaaa'

describe('the case submit form', () => {
  it('builds the request body from a filled form, trimming optional fields away', () => {
    const fields = { ...emptyCaseForm('complaint'), category: 'roads' as const, text: '  路灯坏了  ', photos: [{ id: PHOTO, src: 'blob:x' }], location: ' ' }
    const result = caseFormInput(fields)
    expect(result).toEqual({
      ok: true,
      input: { type: 'complaint', category: 'roads', text: '  路灯坏了  ', photoIds: [PHOTO], contactPreference: 'wechat', hideName: true }
    })
  })

  it('says per field what to fix: no type, no category, empty or too long text, a phone for 电话联系', () => {
    const empty = caseFormInput(emptyCaseForm())
    expect(empty.ok).toBe(false)
    if (empty.ok) return
    expect(empty.errors.type).toMatch(/请选择诉求类型/)
    expect(empty.errors.category).toMatch(/请选择诉求分类/)
    expect(empty.errors.text).toMatch(/请填写诉求内容/)
    const long = caseFormInput({ ...emptyCaseForm('consult'), category: 'other', text: '字'.repeat(5000), contactPreference: 'phone' })
    expect(long.ok).toBe(false)
    if (long.ok) return
    expect(long.errors.text).toMatch(/不能超过 2000 个字/)
    expect(long.errors.contactPhone).toMatch(/手机号码/)
  })

  it('restores only a well-formed draft, dropping unknown values and bad photo ids', () => {
    expect(sanitizeCaseForm(null)).toBeNull()
    const restored = sanitizeCaseForm({ type: 'nonsense', category: 'roads', text: 'x', photos: [{ id: PHOTO, src: 'p' }, { id: 'bad' }], contactPreference: 'fax', hideName: false })
    expect(restored).toMatchObject({ type: null, category: 'roads', text: 'x', photos: [{ id: PHOTO, src: 'p' }], contactPreference: 'wechat', hideName: false })
    expect(isBlankCaseForm(emptyCaseForm('help'))).toBe(true)
    expect(isBlankCaseForm(restored!)).toBe(false)
  })

  it('refuses photos of the wrong type or over 1 MB before uploading', () => {
    expect(photoProblem({ type: 'image/png', size: 1000 })).toBeNull()
    expect(photoProblem({ type: 'image/gif', size: 1000 })).toMatch(/JPG、PNG 或 WebP/)
    expect(photoProblem({ type: 'image/jpeg', size: 2 * 1024 * 1024 })).toMatch(/不能超过 1 MB/)
  })
})

describe('case deadlines and statuses in words', () => {
  const deadline = (state: 'overdue' | 'dueSoon' | 'onTime' | 'paused' | 'none', kind: 'accept' | 'answer' = 'answer') => ({
    kind,
    dueDate: '2026-11-20',
    dueBy: '2026-11-20T10:00:00.000Z',
    workingDays: 3,
    state,
    provisionalNote: null
  })

  it('spells out overdue and due soon so colour is never the only signal', () => {
    expect(deadlineText(deadline('overdue'))).toBe('已超期 · 应在11月20日前答复')
    expect(deadlineText(deadline('dueSoon', 'accept'))).toBe('即将到期 · 应在11月20日前受理')
    expect(deadlineText(deadline('paused'))).toMatch(/暂停计时/)
    expect(deadlineText(deadline('none'))).toBeNull()
    expect(deadlineText(null)).toBeNull()
    expect(deadlineText({ ...deadline('onTime'), provisionalNote: '2027年节假日安排未录入，期限可能调整' })).toBe(
      '正常 · 应在11月20日前答复（2027年节假日安排未录入，期限可能调整）'
    )
    expect(deadlineFlag(deadline('overdue'))).toBe('overdue')
    expect(deadlineFlag(deadline('dueSoon'))).toBe('soon')
    expect(deadlineFlag(deadline('onTime'))).toBeNull()
  })

  it('tells the resident what each status means', () => {
    for (const s of CASE_STATUSES) expect(residentStatusHint(s).length).toBeGreaterThan(4)
  })
})
