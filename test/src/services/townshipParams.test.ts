import type { TownshipDTO } from '../../../src/shared/org'
import { pickTownship, townshipParam } from '../../../src/services/townshipParams'

const t = (id: string): TownshipDTO => ({ id, name: id, county: '', province: '', address: '', phone: '', hours: '' })
const list = [t('a'), t('b'), t('c')]

describe('current township', () => {
  it('prefers the township named by a code, then the remembered one, then the first', () => {
    expect(pickTownship(list, 'c', 'b')?.id).toBe('c')
    expect(pickTownship(list, null, 'b')?.id).toBe('b')
    expect(pickTownship(list, 'zzz', 'yyy')?.id).toBe('a')
    expect(pickTownship([], 'a', 'a')).toBeNull()
  })

  it('reads t from a query or from a URL-encoded QR scene', () => {
    expect(townshipParam({ t: 'b' })).toBe('b')
    expect(townshipParam({ scene: encodeURIComponent('t=c&g=dibao') })).toBe('c')
    expect(townshipParam({ scene: 'g=dibao' })).toBeNull()
    expect(townshipParam({ scene: '%E0%A4%A' })).toBeNull()
    expect(townshipParam({})).toBeNull()
  })
})
