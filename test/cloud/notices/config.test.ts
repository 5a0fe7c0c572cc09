import { ConfigError, loadConfig, templateEnvName } from '../../../cloud/src/config/env'
import { PRODUCTION_ENV } from '../helpers/env'

const production = PRODUCTION_ENV

function configError(env: Record<string, string>): string {
  try {
    loadConfig(env)
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError)
    return (err as Error).message
  }
  throw new Error('expected a ConfigError')
}

describe('notice configuration', () => {
  it('names the template variables after the template keys', () => {
    expect(templateEnvName('reviewResult')).toBe('WECHAT_TEMPLATE_REVIEW_RESULT')
    expect(templateEnvName('newApplication')).toBe('WECHAT_TEMPLATE_NEW_APPLICATION')
  })

  it('has development template ids, a 2 s dispatch interval and the developer version of the mini-program outside production', () => {
    const c = loadConfig({})
    expect(c.notices.templates.reviewResult).toBe('dev-tpl-reviewResult')
    expect(c.notices).toMatchObject({ longTermTemplates: [], miniprogramState: 'developer', dispatchIntervalMs: 2000 })
  })

  it('takes template ids, long-term templates and the interval from the environment', () => {
    const c = loadConfig({
      ...production,
      WECHAT_TEMPLATE_REVIEW_RESULT: 'AbC_123-xyz',
      WECHAT_LONG_TERM_TEMPLATES: ' reviewResult , newApplication ',
      NOTICE_DISPATCH_INTERVAL_MS: '500'
    })
    expect(c.notices.templates.reviewResult).toBe('AbC_123-xyz')
    expect(c.notices.longTermTemplates).toEqual(['reviewResult', 'newApplication'])
    expect(c.notices.miniprogramState).toBe('formal')
    expect(c.notices.dispatchIntervalMs).toBe(500)
  })

  it('leaves unset templates empty in production (WeChat is then skipped, the inbox still works)', () => {
    const c = loadConfig(production)
    expect(c.notices.templates.newApplication).toBeNull()
  })

  it('refuses malformed template ids and unknown long-term template names, saying what to fix', () => {
    expect(configError({ WECHAT_TEMPLATE_REVIEW_RESULT: 'has spaces in it' })).toContain('WECHAT_TEMPLATE_REVIEW_RESULT')
    const message = configError({ WECHAT_LONG_TERM_TEMPLATES: 'reviewResult,bookingThing' })
    expect(message).toContain('bookingThing')
    expect(message).toContain('reviewResult')
    expect(configError({ NOTICE_DISPATCH_INTERVAL_MS: '5' })).toContain('NOTICE_DISPATCH_INTERVAL_MS')
  })
})
