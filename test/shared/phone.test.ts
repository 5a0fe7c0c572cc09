import { mobileProblem, phone } from '../../src/shared/common'
import { staffSignupSchema } from '../../src/shared/auth'
import { submitCaseSchema } from '../../src/shared/cases'

describe('what a wrong mobile number is told', () => {
  it('says what is wrong in each case instead of one message for all', () => {
    expect(mobileProblem('13800138000')).toBeNull()
    expect(mobileProblem('12345678901')).toBe('手机号码都以 13 到 19 开头，“12”开头的不是手机号码，请核对')
    expect(mobileProblem('138abc12345')).toBe('手机号码只能填数字，“abc”不是数字，请改一下')
    expect(mobileProblem('1380013800')).toBe('手机号码是 11 位数字，您填了 10 位，请核对')
    expect(mobileProblem('138 0013 8000')).toBe('手机号码中间不要加空格，请只填 11 位数字')
    expect(mobileProblem('')).toBe('请填写 11 位手机号码')
  })

  it('is the message of every schema that takes a mobile number, on the client and the server alike', () => {
    const first = (r: { success: boolean; error?: { issues: { message: string }[] } }) => r.error?.issues[0]?.message
    expect(first(phone.safeParse('12345678901'))).toMatch(/“12”开头的不是手机号码/)
    expect(first(submitCaseSchema.safeParse({ type: 'consult', category: 'social', text: '问一下', contactPhone: '138abc12345' }))).toMatch(/“abc”不是数字/)
    const signup = staffSignupSchema.safeParse({ townshipId: '0123456789abcdef01234567', realName: '刘芳', idNumber: '360923199204170244', phone: '1380013800', departmentIds: ['0123456789abcdef01234567'] })
    expect(first(signup)).toMatch(/您填了 10 位/)
  })
})
