import {
  buildCorpus,
  deriveSearchFields,
  isPinyinQuery,
  markCandidates,
  normalizeQuery,
  prepareQuery,
  prepareSearchFields,
  queryWords,
  scoreEntry,
  scoreName,
  scoreTerms,
  scoreText,
  termPinyin,
  TIER
} from '../../cloud/src/lib/textSearch'

const guide = (title: string, keywords: string[] = [], summary = '事项简介', eligibility: string[] = ['办理条件']) =>
  prepareSearchFields(deriveSearchFields({ title, keywords, text: [summary, ...eligibility] }))
const noDept = () => 0
const scoreGuide = (g: ReturnType<typeof guide>, raw: string, dept: (q: string) => number) =>
  scoreEntry(g, prepareQuery(raw), (part) => dept(part.q))
const deptScore = (name: string, raw: string) => scoreName(name, prepareQuery(raw).whole)

describe('normalizeQuery', () => {
  it('trims, lowercases and drops spaces and apostrophes', () => {
    expect(normalizeQuery('  Zhai Ji Di ')).toBe('zhaijidi')
    expect(normalizeQuery("xi'an")).toBe('xian')
    expect(normalizeQuery('xi’an')).toBe('xian')
  })

  it('folds full-width letters, digits and spaces to half-width', () => {
    expect(normalizeQuery('ＤＩＢＡＯ')).toBe('dibao')
    expect(normalizeQuery('医疗　救助')).toBe('医疗救助')
    expect(normalizeQuery('６０周岁')).toBe('60周岁')
  })

  it('writes ü as v and drops tone marks', () => {
    expect(normalizeQuery('lü you')).toBe('lvyou')
    expect(normalizeQuery('Lǚ Yóu')).toBe('lvyou')
    expect(normalizeQuery('dī bǎo')).toBe('dibao')
  })

  it('drops the field separator used inside the index', () => {
    expect(normalizeQuery('低保|申请')).toBe('低保申请')
    expect(normalizeQuery('|')).toBe('')
  })

  it('keeps Chinese as typed', () => {
    expect(normalizeQuery(' 低保 ')).toBe('低保')
  })

  it('splits words for multi-word queries', () => {
    expect(queryWords(' 低保　申请 ')).toEqual(['低保', '申请'])
  })

  it('tells pinyin queries from Chinese ones', () => {
    expect(isPinyinQuery('dibao')).toBe(true)
    expect(isPinyinQuery('db')).toBe(true)
    expect(isPinyinQuery('低保')).toBe(false)
    expect(isPinyinQuery('123')).toBe(false)
  })
})

describe('termPinyin', () => {
  it('gives full pinyin without tones and initials', () => {
    expect(termPinyin('医疗救助')[0]).toMatchObject({ full: 'yiliaojiuzhu', initials: 'yljz', syllables: 'yi liao jiu zhu', alt: false })
    expect(termPinyin('宅基地')[0]).toMatchObject({ full: 'zhaijidi', initials: 'zjd' })
  })

  it('reads polyphonic characters in context first', () => {
    expect(termPinyin('重度残疾人护理补贴')[0]!.full).toBe('zhongducanjirenhulibutie')
    expect(termPinyin('银行')[0]!.full).toBe('yinhang')
    expect(termPinyin('村长')[0]!.full).toBe('cunzhang')
    expect(termPinyin('长期护理')[0]!.full).toBe('changqihuli')
  })

  it('adds the other common reading of a polyphone as an alternative', () => {
    const readings = termPinyin('还款').map((p) => p.full)
    expect(readings).toEqual(expect.arrayContaining(['huankuan', 'haikuan']))
    expect(termPinyin('还款').filter((p) => !p.alt)).toHaveLength(1)
  })

  it('keeps latin letters and digits as one syllable a run', () => {
    expect(termPinyin('CT检查')[0]).toMatchObject({ full: 'ctjiancha', initials: 'ctjc' })
    expect(termPinyin('60周岁')[0]).toMatchObject({ full: '60zhousui', initials: '60zs' })
  })

  it('writes ü as v', () => {
    expect(termPinyin('旅游')[0]!.full).toBe('lvyou')
  })
})

