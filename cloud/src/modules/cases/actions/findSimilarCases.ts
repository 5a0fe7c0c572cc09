import { Types } from 'mongoose'
import {
  CASE_STATUS_LABELS,
  SIMILAR_CASES_MAX,
  SIMILAR_TEXT_MIN,
  similarCasesQuerySchema,
  type CaseStatus,
  type SimilarCaseDTO
} from '../../../../../src/shared/cases'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { anonymise } from '../anonymise'
import { categoryName } from '../dto'
import { caseFollowerModel, caseModel, hotResponseModel, type CaseDoc, type HotResponseDoc } from '../model'
import { similarityKey, similarityQuery, similarityScore, type SimilarityKey } from '../similarity'

export const findSimilarCasesInput = similarCasesQuerySchema
export type FindSimilarCasesInput = z.output<typeof findSimilarCasesInput>

/** Cases others may follow: open or answered, not yet published (those show as 热点回应). */
export const FOLLOWABLE_STATUSES: readonly CaseStatus[] = ['submitted', 'accepted', 'assigned', 'info_requested', 'replied']
/** How many of the newest cases and 热点回应 are compared. */
const CANDIDATES = 200
/** The least share of a Chinese query a text must cover, and of a pinyin query's words. */
const MIN_SCORE = { han: 0.34, pinyin: 0.5 }
const EXCERPT = 80
/** The weight of a query's syllable pair that no candidate has: less than any shared pair. */
const UNSEEN_WEIGHT = 0.5

type CaseCandidate = Pick<CaseDoc, '_id' | 'title' | 'text' | 'status' | 'category' | 'followerCount' | 'acting'>

interface Scored {
  caseId: Types.ObjectId
  score: number
  dto: Omit<SimilarCaseDTO, 'following' | 'followerCount'>
  followerCount: number | null
}

/**
 * Up to three public cases that read like the complaint being typed, before it is filed: 热点回应 of
 * the township in the same category, and open or answered cases of the same village and category
 * whose content passed (anonymised: no names, phones, ID or house numbers), the caller's own left
 * out. Chinese and pinyin both match (see similarity.ts); too little text answers an empty list.
 */
export async function findSimilarCases(deps: AppDeps, user: AuthedUser, q: FindSimilarCasesInput): Promise<SimilarCaseDTO[]> {
  const query = similarityQuery(q.text, SIMILAR_TEXT_MIN)
  if (!query) return []
  const townshipId = new Types.ObjectId(user.townshipId)
  const [hot, open] = await Promise.all([
    hotResponseModel(deps.db).find({ townshipId, category: q.category }).sort({ publishedAt: -1 }).limit(CANDIDATES).lean<HotResponseDoc[]>(),
    caseModel(deps.db)
      .find(
        {
          townshipId,
          ...(q.villageId ? { villageId: new Types.ObjectId(q.villageId) } : {}),
          category: q.category,
          status: { $in: FOLLOWABLE_STATUSES },
          moderation: 'passed',
          hotResponseId: null,
          'acting.submitterId': { $ne: new Types.ObjectId(user.id) }
        },
        { title: 1, text: 1, status: 1, category: 1, followerCount: 1, acting: 1 }
      )
      .sort({ submittedAt: -1 })
      .limit(CANDIDATES)
      .lean<CaseCandidate[]>()
  ])
  const keys: SimilarityKey[] = [...hot.map((h) => similarityKey(`${h.title} ${h.question}`)), ...open.map((c) => similarityKey(`${c.title} ${c.text}`))]
  const df = new Map<string, number>()
  const rarity = (pair: string) => {
    let n = df.get(pair)
    if (n === undefined) {
      n = keys.filter((k) => k.pairs.has(pair)).length
      df.set(pair, n)
    }
    return n ? Math.log(1 + keys.length / n) : UNSEEN_WEIGHT
  }
  const min = query.pinyin ? MIN_SCORE.pinyin : MIN_SCORE.han
  const scored: Scored[] = []
  hot.forEach((h, i) => {
    const score = similarityScore(query, keys[i]!, rarity)
    if (score < min) return
    scored.push({
      caseId: h.caseId,
      score,
      followerCount: null,
      dto: { caseId: String(h.caseId), kind: 'hot', title: h.title, excerpt: h.question.slice(0, EXCERPT), answer: h.answer, statusLabel: '热点回应', categoryLabel: categoryName(h.category) }
    })
  })
  open.forEach((c, i) => {
    const score = similarityScore(query, keys[hot.length + i]!, rarity)
    if (score < min) return
    const names = [c.acting.applicantName]
    scored.push({
      caseId: c._id,
      score,
      followerCount: c.followerCount ?? 0,
      dto: {
        caseId: String(c._id),
        kind: 'case',
        title: anonymise(c.title, names),
        excerpt: anonymise(c.text, names).slice(0, EXCERPT),
        answer: null,
        statusLabel: CASE_STATUS_LABELS[c.status],
        categoryLabel: categoryName(c.category)
      }
    })
  })
  const top = scored.sort((a, b) => b.score - a.score).slice(0, SIMILAR_CASES_MAX)
  if (!top.length) return []
  const ids = top.map((s) => s.caseId)
  const [mine, counts] = await Promise.all([
    caseFollowerModel(deps.db).find({ caseId: { $in: ids }, userId: new Types.ObjectId(user.id) }, { caseId: 1 }).lean<{ caseId: Types.ObjectId }[]>(),
    top.some((s) => s.followerCount === null)
      ? caseModel(deps.db).find({ _id: { $in: ids } }, { followerCount: 1 }).lean<Pick<CaseDoc, '_id' | 'followerCount'>[]>()
      : Promise.resolve([])
  ])
  const following = new Set(mine.map((f) => String(f.caseId)))
  const countOf = new Map(counts.map((c) => [String(c._id), c.followerCount ?? 0]))
  return top.map((s) => ({
    ...s.dto,
    followerCount: s.followerCount ?? countOf.get(s.dto.caseId) ?? 0,
    following: following.has(s.dto.caseId)
  }))
}
