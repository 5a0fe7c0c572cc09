import type { Material } from '../../../../src/shared/guides'

/** 申请人（或指定的人）居民身份证原件，现场核验。 */
export function idCard(who = '申请人'): Material {
  return { name: `${who}居民身份证`, originals: 1, copies: 0, required: true, note: '现场核验后当场退还' }
}

/** 户口簿：窗口通过公安户籍数据共享核验，群众不用带。 */
export const householdBook: Material = {
  name: '户口簿',
  originals: 1,
  copies: 0,
  required: true,
  exemptReason: '已通过公安户籍数据共享核验，免提交'
}

/** 补贴、救助金打卡发放用的账户。 */
export const payoutCard: Material = {
  name: '社会保障卡（或本人银行账户）',
  originals: 1,
  copies: 0,
  required: true,
  note: '资金直接打到卡上，请确认社保卡已激活金融功能；用银行卡的提供卡号即可'
}

/** 社会救助类事项的家庭经济状况核对授权。 */
export const checkAuthorization: Material = {
  name: '家庭经济状况核对授权书',
  originals: 1,
  copies: 0,
  required: true,
  note: '共同生活的成年家庭成员逐一签字或按手印，授权查询存款、车辆、房产、社保、工商等信息；窗口提供样表'
}

/** 家属或帮办代办员代办时的身份证件。 */
export const proxyIdCard: Material = {
  name: '代办人居民身份证',
  originals: 1,
  copies: 0,
  required: false,
  note: '家属或帮办代办员代为办理时提供'
}
