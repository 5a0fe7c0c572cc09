import type { GuideContent } from '../../../src/shared/guides'
import {
  checkForm,
  checkSlug,
  contentToForm,
  dropErrors,
  emptyForm,
  errorElementId,
  errorsFromServer,
  fieldLabel,
  orderedErrorKeys,
  formToContent,
  readWholeNumber,
  sameForm,
  splitKeywords,
  summarizeErrors
} from '../../../src/staff/lib/guideForm'

const DEPT = '0123456789abcdef01234567'

const dibao: GuideContent = {
  title: '最低生活保障申请',
  keywords: ['低保', '最低生活保障'],
  summary: '家庭人均收入低于当地低保标准的，可以申请低保。',
  departmentId: DEPT,
  lifeEvents: ['hardship'],
  eligibility: ['持有本地户籍', '家庭人均收入低于当地低保标准'],
  materials: [
    { name: '户口簿', originals: 1, copies: 1, required: true },
    { name: '收入证明', originals: 1, copies: 0, required: false, exemptReason: '已通过数据共享获取', note: '务工收入可写说明' }
  ],
  steps: [
    { title: '提交申请', detail: '到村委会或便民服务中心提交', actor: 'applicant' },
    { title: '入户调查', detail: '', actor: 'department', days: 10 }
  ],
  legalTimeLimitDays: 30,
  promisedTimeLimitDays: 20,
  timeLimitNote: '公示 7 天不计入',
  fee: { free: true },
  place: '新界埠镇便民服务中心 1 号窗口',
  hours: '工作日 8:30—17:30',
  contactName: '张明',
  contactPhone: '0795-1234567',
  legalBasis: ['《社会救助暂行办法》'],
  faq: [{ q: '多久能批下来？', a: '一般 20 个工作日。' }],
  appointmentAvailable: true,
  maxOneTrip: true,
  proxyAllowed: true
}

describe('guide form ↔ content', () => {
  it('round-trips a stored draft through the form unchanged', () => {
    const checked = checkForm(contentToForm(dibao))
    expect(checked).toEqual({ ok: true, content: dibao })
  })

  it('turns empty optional fields into absent ones and an empty 法定时限 into null', () => {
    const form = {
      ...contentToForm(dibao),
      legalDays: '',
      timeLimitNote: '  ',
      contactName: '',
      feeDescription: '',
      steps: [{ title: '窗口受理', detail: ' ', actor: 'window' as const, days: '' }]
    }
    const { content, errors } = formToContent(form)
    expect(errors).toEqual({})
    expect(content.legalTimeLimitDays).toBeNull()
    expect(content.timeLimitNote).toBeUndefined()
    expect(content.contactName).toBeUndefined()
    expect(content.fee).toEqual({ free: true, description: undefined })
    expect(content.steps).toEqual([{ title: '窗口受理', detail: '', actor: 'window', days: undefined }])
  })

  it('splits keywords on spaces, commas and 、 and drops repeats', () => {
    expect(splitKeywords(' 低保，db 、 低保,最低生活保障；dibao  ')).toEqual(['低保', 'db', '最低生活保障', 'dibao'])
    expect(splitKeywords('   ')).toEqual([])
  })

  it('reads whole numbers only', () => {
    expect(readWholeNumber(' 12 ', '承诺时限')).toEqual({ value: 12 })
    expect(readWholeNumber('', '承诺时限')).toEqual({ value: undefined })
    expect(readWholeNumber('1.5', '承诺时限')).toEqual({ error: '承诺时限请填写整数，比如 3' })
    expect(readWholeNumber('三', '承诺时限')).toEqual({ error: '承诺时限请填写整数，比如 3' })
  })

  it('tells unsaved edits apart from the stored form', () => {
    const a = contentToForm(dibao)
    expect(sameForm(a, contentToForm(dibao))).toBe(true)
    expect(sameForm(a, { ...a, title: '低保申请' })).toBe(false)
  })
})