describe('deriveSearchFields', () => {
  it('indexes the title and each keyword once, normalised, with their pinyin', () => {
    const f = deriveSearchFields({ title: '最低生活保障申请', keywords: ['低保', ' 低保 ', 'DB'], text: ['简介', '条件一'] })
    expect(f.terms).toEqual(['最低生活保障申请', '低保', 'db'])
    expect(f.pinyin.filter((p) => p.term === 1).map((p) => [p.full, p.initials])).toEqual([['dibao', 'db']])
    expect(f.text).toBe('简介|条件一')
  })
})

describe('scoreGuide ranking', () => {
  const dibao = guide('最低生活保障申请', ['低保'])
  const bianyuan = guide('低保边缘家庭认定')
  const yiliao = guide('医疗救助', ['大病救助'], '因病致贫家庭的医疗费用救助', ['已参加城乡居民基本医疗保险'])
  const zhaijidi = guide('农村宅基地申请', ['建房', '宅基地'])

  it('finds 低保 by Chinese, full pinyin and initials', () => {
    for (const q of ['低保', 'dibao', 'db', 'di bao', 'DiBao']) {
      expect(scoreGuide(dibao, q, noDept)).toBeGreaterThan(0)
    }
  })

  it('ranks an exact keyword above a title prefix', () => {
    expect(scoreGuide(dibao, '低保', noDept)).toBeGreaterThan(scoreGuide(bianyuan, '低保', noDept))
    expect(scoreGuide(dibao, 'dibao', noDept)).toBeGreaterThan(scoreGuide(bianyuan, 'dibao', noDept))
    expect(scoreGuide(dibao, 'db', noDept)).toBeGreaterThan(scoreGuide(bianyuan, 'db', noDept))
  })

  it('orders the tiers: exact > prefix > contains > pinyin > department > text', () => {
    const exact = scoreGuide(zhaijidi, '宅基地', noDept)
    const prefix = scoreGuide(zhaijidi, '农村宅', noDept)
    const contains = scoreGuide(zhaijidi, '基地申', noDept)
    const pinyinExact = scoreGuide(zhaijidi, 'zhaijidi', noDept)
    const pinyinPrefix = scoreGuide(zhaijidi, 'zhaiji', noDept)
    const pinyinContains = scoreGuide(zhaijidi, 'jidishen', noDept)
    const dept = scoreGuide(yiliao, '民政', (q) => deptScore('民政办', q))
    const text = scoreGuide(yiliao, '因病致贫', noDept)
    const seq = [exact, prefix, contains, pinyinExact, pinyinPrefix, pinyinContains, dept, text]
    expect(seq.every((s) => s > 0)).toBe(true)
    expect([...seq].sort((a, b) => b - a)).toEqual(seq)
    expect(exact).toBeGreaterThanOrEqual(TIER.exact)
    expect(text).toBeLessThan(TIER.name)
  })

  it('prefers a title match to a keyword match in the same tier', () => {
    const byTitle = guide('宅基地申请')
    expect(scoreGuide(byTitle, '宅基地', noDept)).toBeGreaterThan(scoreGuide(guide('农村建房', ['宅基地申请']), '宅基地', noDept))
  })

  it('matches pinyin only at syllable starts', () => {
    expect(scoreGuide(dibao, 'ao', noDept)).toBe(0)
    expect(scoreGuide(dibao, 'baozhang', noDept)).toBeGreaterThan(0)
  })

  it('finds by full pinyin and initials of the title', () => {
    expect(scoreGuide(yiliao, 'yiliaojiuzhu', noDept)).toBeGreaterThanOrEqual(TIER.pinyinExact)
    expect(scoreGuide(yiliao, 'yljz', noDept)).toBeGreaterThanOrEqual(TIER.pinyinExact)
    expect(scoreGuide(zhaijidi, 'zjd', noDept)).toBeGreaterThanOrEqual(TIER.pinyinExact)
    expect(scoreGuide(zhaijidi, 'zhai ji di', noDept)).toBeGreaterThanOrEqual(TIER.pinyinExact)
  })

  it('ranks the usual reading of a polyphone above the alternative', () => {
    const bank = guide('银行卡挂失')
    expect(scoreGuide(bank, 'yinhang', noDept)).toBeGreaterThan(scoreGuide(bank, 'yinxing', noDept))
    expect(scoreGuide(bank, 'yinxing', noDept)).toBeGreaterThan(0)
  })

  it('finds a guide when the query contains a whole keyword', () => {
    expect(scoreGuide(dibao, '低保怎么办理', noDept)).toBeGreaterThanOrEqual(TIER.queryHasTerm)
  })

  it('requires every word of a multi-word query when the joined query finds nothing', () => {
    expect(scoreGuide(dibao, '低保 申请', noDept)).toBeGreaterThan(0)
    expect(scoreGuide(dibao, '低保 宅基地', noDept)).toBe(0)
  })

  it('searches summary and eligibility text only for Chinese queries', () => {
    expect(scoreGuide(yiliao, '城乡居民', noDept)).toBe(TIER.text)
    expect(scoreGuide(yiliao, 'chengxiang', noDept)).toBe(0)
  })

  it('does not match unrelated queries', () => {
    expect(scoreGuide(dibao, '宅基地', noDept)).toBe(0)
    expect(scoreGuide(dibao, 'zjd', noDept)).toBe(0)
    expect(scoreGuide(dibao, '', noDept)).toBe(0)
  })
})

