import type { NoticeSettingsDTO } from '../../../src/shared/notices'

jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: {
    setTabBarBadge: jest.fn(async () => ({})),
    removeTabBarBadge: jest.fn(async () => ({})),
    requestSubscribeMessage: jest.fn(async () => ({})),
    request: jest.fn(async () => ({ statusCode: 200, data: {} })),
    getStorageSync: jest.fn(() => ({ token: 't'.repeat(43), expiresAt: '2999-01-01T00:00:00Z', me: {} })),
    removeStorageSync: jest.fn(),
    switchTab: jest.fn(async () => ({})),
    navigateTo: jest.fn(async () => ({}))
  }
}))

type Fn = jest.Mock<Promise<unknown>, [Record<string, never> & { url: string; header: Record<string, string> }]>
const mockTaro = (jest.requireMock('@tarojs/taro') as { default: Record<string, Fn> }).default as Record<
  'setTabBarBadge' | 'removeTabBarBadge' | 'requestSubscribeMessage' | 'request' | 'switchTab' | 'navigateTo',
  Fn
>
;(globalThis as { API_BASE_URL?: string }).API_BASE_URL = ''

import { badgeText, refreshUnreadBadge, showUnreadBadge } from '../../../src/components/notices/badge'
import { isTabLink, linkUrl, noticeTime, openLink } from '../../../src/components/notices/links'
import { askToSubscribe, choicesOf, templateIdsFor } from '../../../src/components/notices/subscribe'

beforeEach(() => {
  jest.clearAllMocks()
  process.env.TARO_ENV = 'h5'
})

const settings = (templates: Partial<NoticeSettingsDTO['templates'][number]>[]): NoticeSettingsDTO => ({
  inbox: true,
  wechatReachable: true,
  templates: templates.map((t) => ({
    key: 'reviewResult',
    title: '审核结果通知',
    description: '',
    templateId: 'T-review',
    state: 'none',
    remaining: 0,
    ...t
  })) as NoticeSettingsDTO['templates']
})

describe('the unread badge on the 消息 tab', () => {
  it('says nothing at 0, the number up to 99, then 99+', () => {
    expect(badgeText(0)).toBeNull()
    expect(badgeText(-1)).toBeNull()
    expect(badgeText(7)).toBe('7')
    expect(badgeText(99)).toBe('99')
    expect(badgeText(100)).toBe('99+')
  })

  it('sets the badge on the second tab, removes it at 0, and never throws', async () => {
    await showUnreadBadge(3)
    expect(mockTaro.setTabBarBadge).toHaveBeenCalledWith({ index: 1, text: '3' })
    await showUnreadBadge(0)
    expect(mockTaro.removeTabBarBadge).toHaveBeenCalledWith({ index: 1 })
    mockTaro.setTabBarBadge.mockRejectedValueOnce(new Error('setTabBarBadge:fail not TabBar page'))
    await expect(showUnreadBadge(2)).resolves.toBeUndefined()
  })

  it('refreshes from the server when signed in', async () => {
    mockTaro.request.mockResolvedValueOnce({ statusCode: 200, data: { unread: 4 } })
    expect(await refreshUnreadBadge()).toBe(4)
    expect(mockTaro.request.mock.calls[0]![0].url).toBe('/api/notices/unread-count')
    expect(mockTaro.request.mock.calls[0]![0].header.Authorization).toMatch(/^Bearer /)
    expect(mockTaro.setTabBarBadge).toHaveBeenCalledWith({ index: 1, text: '4' })
  })
})

