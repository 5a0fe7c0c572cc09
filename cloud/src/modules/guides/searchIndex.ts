import type { Connection, Types } from 'mongoose'
import type { LifeEventId } from '../../../../src/shared/enums'
import type { Page } from '../../../../src/shared/common'
import type { GuideContent, GuideSearchQuery, GuideSummary } from '../../../../src/shared/guides'
import { departmentModel, townshipModel, type DepartmentDoc, type TownshipDoc } from '../org/model'
import { requireTownship } from '../org/lookup'
import { forgetTownshipVersion } from './detailCache'
import { guideModel, toGuideSummary, type StoredGuideSearch } from './model'
import {
  buildCorpus,
  markCandidates,
  prepareQuery,
  prepareSearchFields,
  scoreEntry,
  scoreName,
  type PreparedQuery,
  type QueryPart,
  type RankableEntry,
  type SearchCorpus
} from '../../lib/textSearch'
import { versionedCache } from '../../lib/versionedCache'

/**
 * Per-township in-memory search index over published guides, kept in a versioned cache
 * (lib/versionedCache) under the township's `guidesIndexVersion`: every query first reads the
 * counter (one lookup by _id) and the index is rebuilt when it moved, or after `MAX_INDEX_AGE_MS`.
 */

type SummaryContent = Pick<
  GuideContent,
  'title' | 'summary' | 'departmentId' | 'lifeEvents' | 'promisedTimeLimitDays' | 'maxOneTrip' | 'appointmentAvailable'
>

interface IndexEntry extends RankableEntry {
  id: string
  slug: string
  departmentId: string
  lifeEvents: readonly LifeEventId[]
  /** Position of the title in Chinese collation order, for cheap sorting. */
  titleRank: number
  content: SummaryContent
}

type IndexedDepartment = Pick<DepartmentDoc, 'name' | 'order'>

interface TownshipIndex {
  entries: IndexEntry[]
  corpus: SearchCorpus
  departments: Map<string, IndexedDepartment>
}

/** Upper bound on how long a cached index is used without a rebuild, whatever the counter says. */
export const MAX_INDEX_AGE_MS = 5 * 60 * 1000

const indexes = versionedCache<TownshipIndex>(MAX_INDEX_AGE_MS)
const collator = new Intl.Collator('zh-Hans-CN')

/**
 * Records that a township's published guides (or its departments' names or order, which search
 * shows and ranks by) changed; call after the write has landed.
 */
export async function bumpGuidesIndexVersion(db: Connection, townshipId: Types.ObjectId): Promise<void> {
  await townshipModel(db).updateOne({ _id: townshipId }, { $inc: { guidesIndexVersion: 1 } })
  forgetTownshipVersion(db, townshipId)
}

function currentIndex(db: Connection, township: Pick<TownshipDoc, '_id' | 'guidesIndexVersion'>): Promise<TownshipIndex> {
  return indexes.get(db, String(township._id), township.guidesIndexVersion, () => buildIndex(db, township._id))
}

async function buildIndex(db: Connection, townshipId: Types.ObjectId): Promise<TownshipIndex> {
  const departments = await departmentModel(db)
    .find({ townshipId }, { name: 1, order: 1 })
    .lean<(IndexedDepartment & { _id: Types.ObjectId })[]>()
  const docs = await guideModel(db)
    .find(
      { townshipId, published: { $ne: null } },
      {
        slug: 1,
        search: 1,
        'published.title': 1,
        'published.summary': 1,
        'published.departmentId': 1,
        'published.lifeEvents': 1,
        'published.promisedTimeLimitDays': 1,
        'published.maxOneTrip': 1,
        'published.appointmentAvailable': 1
      }
    )
    .lean<{ _id: Types.ObjectId; slug: string; search: StoredGuideSearch | null; published: SummaryContent | null }[]>()
  const entries: IndexEntry[] = []
  for (const doc of docs) {
    if (!doc.search || !doc.published) continue
    entries.push({
      ...prepareSearchFields(doc.search),
      id: String(doc._id),
      slug: doc.slug,
      departmentId: doc.search.departmentId,
      lifeEvents: doc.search.lifeEvents,
      titleRank: 0,
      content: doc.published
    })
  }
  entries
    .slice()
    .sort((a, b) => collator.compare(a.content.title, b.content.title))
    .forEach((e, i) => {
      e.titleRank = i
    })
  return {
    entries,
    corpus: buildCorpus(entries),
    departments: new Map(departments.map((d) => [String(d._id), { name: d.name, order: d.order }]))
  }
}

