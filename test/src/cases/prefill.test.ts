import { emptyCaseForm, prefillFromLink, withPrefill } from '../../../src/components/cases/caseForm'

describe('a case form opened from a door plate', () => {
  it('takes the village and the address of the link, dropping what is malformed', () => {
    const village = '0123456789abcdef01234567'
    expect(prefillFromLink({ villageId: village, location: encodeURIComponent('新界埠镇桐山村一组8号') })).toEqual({ villageId: village, location: '新界埠镇桐山村一组8号' })
    expect(prefillFromLink({ villageId: 'nope', location: 'x'.repeat(300) })).toEqual({ villageId: '', location: 'x'.repeat(100) })
    expect(prefillFromLink({ location: '%E0%A4%A' })).toBeNull()
    expect(prefillFromLink({ type: 'help' })).toBeNull()
  })

  it('fills them in over a draft and keeps the rest of it', () => {
    const draft = { ...emptyCaseForm('help'), text: '水管漏水', villageId: 'aaaaaaaaaaaaaaaaaaaaaaaa', location: '旧地址' }
    expect(withPrefill(draft, { villageId: '0123456789abcdef01234567', location: '新界埠镇桐山村一组8号' })).toEqual({ ...draft, villageId: '0123456789abcdef01234567', location: '新界埠镇桐山村一组8号' })
    expect(withPrefill(draft, { villageId: '', location: '新地址' })).toEqual({ ...draft, location: '新地址' })
    expect(withPrefill(draft, null)).toBe(draft)
  })
})
