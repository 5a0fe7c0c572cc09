import { cutNotice, fitText } from '../../../src/ui/fitText'

describe('a field that keeps at most so many characters', () => {
  it('counts what a paste past the limit left out, so the field can say so', () => {
    const pasted = '路灯'.repeat(1250)
    expect(fitText(pasted, 2000)).toEqual({ value: pasted.slice(0, 2000), cut: 500 })
    expect(fitText('路灯坏了', 2000)).toEqual({ value: '路灯坏了', cut: 0 })
    expect(cutNotice(500, 2000)).toBe('最多 2000 个字，超出的 500 个字没有放进来，请删减后再补上要紧的内容')
  })
})
