import { pinyin } from 'pinyin-pro'

/**
 * Pure search rules for Chinese text as residents type it — Chinese words, pinyin and pinyin
 * initials ("dibao" and "db" find 低保): query normalisation, the pinyin terms derived from an
 * entry's title and keywords, and ranking. Guides and disclosure items both search this way; nothing
 * here knows either, nor touches the database.
 */

/** One title or keyword rendered in pinyin: syllables joined by spaces, joined without spaces, initials. */
export interface PinyinTerm {
  /** Index into `terms`: 0 is the title, the rest are keywords. */
  term: number
  /** True for a less likely reading of a polyphonic character (还款 read as hai). */
  alt: boolean
  syllables: string
  full: string
  initials: string
}

/** Search fields stored on an entry, derived from what the public sees of it. */
export interface SearchFields {
  /** Normalised title first, then normalised keywords (deduplicated). */
  terms: string[]
  pinyin: PinyinTerm[]
  /** Normalised free text (a summary, conditions, a body), joined by `|`. */
  text: string
}

/** Readings people actually use for polyphonic characters common in service-item names. */
const COMMON_READINGS: Record<string, readonly string[]> = {
  重: ['zhong', 'chong'],
  行: ['xing', 'hang'],
  长: ['chang', 'zhang'],
  还: ['huan', 'hai'],
  会: ['hui', 'kuai'],
  调: ['tiao', 'diao'],
  种: ['zhong'],
  传: ['chuan', 'zhuan'],
  单: ['dan', 'shan'],
  朝: ['chao', 'zhao'],
  率: ['lv', 'shuai'],
  差: ['cha', 'chai'],
  处: ['chu'],
  给: ['gei', 'ji'],
  解: ['jie', 'xie'],
  乐: ['le', 'yue'],
  省: ['sheng', 'xing'],
  属: ['shu', 'zhu'],
  数: ['shu'],
  相: ['xiang'],
  应: ['ying'],
  中: ['zhong'],
  转: ['zhuan'],
  系: ['xi', 'ji'],
  参: ['can', 'shen'],
  藏: ['cang', 'zang'],
  降: ['jiang', 'xiang'],
  曾: ['ceng', 'zeng'],
  便: ['bian', 'pian'],
  薄: ['bao', 'bo'],
  都: ['du', 'dou'],
  和: ['he', 'huo'],
  大: ['da', 'dai'],
  校: ['xiao', 'jiao'],
  血: ['xue', 'xie'],
  着: ['zhe', 'zhao', 'zhuo'],
  强: ['qiang', 'jiang'],
  区: ['qu', 'ou'],
  识: ['shi', 'zhi'],
  提: ['ti', 'di'],
  殖: ['zhi', 'shi'],
  卡: ['ka', 'qia'],
  宿: ['su', 'xiu'],
  仔: ['zi', 'zai'],
  露: ['lu', 'lou'],
  量: ['liang'],
  似: ['si', 'shi']
}

