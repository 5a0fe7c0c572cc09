import {
  accountTotals,
  disclosureContentSchema,
  DISCLOSURE_LIFECYCLE,
  formatYuan,
  parseYuan,
  STANDARD_DOMAINS,
  validityOf
} from '../../src/shared/disclosure'

describe('the disclosure lifecycle', () => {
  it.each([
    ['draft', 'edit', 'staff', 'draft'],
    ['draft', 'submitForReview', 'staff', 'inReview'],
    ['inReview', 'returnToDraft', 'staff', 'draft'],
    ['inReview', 'publish', 'staff', 'published'],
    ['published', 'withdraw', 'staff', 'withdrawn'],
    ['published', 'supersede', 'system', 'revised']
  ] as const)('%s —%s by %s→ %s', (from, action, actor, to) => {
    expect(DISCLOSURE_LIFECYCLE.transition(from, action, actor)).toEqual({ ok: true, to })
  })

  it('publishes only what was reviewed, never edits a published item, and keeps withdrawn and revised ones as they are', () => {
    expect(DISCLOSURE_LIFECYCLE.transition('draft', 'publish', 'staff').ok).toBe(false)
    expect(DISCLOSURE_LIFECYCLE.transition('published', 'edit', 'staff').ok).toBe(false)
    expect(DISCLOSURE_LIFECYCLE.transition('published', 'supersede', 'staff').ok).toBe(false)
    for (const from of ['withdrawn', 'revised'] as const) expect(DISCLOSURE_LIFECYCLE.allowedActions(from, 'staff')).toEqual([])
    const r = DISCLOSURE_LIFECYCLE.transition('withdrawn', 'publish', 'staff')
    expect(!r.ok && r.message).toContain('已撤回')
  })
})

describe('validity', () => {
  it('is 有效 until validUntil has passed, then 失效; revised and withdrawn items say so', () => {
    expect(validityOf('published', null, '2025-03-03')).toBe('valid')
    expect(validityOf('published', '2025-03-03', '2025-03-03')).toBe('valid')
    expect(validityOf('published', '2025-03-02', '2025-03-03')).toBe('expired')
    expect(validityOf('revised', null, '2025-03-03')).toBe('revised')
    expect(validityOf('withdrawn', '2099-01-01', '2025-03-03')).toBe('withdrawn')
  })
})

describe('accounts', () => {
  const a = {
    openingBalanceFen: 100_000,
    lines: [
      { direction: 'income' as const, item: '林地承包费', amountFen: 50_050 },
      { direction: 'spending' as const, item: '电费', amountFen: 20_001 },
      { direction: 'spending' as const, item: '保洁费', amountFen: 200_000 }
    ]
  }

  it('add up income, spending and the balance carried out (which may go negative)', () => {
    expect(accountTotals(a)).toEqual({ incomeFen: 50_050, spendingFen: 220_001, closingBalanceFen: -69_951 })
  })

  it('print fen as yuan with separators and read typed yuan back', () => {
    expect(formatYuan(1_234_567)).toBe('12,345.67')
    expect(formatYuan(-69_951)).toBe('-699.51')
    expect(formatYuan(5)).toBe('0.05')
    expect(parseYuan('12,345.6')).toBe(1_234_560)
    expect(parseYuan(' 800元 ')).toBe(80_000)
    expect(parseYuan('12.345')).toBeNull()
    expect(parseYuan('一百')).toBeNull()
    for (const fen of [0, 1, 99, 100, 1_234_567, 99_999_999_999]) expect(parseYuan(formatYuan(fen))).toBe(fen)
  })
})

describe('the content schema', () => {
  const base = { kind: 'notice', scope: 'township', category: 'result', departmentId: '0123456789abcdef01234567', title: '公示', body: '正文', source: '镇政府' }

  it('names every missing piece at once', () => {
    const r = disclosureContentSchema.safeParse({ ...base, scope: 'village', category: null, kind: 'interpretation', body: '' })
    expect(r.success).toBe(false)
    const paths = r.success ? [] : r.error.issues.map((i) => i.path.join('.'))
    expect(paths).toEqual(expect.arrayContaining(['villageId', 'villageAffair', 'interpretsId', 'body']))
  })

  it('accepts a township notice and fills the defaults', () => {
    const r = disclosureContentSchema.parse(base)
    expect(r).toMatchObject({ villageId: null, domainKey: null, attachmentIds: [], keywords: [], accounts: null })
  })

  it('has the 18 standard areas with unique keys', () => {
    expect(STANDARD_DOMAINS).toHaveLength(18)
    expect(new Set(STANDARD_DOMAINS.map((d) => d.key)).size).toBe(18)
  })
})
