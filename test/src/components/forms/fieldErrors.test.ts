import { staffSignupSchema } from '../../../../src/shared/auth'
import { fieldErrors } from '../../../../src/components/forms/fieldErrors'

describe('form field errors', () => {
  it('gives each field of the staff sign-up its first Chinese message', () => {
    const parsed = staffSignupSchema.safeParse({
      townshipId: '0123456789abcdef01234567',
      realName: ' ',
      idNumber: '110105194912310021',
      phone: '123',
      departmentIds: []
    })
    expect(parsed.success).toBe(false)
    const errors = fieldErrors(parsed.success ? [] : parsed.error.issues)
    expect(errors.realName).toBe('请填写真实姓名')
    expect(errors.idNumber).toBe('身份证号校验位不对，请核对后重新填写')
    expect(errors.phone).toBe('手机号码是 11 位数字，您填了 3 位，请核对')
    expect(errors.departmentIds).toBe('请选择所在站所')
  })

  it('files nested paths under the top-level field and path-less issues under _form', () => {
    expect(fieldErrors([{ path: ['departmentIds', 0], message: '编号格式不正确' }, { path: [], message: '整体有误' }])).toEqual({
      departmentIds: '编号格式不正确',
      _form: '整体有误'
    })
  })
})
