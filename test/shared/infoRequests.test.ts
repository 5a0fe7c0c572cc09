import {
  appealRightsText,
  INFO_REQUEST_LIFECYCLE,
  isValidCreditCode,
  processingFee,
  submitInfoRequestSchema
} from '../../src/shared/infoRequests'

describe('the request lifecycle', () => {
  const { transition } = INFO_REQUEST_LIFECYCLE
  it.each([
    ['submitted', 'receive', 'staff', 'received'],
    ['received', 'requestCorrection', 'staff', 'correctionRequested'],
    ['correctionRequested', 'correct', 'applicant', 'corrected'],
    ['correctionRequested', 'lapseCorrection', 'system', 'withdrawn'],
    ['corrected', 'extend', 'head', 'extended'],
    ['extended', 'consult', 'staff', 'consulting'],
    ['extended', 'reply', 'staff', 'replied'],
    ['received', 'withdraw', 'applicant', 'withdrawn']
  ] as const)('%s —%s by %s→ %s', (from, action, actor, to) => {
    expect(transition(from, action, actor)).toEqual({ ok: true, to })
  })

  it('ends a consultation where it began, extends only with the head, corrects only once and never reopens an answer', () => {
    expect(transition('consulting', 'endConsultation', 'system', 'extended')).toEqual({ ok: true, to: 'extended' })
    expect(transition('received', 'extend', 'staff').ok).toBe(false)
    expect(transition('extended', 'extend', 'head').ok).toBe(false)
    expect(transition('corrected', 'requestCorrection', 'staff').ok).toBe(false)
    expect(transition('submitted', 'reply', 'staff').ok).toBe(false)
    expect(transition('consulting', 'reply', 'staff').ok).toBe(false)
    expect(transition('replied', 'withdraw', 'applicant').ok).toBe(false)
  })
})

describe('the appeal rights', () => {
  it('name the review body with 60 days and the court with six months', () => {
    expect(appealRightsText({ reviewBody: '上高县人民政府', court: '上高县人民法院' })).toBe(
      '如对本答复不服，可以自收到本答复之日起六十日内向上高县人民政府申请行政复议，或者在六个月内向上高县人民法院提起行政诉讼。'
    )
  })
})

describe('the processing fee (国办函〔2020〕109号)', () => {
  it('is nothing unless the township charges', () => {
    expect(processingFee('free', { requestsThisMonth: 99, pages: 9999 }).yuan).toBe(0)
  })

  it('by count: the first 10 a month free, then 100 yuan, rising 100 for every 10 beyond 30', () => {
    const fee = (n: number) => processingFee('byCount', { requestsThisMonth: n, pages: 0 }).yuan
    expect([1, 10, 11, 30, 31, 40, 41, 50, 51].map(fee)).toEqual([0, 0, 100, 100, 200, 200, 300, 300, 400])
  })

  it('by pages: 30 free, then 10, 20 and 40 yuan a page by band', () => {
    const fee = (p: number) => processingFee('byPages', { requestsThisMonth: 1, pages: p }).yuan
    expect([0, 30, 31, 100, 101, 200, 201, 250].map(fee)).toEqual([0, 0, 10, 700, 720, 2700, 2740, 4700])
  })
})

describe('who applies', () => {
  const base = { name: '王建国', phone: '0795-2600100', description: '2024年低保资金发放情况', form: 'paper', delivery: 'pickup' }

  it('checks the 统一社会信用代码 check character', () => {
    expect(isValidCreditCode('91110000600037341L')).toBe(true)
    expect(isValidCreditCode('91110000600037341M')).toBe(false)
    expect(isValidCreditCode('9111000060003734IL')).toBe(false)
    expect(isValidCreditCode('91110000600037341')).toBe(false)
  })

  it('a person with an ID number, an organisation with a credit code and its kind', () => {
    expect(submitInfoRequestSchema.safeParse({ ...base, applicantType: 'person', idNumber: '11010519491231002x' }).success).toBe(true)
    const org = submitInfoRequestSchema.safeParse({ ...base, applicantType: 'organisation', idNumber: '11010519491231002X' })
    const paths = org.success ? [] : org.error.issues.map((i) => i.path.join('.'))
    expect(paths).toEqual(expect.arrayContaining(['idNumber', 'orgType']))
    const onsite = submitInfoRequestSchema.safeParse({ ...base, applicantType: 'person', idNumber: '11010519491231002X', form: 'onsite', delivery: 'email' })
    expect(onsite.success ? [] : onsite.error.issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['delivery', 'email']))
  })
})