describe('scoreName', () => {
  it('matches a department name in Chinese, full pinyin and initials', () => {
    expect(deptScore('民政', '民政')).toBeGreaterThanOrEqual(TIER.name)
    expect(deptScore('民政', 'minzheng')).toBeGreaterThanOrEqual(TIER.name)
    expect(deptScore('民政', 'mz')).toBeGreaterThanOrEqual(TIER.name)
    expect(deptScore('民政', 'yibao')).toBe(0)
  })
})

describe('buildCorpus / markCandidates', () => {
  const titles = ['最低生活保障申请', '低保边缘家庭认定', '医疗救助', '农村宅基地申请', '重度残疾人护理补贴', '银行卡代发账户变更', '还款证明', 'CT检查费用报销']
  const keywords = [['低保'], [], ['大病救助'], ['宅基地', '建房'], ['护理补贴'], ['银行卡'], [], ['CT']]
  const guides = titles.map((title, i) => guide(title, keywords[i], `${title}的简介`, ['家庭人均收入低于当地标准']))
  const corpus = buildCorpus(guides)
  const queries = [
    '低保', 'dibao', 'db', '申请', 'shenqing', 'sq', '宅基地', 'zjd', 'zhaijidi', 'jidi', 'yinhang', 'yinxing', 'huankuan', 'haikuan',
    'ct', 'ctjc', '家庭', '人均收入', '低保怎么办', '我要申请宅基地', 'zz', 'b', '保', 'x', '|', 'zhongdu', 'chongdu', '标准'
  ]

  it.each(queries)('marks every guide that scores for %p', (raw) => {
    const part = prepareQuery(raw).whole
    const marked = new Uint8Array(guides.length)
    markCandidates(corpus, part, true, marked)
    guides.forEach((g, i) => {
      if (scoreTerms(g, part, true) > 0 || scoreText(g, part) > 0) expect({ raw, title: titles[i], marked: marked[i] }).toEqual({ raw, title: titles[i], marked: 1 })
    })
  })

  it('marks nothing for a query no guide contains', () => {
    const marked = new Uint8Array(guides.length)
    markCandidates(corpus, prepareQuery('qqqq').whole, true, marked)
    expect([...marked].every((m) => m === 0)).toBe(true)
  })
})
