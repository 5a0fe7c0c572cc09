import { sceneOf, sceneRedirect, urlOf } from '../../../src/services/scan'
import { h5ScanUrl, sceneFromLink } from '../../../src/shared/qrcodes'

describe('deep links from a scanned code', () => {
  it('reads the scene WeChat passes URL-encoded, and only one WeChat could have made', () => {
    expect(sceneOf({ scene: 'Ab3dE5fG' })).toBe('Ab3dE5fG')
    expect(sceneOf({ scene: encodeURIComponent('a/b=c') })).toBe('a/b=c')
    expect(sceneOf({ scene: '%E0%A4%A' })).toBeNull()
    expect(sceneOf({ scene: encodeURIComponent('门牌') })).toBeNull()
    expect(sceneOf({ scene: 'x'.repeat(33) })).toBeNull()
    expect(sceneOf({})).toBeNull()
  })

  it('sends a cold start with one of our scenes to the scan page, leaving the scan page and the older t= scenes alone', () => {
    expect(sceneRedirect('pages/home/index', { scene: 'Ab3dE5fG' })).toBe('/pages/scan/index?scene=Ab3dE5fG')
    expect(sceneRedirect('/pages/guides/list/index', { scene: 'Ab3dE5fG' })).toBe('/pages/scan/index?scene=Ab3dE5fG')
    expect(sceneRedirect('pages/scan/index', { scene: 'Ab3dE5fG' })).toBeNull()
    expect(sceneRedirect('pages/home/index', { scene: encodeURIComponent('t=abc&g=dibao') })).toBeNull()
    expect(sceneRedirect('pages/home/index', {})).toBeNull()
  })

  it('round-trips the H5 address a plain QR code holds', () => {
    const url = h5ScanUrl('https://xlb.example.cn/', 'Ab3dE5fG')
    expect(url).toBe('https://xlb.example.cn/#/pages/scan/index?scene=Ab3dE5fG')
    expect(sceneFromLink(url)).toBe('Ab3dE5fG')
    expect(sceneFromLink('pages/scan/index?scene=a%2Fb')).toBe('a/b')
    expect(sceneFromLink('https://example.cn/')).toBeNull()
    expect(urlOf({ page: '/pages/home/index', query: { t: '桐山' } })).toBe(`/pages/home/index?t=${encodeURIComponent('桐山')}`)
  })
})
