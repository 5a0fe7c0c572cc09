import { pinyin } from 'pinyin-pro'
import { isPinyinQuery, normalizeQuery } from '../../lib/textSearch'

/**
 * How alike two complaints read (pure), with the guides' search normalisation: texts become pinyin
 * syllables, so the same words and homophones (路灯 / 路等) match alike, and a query typed in pinyin
 * ("ludeng", "ld") is looked for in a text's syllables and initials.
 */

const HAN = /\p{Script=Han}/u
const readings = new Map<string, string>()

function syllableOf(ch: string): string {
  let s = readings.get(ch)
  if (s === undefined) {
    if (readings.size >= 10_000) readings.clear()
    s = pinyin(ch, { toneType: 'none', v: true })
    readings.set(ch, s)
  }
  return s
}

/** What matching needs about one text. */
export interface SimilarityKey {
  /** Neighbouring syllables of its Chinese runs, as `a b` pairs. */
  pairs: Set<string>
  /** Every syllable run end to end, and the initials. */
  full: string
  initials: string
}

/** The matching form of a text (its first `maxChars` characters). */
export function similarityKey(raw: string, maxChars = 200): SimilarityKey {
  const text = normalizeQuery(raw).slice(0, maxChars)
  const pairs = new Set<string>()
  let full = ''
  let initials = ''
  let prev: string | null = null
  for (const ch of text) {
    if (!HAN.test(ch)) {
      prev = null
      continue
    }
    const s = syllableOf(ch)
    full += s
    initials += s[0]
    if (prev) pairs.add(`${prev} ${s}`)
    prev = s
  }
  return { pairs, full, initials }
}

/** A typed complaint made ready to compare against many texts. */
export type SimilarityQuery = { pinyin: false; key: SimilarityKey } | { pinyin: true; words: string[] }

/** Prepares what a resident is typing; null when there is too little to look for. */
export function similarityQuery(raw: string, minChars: number): SimilarityQuery | null {
  const words = raw.trim().split(/\s+/).map(normalizeQuery).filter(Boolean)
  if (words.length && words.every(isPinyinQuery)) {
    return words.join('').length >= minChars ? { pinyin: true, words: words.filter((w) => w.length >= 2) } : null
  }
  const key = similarityKey(raw, 400)
  return key.pairs.size >= Math.max(1, minChars - 1) ? { pinyin: false, key } : null
}

/** Chinese texts share at least this many syllable pairs to be alike at all. */
const MIN_SHARED_PAIRS = 2

/**
 * How much of the query a text covers, 0 to 1: for Chinese, the share of the query's syllable pairs
 * found in the text (at least two), each weighted by `rarity` (pair → weight: rarer among the
 * candidates weighs more, so 路灯 counts for more than 我们); for pinyin, the share of words found in
 * the text's syllables or initials.
 */
export function similarityScore(q: SimilarityQuery, text: SimilarityKey, rarity: (pair: string) => number): number {
  if (q.pinyin) {
    if (!q.words.length) return 0
    return q.words.filter((w) => text.full.includes(w) || text.initials.includes(w)).length / q.words.length
  }
  let total = 0
  let found = 0
  let shared = 0
  for (const pair of q.key.pairs) {
    const w = rarity(pair)
    total += w
    if (text.pairs.has(pair)) {
      found += w
      shared++
    }
  }
  return total && shared >= MIN_SHARED_PAIRS ? found / total : 0
}