describe('where a notice leads', () => {
  it('builds the URL with an encoded query and tells tab pages apart', async () => {
    expect(linkUrl({ page: '/pages/cases/detail/index', query: { id: 'a b', from: '消息' } })).toBe(
      '/pages/cases/detail/index?id=a%20b&from=%E6%B6%88%E6%81%AF'
    )
    expect(linkUrl({ page: 'pages/me/staff-signup/index', query: {} })).toBe('/pages/me/staff-signup/index')
    expect(isTabLink({ page: '/pages/me/index', query: {} })).toBe(true)
    expect(isTabLink({ page: '/pages/me/staff-signup/index', query: {} })).toBe(false)
    await openLink({ page: '/pages/me/index', query: { x: '1' } })
    expect(mockTaro.switchTab).toHaveBeenCalledWith({ url: '/pages/me/index' })
    await openLink({ page: '/staff/pages/signups/index', query: { id: '1' } })
    expect(mockTaro.navigateTo).toHaveBeenCalledWith({ url: '/staff/pages/signups/index?id=1' })
  })

  it('says when in China time, the way people say it', () => {
    const now = new Date('2025-03-03T10:00:00+08:00')
    expect(noticeTime('2025-03-03T09:05:00+08:00', now)).toBe('今天 09:05')
    expect(noticeTime('2025-03-02T18:30:00+08:00', now)).toBe('昨天 18:30')
    expect(noticeTime('2025-03-03T00:30:00+08:00', new Date('2025-03-03T23:59:00+08:00'))).toBe('今天 00:30')
    expect(noticeTime('2025-02-27T09:00:00+08:00', now)).toBe('2月27日 09:00')
    expect(noticeTime('2024-12-31T23:00:00+08:00', now)).toBe('2024年12月31日 23:00')
    expect(noticeTime('nonsense', now)).toBe('')
  })
})

describe('asking to subscribe on the submit tap', () => {
  it('asks for the templates of the flow, leaving out long-term and unconfigured ones', () => {
    expect(templateIdsFor('staffSignup', settings([{}]))).toEqual(['T-review'])
    expect(templateIdsFor('staffSignup', settings([{ state: 'longTerm' }]))).toEqual([])
    expect(templateIdsFor('staffSignup', settings([{ templateId: null }]))).toEqual([])
    expect(templateIdsFor('staffSignup', settings([{ key: 'newApplication' as never, templateId: 'T-new' }]))).toEqual([])
    expect(templateIdsFor('staffSignup', null)).toEqual([])
  })

  it('reads the answers out of the requestSubscribeMessage result', () => {
    expect(choicesOf({ errMsg: 'requestSubscribeMessage:ok', A: 'accept', B: 'reject', C: 'weird' }, ['A', 'B', 'C', 'D'])).toEqual([
      { templateId: 'A', choice: 'accept' },
      { templateId: 'B', choice: 'reject' }
    ])
  })

  it('does nothing outside the mini-program (H5 has no subscribe messages)', async () => {
    process.env.TARO_ENV = 'h5'
    await askToSubscribe(['T-review'])
    expect(mockTaro.requestSubscribeMessage).not.toHaveBeenCalled()
    expect(mockTaro.request).not.toHaveBeenCalled()
  })

  it('in the mini-program: prompts, then sends the answers with an Idempotency-Key', async () => {
    process.env.TARO_ENV = 'weapp'
    mockTaro.requestSubscribeMessage.mockResolvedValueOnce({ errMsg: 'requestSubscribeMessage:ok', 'T-review': 'accept' })
    await askToSubscribe(['T-review'])
    expect(mockTaro.requestSubscribeMessage).toHaveBeenCalledWith(expect.objectContaining({ tmplIds: ['T-review'] }))
    const call = mockTaro.request.mock.calls[0]![0]
    expect(call).toMatchObject({ url: '/api/notices/subscriptions', method: 'POST', data: { choices: [{ templateId: 'T-review', choice: 'accept' }] } })
    expect(call.header['Idempotency-Key']).toMatch(/\S+/)
  })

  it('lets the submit go on when the person closes the prompt or WeChat refuses it', async () => {
    process.env.TARO_ENV = 'weapp'
    mockTaro.requestSubscribeMessage.mockRejectedValueOnce({ errMsg: 'requestSubscribeMessage:fail can only be invoked by user TAP gesture' })
    await expect(askToSubscribe(['T-review'])).resolves.toBeUndefined()
    mockTaro.requestSubscribeMessage.mockResolvedValueOnce({ 'T-review': 'accept' })
    mockTaro.request.mockRejectedValueOnce(new Error('offline'))
    await expect(askToSubscribe(['T-review'])).resolves.toBeUndefined()
    expect(mockTaro.request).toHaveBeenCalledTimes(1)
  })
})