/**
 * Searches a township's published guides. An empty query lists them by department order, then title;
 * otherwise matches are ranked by `scoreEntry` (lib/textSearch), ties broken the same way. Costs one
 * read (the township's index version) unless the index has to be rebuilt.
 */
export async function searchPublishedGuides(db: Connection, query: GuideSearchQuery): Promise<Page<GuideSummary>> {
  const township = await requireTownship(db, query.townshipId)
  const index = await currentIndex(db, township)
  const { entries, departments } = index
  const keep = (e: IndexEntry) =>
    (!query.departmentId || e.departmentId === query.departmentId) && (!query.lifeEvent || e.lifeEvents.includes(query.lifeEvent))
  const orderKey = (e: IndexEntry) => (departments.get(e.departmentId)?.order ?? 1e6) * 1e7 + e.titleRank
  const prepared = query.q ? prepareQuery(query.q) : null
  const ranked: { e: IndexEntry; s: number; key: number }[] = []
  if (!prepared || !prepared.whole.q) {
    for (const e of entries) if (keep(e)) ranked.push({ e, s: 0, key: orderKey(e) })
  } else {
    const candidates = findCandidates(index, prepared)
    const departmentScores = departmentScorers(index, prepared)
    const noDepartment = () => 0
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i]!
      if (!candidates[i] || !keep(e)) continue
      const s = scoreEntry(e, prepared, departmentScores.get(e.departmentId) ?? noDepartment)
      if (s > 0) ranked.push({ e, s, key: orderKey(e) })
    }
  }
  ranked.sort((a, b) => b.s - a.s || a.key - b.key)
  const start = (query.page - 1) * query.pageSize
  const items = ranked
    .slice(start, start + query.pageSize)
    .map(({ e }) => toGuideSummary(e.id, e.slug, e.content, departments.get(e.departmentId)?.name ?? ''))
  return { items, total: ranked.length, page: query.page, pageSize: query.pageSize }
}

function departmentScorers(index: TownshipIndex, prepared: PreparedQuery): Map<string, (part: QueryPart) => number> {
  const parts = [prepared.whole, ...prepared.words]
  const out = new Map<string, (part: QueryPart) => number>()
  for (const [id, d] of index.departments) {
    const scores = new Map(parts.map((part) => [part, scoreName(d.name, part)]))
    out.set(id, (part) => scores.get(part) ?? 0)
  }
  return out
}

/** Guides that can score for the query: by the whole query, or by every one of its words (department matches count). */
function findCandidates(index: TownshipIndex, prepared: PreparedQuery): Uint8Array {
  const { entries, corpus, departments } = index
  const departmentHits = (part: QueryPart) =>
    new Set([...departments].filter(([, d]) => scoreName(d.name, part) > 0).map(([id]) => id))
  const mark = (part: QueryPart, termInQuery: boolean) => {
    const out = new Uint8Array(entries.length)
    markCandidates(corpus, part, termInQuery, out)
    const hits = departmentHits(part)
    if (hits.size) {
      for (let i = 0; i < entries.length; i++) if (hits.has(entries[i]!.departmentId)) out[i] = 1
    }
    return out
  }
  const candidates = mark(prepared.whole, prepared.words.length === 0)
  if (prepared.words.length) {
    const perWord = prepared.words.map((w) => mark(w, true))
    for (let i = 0; i < entries.length; i++) if (perWord.every((m) => m[i])) candidates[i] = 1
  }
  return candidates
}

/** Published-guide counts per life event for a township (from the same index as search). */
export async function countPublishedByLifeEvent(
  db: Connection,
  township: Pick<TownshipDoc, '_id' | 'guidesIndexVersion'>
): Promise<Map<LifeEventId, number>> {
  const index = await currentIndex(db, township)
  const counts = new Map<LifeEventId, number>()
  for (const e of index.entries) for (const ev of e.lifeEvents) counts.set(ev, (counts.get(ev) ?? 0) + 1)
  return counts
}
