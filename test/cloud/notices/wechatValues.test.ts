import {
  characterStringValue,
  cut,
  dateTimeValue,
  nameValue,
  numberValue,
  phoneNumberValue,
  phraseValue,
  thingValue,
  wechatValue
} from '../../../cloud/src/modules/notices/wechatValues'
import { templateData } from '../../../cloud/src/modules/notices/templates'

describe('WeChat subscribe-message values', () => {
  it('cuts `thing` to 20 characters, marking the cut, and keeps shorter text as is', () => {
    expect(thingValue('工作人员注册申请')).toBe('工作人员注册申请')
    const long = '关于新界埠镇东村三组村民宅基地申请材料补正的通知说明'
    const v = thingValue(long)
    expect(Array.from(v)).toHaveLength(20)
    expect(v.endsWith('…')).toBe(true)
    expect(v.startsWith('关于新界埠镇东村三组村民宅基地申请材')).toBe(true)
    expect(thingValue('12345678901234567890')).toBe('12345678901234567890')
  })

  it('counts characters, not UTF-16 units, so an emoji is never split', () => {
    const text = '😀'.repeat(25)
    const v = cut(text, 20)
    expect(Array.from(v)).toHaveLength(20)
    expect(v).toBe('😀'.repeat(19) + '…')
  })

  it('turns line breaks and control characters into single spaces and never sends an empty value', () => {
    expect(thingValue('第一行\n\n第二行\t\u0007结束')).toBe('第一行 第二行 结束')
    expect(thingValue('   ')).toBe('无')
    expect(thingValue(null)).toBe('无')
  })

  it('keeps only Chinese characters in a `phrase`, at most 5', () => {
    expect(phraseValue('已通过')).toBe('已通过')
    expect(phraseValue('未通过!')).toBe('未通过')
    expect(phraseValue('OK 已办结 done 了吗')).toBe('已办结了吗')
    expect(phraseValue('审核已经全部通过')).toBe('审核已经全')
    expect(phraseValue('approved')).toBe('无')
  })

  it('limits `name` to 10 characters, or 20 Latin letters', () => {
    expect(nameValue('欧阳明明')).toBe('欧阳明明')
    expect(nameValue('阿卜杜热合曼·买买提艾力')).toBe('阿卜杜热合曼·买买提')
    expect(nameValue('Alexander Hamiltonian Smith')).toBe('Alexander Hamiltonia')
  })

  it('keeps `character_string` to 32 of letters, digits, _ and -', () => {
    expect(characterStringValue('XJB-2025/0001 号')).toBe('XJB-20250001')
    expect(characterStringValue('a'.repeat(40))).toHaveLength(32)
    expect(characterStringValue('预约')).toBe('0')
  })

  it('formats `number` and `phone_number`', () => {
    expect(numberValue(12.5)).toBe('12.5')
    expect(numberValue('共 3 件')).toBe('3')
    expect(phoneNumberValue('0795-8123 4567 转 8')).toBe('0795-812345678')
  })

  it('writes `date`/`time` as China time YYYY年MM月DD日 HH:mm', () => {
    expect(dateTimeValue(new Date('2025-03-03T01:05:00Z'))).toBe('2025年03月03日 09:05')
    expect(dateTimeValue('2025-12-31T16:30:00Z')).toBe('2026年01月01日 00:30')
    expect(wechatValue('date', '2025-10-01T07:01:00+08:00')).toBe('2025年10月01日 07:01')
    expect(wechatValue('time', 'not a date')).toBe('无')
  })

  it('builds template data with each field made to its kind', () => {
    const data = templateData('reviewResult', {
      item: '工作人员注册申请（新界埠镇便民服务中心民政办窗口）',
      result: '已通过 ✔',
      note: null,
      at: new Date('2025-03-03T01:00:00Z')
    })
    expect(data).toEqual({
      thing1: { value: '工作人员注册申请（新界埠镇便民服务中心…' },
      phrase2: { value: '已通过' },
      thing3: { value: '无' },
      time4: { value: '2025年03月03日 09:00' }
    })
    expect(Array.from(data.thing1!.value)).toHaveLength(20)
  })
})
