import { cleanName, cleanText, text } from '../../src/shared/common'

describe('cleanText', () => {
  it('keeps tabs and line breaks and drops the other control characters', () => {
    expect(cleanText('一\u0000二\u0007三\t四\r\n五\u007f六\u0085七')).toBe('一二三\t四\r\n五六七')
  })

  it('drops direction overrides and isolates, so stored text reads in the order it was typed', () => {
    expect(cleanText('abc\u202edcba\u202c \u2066x\u2069\u200e\u061c')).toBe('abcdcba x')
  })

  it('drops zero-width and blank-looking letters and turns text of only those into nothing', () => {
    expect(cleanText('\u200b\u200c\u200d\ufeff\u2060\u3164\u115f\u1160\uffa0\u2800\u00ad')).toBe('')
    expect(cleanText('路\u200b灯')).toBe('路灯')
  })

  it('composes combining accents to one character (NFC) and trims ideographic spaces', () => {
    expect(cleanText('\u3000Cafe\u0301 ')).toBe('Café')
    expect(cleanText('Cafe\u0301').length).toBe(4)
  })
})

describe('cleanName', () => {
  it('makes every run of spaces inside a name one space', () => {
    expect(cleanName(' 阿卜杜拉 \u3000 \t 买买提 ')).toBe('阿卜杜拉 买买提')
  })
})

describe('text()', () => {
  it('refuses text that is empty once cleaned, with the field named', () => {
    const parsed = text(10, '诉求内容').safeParse('\u200b\u202e\u0000')
    expect(parsed.success).toBe(false)
    expect(parsed.error?.issues[0]?.message).toBe('请填写诉求内容')
  })

  it('counts the length after cleaning', () => {
    expect(text(3, '标题').safeParse('\u200b\u200b\u200b一二三').success).toBe(true)
    expect(text(3, '标题').safeParse('一二三四').error?.issues[0]?.message).toBe('标题不能超过 3 个字')
  })
})