const MAX_VARIANTS_PER_TERM = 6
const DROPPED = /['‘’`´|]/g
const HAN = /\p{Script=Han}/u

/** Trims, folds full-width to half-width, lowercases, drops spaces, apostrophes, `|` and tone marks; ü becomes v. */
export function normalizeQuery(raw: string): string {
  return foldText(raw).replace(/\s+/g, '')
}

/** Splits a query on whitespace into normalised words (for multi-word queries like "医疗 救助"). */
export function queryWords(raw: string): string[] {
  return foldText(raw)
    .split(/\s+/)
    .filter((w) => w.length > 0)
}

function foldText(raw: string): string {
  return raw
    .normalize('NFKC')
    .toLowerCase()
    .replace(DROPPED, '')
    .replace(/[üǖǘǚǜ]/g, 'v')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .trim()
}

/** True when a normalised query is pinyin: only latin letters and digits, with at least one letter. */
export function isPinyinQuery(q: string): boolean {
  return /^[a-z0-9]+$/.test(q) && /[a-z]/.test(q)
}

/**
 * Pinyin renderings of one title or keyword: the contextual reading first (pinyin-pro reads 重度
 * as zhong, 银行 as hang, 村长 as zhang), then single-character substitutions for the other common
 * readings of polyphonic characters. Latin letters and digits pass through as one syllable a run.
 */
export function termPinyin(term: string): Omit<PinyinTerm, 'term'>[] {
  const text = foldText(term).replace(/\s+/g, '')
  if (!text) return []
  const chars = pinyin(text, { type: 'all', toneType: 'none', v: true })
  const syllables: string[] = []
  const origins: (string | null)[] = []
  let run = ''
  const endRun = () => {
    if (!run) return
    syllables.push(run)
    origins.push(null)
    run = ''
  }
  for (const c of chars) {
    if (c.isZh && c.pinyin) {
      endRun()
      syllables.push(c.pinyin.replace(/ü/g, 'v'))
      origins.push(c.origin)
    } else if (/[a-z0-9]/.test(c.origin)) {
      run += c.origin
    } else {
      endRun()
    }
  }
  endRun()
  if (!syllables.length) return []
  const isHan = origins.map((o) => o !== null)
  const out = [render(syllables, isHan, false)]
  const seen = new Set([out[0]!.full])
  origins.forEach((origin, i) => {
    const readings = origin ? COMMON_READINGS[origin] : undefined
    for (const reading of readings ?? []) {
      if (out.length > MAX_VARIANTS_PER_TERM) return
      const variant = syllables.slice()
      variant[i] = reading
      const rendered = render(variant, isHan, true)
      if (!seen.has(rendered.full)) {
        seen.add(rendered.full)
        out.push(rendered)
      }
    }
  })
  return out
}

function render(syllables: string[], isHan: boolean[], alt: boolean): Omit<PinyinTerm, 'term'> {
  return {
    alt,
    syllables: syllables.join(' '),
    full: syllables.join(''),
    initials: syllables.map((s, i) => (isHan[i] ? s[0] : s)).join('')
  }
}

/** Derives the stored search fields of an entry: its title, the keywords people search it by, and free text. */
export function deriveSearchFields(content: { title: string; keywords: readonly string[]; text: readonly string[] }): SearchFields {
  const terms: string[] = []
  for (const t of [content.title, ...content.keywords]) {
    const n = normalizeQuery(t)
    if (n && !terms.includes(n)) terms.push(n)
  }
  const pinyinTerms: PinyinTerm[] = []
  terms.forEach((t, i) => {
    for (const p of termPinyin(t)) pinyinTerms.push({ term: i, ...p })
  })
  const text = content.text.map(normalizeQuery).join('|')
  return { terms, pinyin: pinyinTerms, text }
}

/** Score tiers, best first; within a tier a title beats a keyword and a closer match beats a looser one. */
export const TIER = {
  exact: 1000,
  prefix: 900,
  contains: 800,
  queryHasTerm: 700,
  pinyinExact: 600,
  pinyinPrefix: 500,
  pinyinContains: 400,
  name: 300,
  text: 200
} as const

/** A pinyin term made ready for matching: syllable start offsets into `full`. */
export interface PreparedPinyin {
  term: number
  alt: boolean
  full: string
  initials: string
  starts: number[]
}

/** What ranking needs about one entry. */
export interface RankableEntry {
  terms: string[]
  /** Indexes of terms of two or more characters containing Chinese (for 低保怎么办 → 低保). */
  hanTerms: number[]
  pinyin: PreparedPinyin[]
  text: string
  /** Every term joined by `|`, for a quick reject of Chinese queries. */
  termBlob: string
  /** Every pinyin form joined by `|`, for a quick reject of pinyin queries. */
  pinyinBlob: string
}

/** Builds the matching form of stored search fields. */
export function prepareSearchFields(fields: SearchFields): RankableEntry {
  const pinyinTerms = fields.pinyin.map((p) => {
    const starts: number[] = []
    let at = 0
    for (const s of p.syllables.split(' ')) {
      starts.push(at)
      at += s.length
    }
    return { term: p.term, alt: p.alt, full: p.full, initials: p.initials, starts }
  })
  return {
    terms: fields.terms,
    hanTerms: fields.terms.flatMap((t, i) => (t.length >= 2 && HAN.test(t) ? [i] : [])),
    pinyin: pinyinTerms,
    text: fields.text,
    termBlob: `|${fields.terms.join('|')}|`,
    pinyinBlob: `|${pinyinTerms.map((p) => `${p.full}|${p.initials}`).join('|')}|`
  }
}

/** One normalised query string and what kind it is. */
export interface QueryPart {
  q: string
  pinyin: boolean
}

/** A raw query normalised once for ranking many entries. */
export interface PreparedQuery {
  whole: QueryPart
  /** The separate words when the person typed several; empty otherwise. */
  words: QueryPart[]
}

/** Normalises a raw query for `scoreEntry`; `whole.q` is empty when nothing is left to search for. */
export function prepareQuery(raw: string): PreparedQuery {
  const part = (q: string): QueryPart => ({ q, pinyin: isPinyinQuery(q) })
  const words = queryWords(raw)
  return { whole: part(normalizeQuery(raw)), words: words.length > 1 ? words.map(part) : [] }
}

function closeness(qLength: number, targetLength: number): number {
  return Math.round((40 * Math.min(qLength, targetLength)) / Math.max(targetLength, 1))
}

function tierScore(tier: number, isTitle: boolean, qLength: number, targetLength: number, alt: boolean): number {
  return tier + (isTitle ? 50 : 0) + closeness(qLength, targetLength) - (alt ? 5 : 0)
}

/**
 * Scores an entry's own terms (title, keywords and their pinyin) against a query part; 0 is no
 * match. `termInQuery` also accepts a query that contains a whole title or keyword (低保怎么办).
 */
export function scoreTerms(entry: RankableEntry, part: QueryPart, termInQuery = true): number {
  const q = part.q
  const n = q.length
  if (!n) return 0
  let best = 0
  if (entry.termBlob.includes(q)) {
    const terms = entry.terms
    for (let i = 0; i < terms.length; i++) {
      const t = terms[i]!
      const tier = t === q ? TIER.exact : t.startsWith(q) ? TIER.prefix : t.includes(q) ? TIER.contains : 0
      if (tier) best = Math.max(best, tierScore(tier, i === 0, n, t.length, false))
    }
  }
  if (termInQuery && best < TIER.queryHasTerm && !part.pinyin) {
    for (const i of entry.hanTerms) {
      const t = entry.terms[i]!
      if (n > t.length && q.includes(t)) best = Math.max(best, tierScore(TIER.queryHasTerm, i === 0, n, t.length, false))
    }
  }
  if (best < TIER.pinyinExact && part.pinyin && entry.pinyinBlob.includes(q)) {
    for (const p of entry.pinyin) {
      const isTitle = p.term === 0
      let s = 0
      if (p.full === q || p.initials === q) s = tierScore(TIER.pinyinExact, isTitle, n, n, p.alt)
      else if (p.full.startsWith(q)) s = tierScore(TIER.pinyinPrefix, isTitle, n, p.full.length, p.alt)
      else if (p.initials.startsWith(q)) s = tierScore(TIER.pinyinPrefix, isTitle, n, p.initials.length, p.alt)
      else if (containsAtSyllable(p, q)) s = tierScore(TIER.pinyinContains, isTitle, n, p.full.length, p.alt)
      else if (p.initials.includes(q)) s = tierScore(TIER.pinyinContains, isTitle, n, p.initials.length, p.alt)
      if (s > best) best = s
    }
  }
  return best
}

function containsAtSyllable(p: PreparedPinyin, q: string): boolean {
  let at = p.full.indexOf(q, 1)
  while (at !== -1) {
    if (p.starts.includes(at)) return true
    at = p.full.indexOf(q, at + 1)
  }
  return false
}

/**
 * Scores a name an entry belongs to (a department, a village) against a query part: Chinese
 * contains, or a pinyin prefix of its full reading or initials.
 */
export function scoreName(name: string, part: QueryPart): number {
  const q = part.q
  if (!q) return 0
  const n = normalizeQuery(name)
  if (n.includes(q)) return TIER.name + closeness(q.length, n.length)
  if (!part.pinyin) return 0
  for (const p of namePinyin(n)) {
    if (p.full.startsWith(q)) return TIER.name + closeness(q.length, p.full.length)
    if (p.initials.startsWith(q)) return TIER.name + closeness(q.length, p.initials.length)
  }
  return 0
}

const namePinyinMemo = new Map<string, Omit<PinyinTerm, 'term'>[]>()

function namePinyin(name: string): Omit<PinyinTerm, 'term'>[] {
  let found = namePinyinMemo.get(name)
  if (!found) {
    if (namePinyinMemo.size >= 2000) namePinyinMemo.clear()
    found = termPinyin(name)
    namePinyinMemo.set(name, found)
  }
  return found
}

/** Scores free text against a Chinese query part of two or more characters. */
export function scoreText(entry: RankableEntry, part: QueryPart): number {
  if (part.pinyin || part.q.length < 2) return 0
  return entry.text.includes(part.q) ? TIER.text : 0
}

/**
 * Ranks one entry for a prepared query: the whole query first; when that finds nothing and the
 * person typed several words, every word must match and the weakest word decides (one word of a
 * multi-word query may itself contain a whole keyword). `nameScore` scores what the entry belongs
 * to (its department, its village) for a query part (see `scoreName`).
 */
export function scoreEntry(entry: RankableEntry, query: PreparedQuery, nameScore: (part: QueryPart) => number): number {
  const whole = scoreOne(entry, query.whole, nameScore, query.words.length === 0)
  if (whole > 0 || query.words.length === 0) return whole
  let weakest = Infinity
  for (const w of query.words) {
    const s = scoreOne(entry, w, nameScore, true)
    if (s === 0) return 0
    weakest = Math.min(weakest, s)
  }
  return weakest - 1
}

function scoreOne(entry: RankableEntry, part: QueryPart, nameScore: (part: QueryPart) => number, termInQuery: boolean): number {
  const own = scoreTerms(entry, part, termInQuery)
  if (own >= TIER.name) return own
  return Math.max(own, nameScore(part), scoreText(entry, part))
}

/** A list of entries laid end to end, so one scan tells which entries a query part can match. */
export interface SearchCorpus {
  size: number
  termText: string
  termStarts: Int32Array
  pinyinText: string
  pinyinStarts: Int32Array
  freeText: string
  freeStarts: Int32Array
  /** Chinese titles and keywords of two or more characters → the entries that have them. */
  hanTermOwners: Map<string, number[]>
  longestHanTerm: number
}

/** Builds the corpus of a list of entries; entry `i` of the list is candidate `i`. */
export function buildCorpus(entries: readonly RankableEntry[]): SearchCorpus {
  const lay = (parts: string[]) => {
    const starts = new Int32Array(parts.length + 1)
    let at = 0
    parts.forEach((p, i) => {
      starts[i] = at
      at += p.length
    })
    starts[parts.length] = at
    return { text: parts.join(''), starts }
  }
  const terms = lay(entries.map((g) => g.termBlob))
  const pinyinLaid = lay(entries.map((g) => g.pinyinBlob))
  const free = lay(entries.map((g) => `|${g.text}|`))
  const hanTermOwners = new Map<string, number[]>()
  let longestHanTerm = 0
  entries.forEach((g, i) => {
    for (const t of g.hanTerms) {
      const term = g.terms[t]!
      const owners = hanTermOwners.get(term)
      if (owners) {
        if (owners[owners.length - 1] !== i) owners.push(i)
      } else hanTermOwners.set(term, [i])
      longestHanTerm = Math.max(longestHanTerm, term.length)
    }
  })
  return {
    size: entries.length,
    termText: terms.text,
    termStarts: terms.starts,
    pinyinText: pinyinLaid.text,
    pinyinStarts: pinyinLaid.starts,
    freeText: free.text,
    freeStarts: free.starts,
    hanTermOwners,
    longestHanTerm
  }
}

/**
 * Marks (sets to 1 in `out`) every entry whose own terms, pinyin or text could match a query part —
 * a superset of the entries `scoreTerms`/`scoreText` give a score, found without visiting the others.
 */
export function markCandidates(corpus: SearchCorpus, part: QueryPart, termInQuery: boolean, out: Uint8Array): void {
  const q = part.q
  if (!q) return
  markOccurrences(corpus.termText, corpus.termStarts, q, out)
  if (part.pinyin) markOccurrences(corpus.pinyinText, corpus.pinyinStarts, q, out)
  else if (q.length >= 2) markOccurrences(corpus.freeText, corpus.freeStarts, q, out)
  if (termInQuery && !part.pinyin) {
    const longest = Math.min(corpus.longestHanTerm, q.length - 1)
    for (let len = 2; len <= longest; len++) {
      for (let from = 0; from + len <= q.length; from++) {
        const owners = corpus.hanTermOwners.get(q.slice(from, from + len))
        if (owners) for (const i of owners) out[i] = 1
      }
    }
  }
}

function markOccurrences(text: string, starts: Int32Array, q: string, out: Uint8Array): void {
  let at = text.indexOf(q)
  while (at !== -1) {
    let lo = 0
    let hi = starts.length - 2
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid]! <= at) lo = mid
      else hi = mid - 1
    }
    out[lo] = 1
    at = text.indexOf(q, starts[lo + 1]!)
  }
}

/**
 * Ranks a list by a raw query (pure): the entries that score, best first, ties kept in list order;
 * the whole list, as it is, when nothing is left of the query. For lists small enough to score one
 * by one (a township's 权责清单, its published items); `nameScore` scores what an entry belongs to.
 */
export function rankEntries<T>(
  items: readonly T[],
  raw: string,
  fieldsOf: (item: T) => RankableEntry,
  nameScore: (item: T, part: QueryPart) => number = () => 0
): T[] {
  const query = prepareQuery(raw)
  if (!query.whole.q) return [...items]
  const scored: { item: T; score: number; at: number }[] = []
  items.forEach((item, at) => {
    const score = scoreEntry(fieldsOf(item), query, (part) => nameScore(item, part))
    if (score > 0) scored.push({ item, score, at })
  })
  return scored.sort((a, b) => b.score - a.score || a.at - b.at).map((s) => s.item)
}
