import { Types, type Model } from 'mongoose'
import { badRequest } from './errors'

/**
 * Keyset paging for every list endpoint: an opaque cursor holds the sort key of the last item shown
 * (ending in `_id`, so no two items tie), and the next page is "everything after it in sort order".
 * Unlike skip/limit, an item inserted or removed meanwhile never shifts the items after the cursor:
 * walking all pages shows each item that existed throughout exactly once.
 */

/** A sort order, fields in order, each ascending (1) or descending (-1); it must end with `_id`. */
export type SortSpec = Readonly<Record<string, 1 | -1>>

/** A value of a sort field as it travels in a cursor. */
type KeyValue = string | number | boolean | Date | Types.ObjectId

/** What a list endpoint was asked for after parsing (`cursorPaging` in src/shared/common.ts). */
export interface PageRequest {
  cursor?: string
  limit: number
}

const invalidCursor = () => badRequest('PAGE_CURSOR_INVALID', '翻页位置不对（可能是旧的链接），请回到列表顶部重新加载')

function encodeValue(v: unknown): unknown {
  if (v instanceof Date) return { d: v.getTime() }
  if (v instanceof Types.ObjectId) return { o: v.toHexString() }
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v
  throw new Error(`a sort field holds ${v === null ? 'null' : typeof v}; sort only on fields every item has`)
}

function decodeValue(v: unknown): KeyValue {
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v
  if (v && typeof v === 'object') {
    const o = v as { d?: unknown; o?: unknown }
    if (typeof o.d === 'number' && Number.isFinite(o.d)) return new Date(o.d)
    if (typeof o.o === 'string' && /^[0-9a-f]{24}$/.test(o.o)) return new Types.ObjectId(o.o)
  }
  throw invalidCursor()
}

function valueAt(item: unknown, path: string): unknown {
  let at: unknown = item
  for (const part of path.split('.')) at = at && typeof at === 'object' ? (at as Record<string, unknown>)[part] : undefined
  return at
}

function checkSort(sort: SortSpec): string[] {
  const fields = Object.keys(sort)
  if (fields[fields.length - 1] !== '_id') throw new Error('a page sort must end with _id')
  return fields
}

/** The cursor that continues after `item` in `sort` order, for the list named `list`. */
function cursorAfter(list: string, sort: SortSpec, item: unknown): string {
  const values = checkSort(sort).map((f) => encodeValue(valueAt(item, f)))
  return Buffer.from(JSON.stringify({ l: list, v: values })).toString('base64url')
}

/**
 * The sort key a cursor of the list `list` holds. A cursor of another list, sort or a damaged one
 * answers 400 with a Chinese message.
 */
function readCursor(list: string, sort: SortSpec, cursor: string): KeyValue[] {
  const fields = checkSort(sort)
  let parsed: unknown
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    throw invalidCursor()
  }
  const p = parsed as { l?: unknown; v?: unknown }
  if (!p || p.l !== list || !Array.isArray(p.v) || p.v.length !== fields.length) throw invalidCursor()
  return p.v.map(decodeValue)
}

/**
 * The query condition "after this sort key": for fields f1…fn, (f1 beyond v1) or (f1 = v1 and f2
 * beyond v2) or …, where "beyond" follows each field's direction — with the redundant bound "f1 at
 * v1 or beyond" beside it, so an index on the sort fields starts the scan at the cursor.
 */
function afterKey(sort: SortSpec, values: readonly KeyValue[]): Record<string, unknown>[] {
  const fields = checkSort(sort)
  const branches = fields.map((field, i) => {
    const branch: Record<string, unknown> = {}
    for (let j = 0; j < i; j++) branch[fields[j]!] = values[j]
    branch[field] = { [sort[field] === 1 ? '$gt' : '$lt']: values[i] }
    return branch
  })
  if (branches.length === 1) return branches
  const first = fields[0]!
  return [{ [first]: { [sort[first] === 1 ? '$gte' : '$lte']: values[0] } }, { $or: branches }]
}

/**
 * One page of a collection in `sort` order: `limit` documents after the cursor matching `filter`,
 * and the cursor of the next page (null on the last). Reads one document more than it returns to
 * know whether another page follows.
 */
export async function findPage<D>(
  model: Model<D>,
  opts: { list: string; filter: Record<string, unknown>; sort: SortSpec; page: PageRequest; projection?: Record<string, 0 | 1> }
): Promise<{ docs: D[]; nextCursor: string | null }> {
  const { list, sort, page } = opts
  const filter = page.cursor ? { $and: [opts.filter, ...afterKey(sort, readCursor(list, sort, page.cursor))] } : opts.filter
  const docs = await model
    .find(filter as never, opts.projection ?? {})
    .sort(sort as Record<string, 1 | -1>)
    .limit(page.limit + 1)
    .lean<D[]>()
  const more = docs.length > page.limit
  const shown = more ? docs.slice(0, page.limit) : docs
  return { docs: shown, nextCursor: more ? cursorAfter(list, sort, shown[shown.length - 1]) : null }
}
