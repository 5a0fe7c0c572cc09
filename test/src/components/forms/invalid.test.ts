import { invalidFields, invalidSummary } from '../../../../src/components/forms/invalid'
import { CASE_FORM_FIELDS, caseFormInput, emptyCaseForm } from '../../../../src/components/cases/caseForm'

describe('what a failed form check tells the person', () => {
  it('names the fields to fix in screen order, whatever order the errors came in', () => {
    const checked = caseFormInput({ ...emptyCaseForm('complaint'), text: '' })
    expect(checked.ok).toBe(false)
    const errors = checked.ok ? {} : checked.errors
    expect(invalidFields(errors, CASE_FORM_FIELDS).map((f) => f.id)).toEqual(['case-category', 'case-text'])
    expect(invalidSummary({ text: '请填写诉求内容', category: '请选择诉求分类' }, CASE_FORM_FIELDS)).toBe(
      '还有 2 项要改：是哪方面的事、诉求内容。红字说明了怎么改'
    )
    expect(invalidSummary({ contactPhone: '手机号码是 11 位数字，您填了 10 位' }, CASE_FORM_FIELDS)).toBe('还有一项要改：手机号码。红字说明了怎么改')
  })

  it('says the message itself when the error belongs to no field on the screen', () => {
    expect(invalidSummary({ _form: '这个村不属于本乡镇' }, CASE_FORM_FIELDS)).toBe('这个村不属于本乡镇')
    expect(invalidSummary({}, CASE_FORM_FIELDS)).toBe('')
  })
})