describe('guide form checks (shared guideContentSchema)', () => {
  it('starts a new form with only the defaults that are valid', () => {
    const form = emptyForm(DEPT, { place: '1号窗口', hours: '周一至周五'.repeat(50), phone: '0795-1234567' })
    expect(form.place).toBe('1号窗口')
    expect(form.hours).toBe('')
    expect(form.contactPhone).toBe('0795-1234567')
    expect(emptyForm(DEPT, { phone: '请拨打总机' }).contactPhone).toBe('')
  })

  it('puts a plain Chinese message under every wrong field of a new, empty form', () => {
    const checked = checkForm(emptyForm(''))
    expect(checked.ok).toBe(false)
    const errors = checked.ok ? {} : checked.errors
    expect(errors.title).toBe('请填写事项名称')
    expect(errors.summary).toBe('请填写事项简介')
    expect(errors.departmentId).toBe('请选择办理站所')
    expect(errors['eligibility.0']).toBe('第 1 条办理条件还空着，请填写或删除这一项')
    expect(errors['materials.0.name']).toBe('请填写材料名称')
    expect(errors.promisedTimeLimitDays).toBe('请填写承诺时限')
    expect(errors.place).toBe('请填写办理地点')
    for (const message of Object.values(errors)) expect(message).toMatch(/[\u4e00-\u9fff]/)
  })

  it('explains numbers out of range and not whole, per row', () => {
    const form = contentToForm(dibao)
    form.materials[0] = { ...form.materials[0]!, originals: '30', copies: '一' }
    form.steps[1] = { ...form.steps[1]!, days: '2.5' }
    form.promisedDays = '400'
    const checked = checkForm(form)
    const errors = checked.ok ? {} : checked.errors
    expect(errors['materials.0.originals']).toBe('原件份数不能大于 20')
    expect(errors['materials.0.copies']).toBe('复印件份数请填写整数，比如 3')
    expect(errors['steps.1.days']).toBe('所需工作日请填写整数，比如 3')
    expect(errors.promisedTimeLimitDays).toBe('承诺时限不能大于 365')
  })

  it('requires at least one eligibility line and one step', () => {
    const checked = checkForm({ ...contentToForm(dibao), eligibility: [], steps: [] })
    const errors = checked.ok ? {} : checked.errors
    expect(errors.eligibility).toBe('请至少写一条办理条件')
    expect(errors.steps).toBe('请至少写一个办理步骤')
  })

  it('names too-long keywords and FAQ rows in Chinese', () => {
    const checked = checkForm({ ...contentToForm(dibao), keywords: '低'.repeat(21), faq: [{ q: '', a: '有' }] })
    const errors = checked.ok ? {} : checked.errors
    expect(errors['keywords.0']).toBe('第 1 个关键词不能超过 20 个字')
    expect(errors['faq.0.q']).toBe('请填写问题')
  })

  it('checks the 事项代码 of a new guide like the server does', () => {
    expect(checkSlug('dibao-2')).toEqual({ ok: true, slug: 'dibao-2' })
    expect(checkSlug('低保')).toEqual({ ok: false, error: '事项代码只能用 2–32 个小写字母、数字或短横线' })
    expect(checkSlug(' ')).toEqual({ ok: false, error: '请填写事项代码，如 dibao（低保的拼音）' })
  })
})

describe('error mapping', () => {
  it('files server field errors under the editor fields', () => {
    expect(
      errorsFromServer({ 'content.materials.0.name': '请填写材料名称', 'content.departmentId': '所选站所不属于这个乡镇', slug: '已被使用' })
    ).toEqual({ 'materials.0.name': '请填写材料名称', departmentId: '所选站所不属于这个乡镇', slug: '已被使用' })
    expect(errorsFromServer(undefined)).toEqual({})
  })

  it('drops a list’s errors when its rows move, keeping the others', () => {
    const errors = { 'materials.0.name': 'a', materials: 'b', 'steps.0.title': 'c', materialsNote: 'd' }
    expect(dropErrors(errors, 'materials')).toEqual({ 'steps.0.title': 'c', materialsNote: 'd' })
  })

  it('labels paths in plain Chinese', () => {
    expect(fieldLabel(['materials', 2, 'copies'])).toBe('复印件份数')
    expect(fieldLabel(['eligibility', 2])).toBe('第 3 条办理条件')
    expect(fieldLabel(['legalBasis', 0])).toBe('第 1 条办理依据')
    expect(fieldLabel(['fee', 'description'])).toBe('收费说明')
    expect(fieldLabel([])).toBe('内容')
  })

  it('orders errors as the fields appear on screen, rows in order', () => {
    const errors = {
      promisedTimeLimitDays: 'a',
      'materials.3.name': 'b',
      title: 'c',
      'materials.1.copies': 'd',
      'eligibility.0': 'e',
      slug: 'f'
    }
    expect(orderedErrorKeys(errors)).toEqual(['slug', 'title', 'eligibility.0', 'materials.1.copies', 'materials.3.name', 'promisedTimeLimitDays'])
  })

  it('points every error at the element that shows it', () => {
    expect(errorElementId('title')).toBe('edit-title')
    expect(errorElementId('materials.2.copies')).toBe('edit-material-copies-2')
    expect(errorElementId('materials.0.name')).toBe('edit-material-name-0')
    expect(errorElementId('steps.1.title')).toBe('edit-step-title-1')
    expect(errorElementId('eligibility.4')).toBe('edit-eligibility-4')
    expect(errorElementId('legalBasis.0')).toBe('edit-legal-basis-0')
    expect(errorElementId('keywords.3')).toBe('edit-keywords')
    expect(errorElementId('faq.0.a')).toBe('edit-faq-a-0')
    expect(errorElementId('promisedTimeLimitDays')).toBe('edit-promised-days')
    expect(errorElementId('fee.description')).toBe('edit-fee-description')
    expect(errorElementId('baseRevision')).toBe('edit-status')
  })

  it('names the fields that need fixing, in screen order', () => {
    expect(summarizeErrors({})).toBe('')
    expect(summarizeErrors({ title: '请填写事项名称' })).toBe('还有一处要改：事项名称。红字说明了怎么改')
    expect(summarizeErrors({ place: '请填写办理地点', 'materials.2.copies': '请填写整数', title: '请填写事项名称' })).toBe(
      '还有 3 处要改：事项名称、材料 3 的复印件份数、办理地点。红字说明了怎么改'
    )
  })
})
