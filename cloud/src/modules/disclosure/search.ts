import { Types, type Connection } from 'mongoose'
import type { Page } from '../../../../src/shared/common'
import type { DisclosureContent, DisclosureItemSummary } from '../../../../src/shared/disclosure'
import { currentSequence, nextSequence } from '../../lib/sequence'
import { deriveSearchFields, prepareSearchFields, rankEntries, scoreName, type QueryPart, type RankableEntry, type SearchFields } from '../../lib/textSearch'
import { versionedCache } from '../../lib/versionedCache'
import { loadCatalogNames, type CatalogNames } from './catalog'
import { toItemSummary, type SummarySource } from './dto'
import { counterModel, itemModel, type DisclosureItemDoc } from './model'

/** How much of an item's body search reads (the rest is rarely what people type). */
const BODY_SEARCHED = 500
/** Upper bound on how long a cached index is used without a rebuild. */
const MAX_INDEX_AGE_MS = 5 * 60 * 1000

/** The search fields of an item's published text: title, keywords, 文号 and 索引号, the start of the body and the source. */
export function itemSearchFields(content: DisclosureContent, indexNumber: string | null): SearchFields {
  const keywords = [...content.keywords, ...(content.documentNumber ? [content.documentNumber] : []), ...(indexNumber ? [indexNumber] : [])]
  const lines = (content.accounts?.lines ?? []).map((l) => l.item)
  return deriveSearchFields({ title: content.title, keywords, text: [content.body.slice(0, BODY_SEARCHED), content.source, ...lines] })
}

const versionKey = (townshipId: string) => `search:${townshipId}`

/** Records that a township's published items changed; call after the write has landed. */
export async function bumpSearchVersion(db: Connection, townshipId: Types.ObjectId | string): Promise<void> {
  await nextSequence(counterModel(db), versionKey(String(townshipId)))
}

interface IndexedItem {
  source: SummarySource
  rank: RankableEntry
  villageName: string | null
  domainName: string | null
}

interface PublishedIndex {
  items: IndexedItem[]
  names: CatalogNames
}

const indexes = versionedCache<PublishedIndex>(MAX_INDEX_AGE_MS)

async function buildIndex(db: Connection, townshipId: string): Promise<PublishedIndex> {
  const [names, docs] = await Promise.all([
    loadCatalogNames(db, townshipId),
    itemModel(db)
      .find(
        { townshipId: new Types.ObjectId(townshipId), status: 'published' },
        { status: 1, indexNumber: 1, publishedAt: 1, villageId: 1, content: 1, search: 1 }
      )
      .sort({ publishedAt: -1, _id: -1 })
      .lean<(SummarySource & Pick<DisclosureItemDoc, 'search'> & { content: DisclosureContent })[]>()
  ])
  const items = docs.map(({ search, content, ...rest }) => {
    const { body: _body, ...summaryContent } = content
    return {
      source: { ...rest, content: summaryContent },
      rank: prepareSearchFields(search ?? itemSearchFields(content, rest.indexNumber)),
      villageName: rest.villageId ? (names.villageName.get(String(rest.villageId)) ?? null) : null,
      domainName: content.domainKey ? (names.domainName.get(content.domainKey) ?? null) : null
    }
  })
  return { items, names }
}

/** The township's published items, newest first, from the versioned cache (one counter read unless rebuilt). */
async function publishedIndex(db: Connection, townshipId: string): Promise<PublishedIndex> {
  const version = await currentSequence(counterModel(db), versionKey(townshipId))
  return indexes.get(db, townshipId, version, () => buildIndex(db, townshipId))
}

/** Filters of the public list. */
export interface PublishedFilter {
  category?: string
  villageAffair?: string
  domainKey?: string
  villageId?: string
  scope?: string
  kind?: string
}

const keeps = (f: PublishedFilter) => (s: SummarySource) =>
  (!f.category || s.content.category === f.category) &&
  (!f.villageAffair || s.content.villageAffair === f.villageAffair) &&
  (!f.domainKey || s.content.domainKey === f.domainKey) &&
  (!f.villageId || String(s.villageId) === f.villageId) &&
  (!f.scope || s.content.scope === f.scope) &&
  (!f.kind || s.content.kind === f.kind)

/**
 * Searches a township's published items with the same Chinese/pinyin/initials rules as guides
 * (lib/textSearch); a village's or a domain's name counts too ("桐山" finds 桐山村's accounts).
 * Without a query, the filtered items newest first.
 */
export async function searchPublished(
  db: Connection,
  townshipId: string,
  query: PublishedFilter & { q?: string; page: number; pageSize: number },
  today: string
): Promise<Page<DisclosureItemSummary>> {
  const index = await publishedIndex(db, townshipId)
  const keep = keeps(query)
  const filtered = index.items.filter((i) => keep(i.source))
  const nameScore = (i: IndexedItem, part: QueryPart) =>
    Math.max(i.villageName ? scoreName(i.villageName, part) : 0, i.domainName ? scoreName(i.domainName, part) : 0)
  const ranked = query.q ? rankEntries(filtered, query.q, (i) => i.rank, nameScore) : filtered
  const start = (query.page - 1) * query.pageSize
  return {
    items: ranked.slice(start, start + query.pageSize).map((i) => toItemSummary(i.source, index.names, today)),
    total: ranked.length,
    page: query.page,
    pageSize: query.pageSize
  }
}

/** Published counts per domain and per village (for the catalogue), from the same index. */
export async function publishedCounts(db: Connection, townshipId: string): Promise<{ names: CatalogNames; byDomain: Map<string, number>; byVillage: Map<string, number> }> {
  const index = await publishedIndex(db, townshipId)
  const byDomain = new Map<string, number>()
  const byVillage = new Map<string, number>()
  for (const { source } of index.items) {
    if (source.content.domainKey) byDomain.set(source.content.domainKey, (byDomain.get(source.content.domainKey) ?? 0) + 1)
    if (source.villageId) byVillage.set(String(source.villageId), (byVillage.get(String(source.villageId)) ?? 0) + 1)
  }
  return { names: index.names, byDomain, byVillage }
}
