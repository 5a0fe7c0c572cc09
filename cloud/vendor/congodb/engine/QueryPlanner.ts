import type { Document, IStoredDocument, ISortSpecification } from '../types/interfaces';
import type { IPlannableIndex } from './IndexEngine';
import type { IOrderedEntry } from './OrderedEntries';
import { compareValues, equalityKey, getPathValues, isPlainDocument, typeRank } from './BsonValues';
import { QueryEngine } from './QueryEngine';

/**
 * Query planning over a collection's indexes. A plan yields a superset of the matching documents
 * (the filter is always applied afterwards), from:
 * - equality (`f: v`, `$eq`, `$in`) on a prefix of an index's fields, then optionally a range
 *   (`$gt`, `$gte`, `$lt`, `$lte` on a number, string, Date or ObjectId) on the next field;
 * - a top-level `$or` whose every branch has such a plan (the union of the branches);
 * - for a sort: an index whose fields after the equality prefix are the sort fields, in the index's
 *   direction or all reversed (not multikey), scanned in order and stopped at skip + limit matches.
 * Every plan's size is counted exactly before choosing; a sorted plan is tried for at most as many
 * entries as the smallest unsorted plan holds, then given up for it. Sparse indexes serve only
 * bounded fields (a bound never matches a missing field); partial indexes only queries that repeat
 * their filter's conditions.
 */

/** A collection as the planner needs it. */
export interface IPlannerCollection {
  documents: Map<string, IStoredDocument>;
  indexes: IPlannableIndex[];
  /** Insertion position of a document (natural order). */
  position(id: string): number;
}

export interface IQueryOptions {
  sort?: ISortSpecification;
  skip?: number;
  /** 0 or missing: no limit. */
  limit?: number;
  /** Without a sort, return natural (insertion) order; true unless said. */
  natural?: boolean;
}

interface IRange {
  type: number;
  lo?: { value: unknown; inclusive: boolean };
  hi?: { value: unknown; inclusive: boolean };
}

interface IFieldConditions {
  points: unknown[][];
  ranges: IRange[];
}

interface IConditions {
  fields: Map<string, IFieldConditions>;
  /** Top-level `$or`s (each a list of branches). */
  ors: Document[][];
  /** field → equality key of its condition, for the partial-index check. */
  literal: Map<string, string>;
  /**
   * Every condition is equality (or `$in`) of a top-level field to plain scalars (string, number,
   * boolean, Date, ObjectId): an index scan over exactly those fields then answers the filter itself.
   */
  exact: boolean;
}

/** An index scan: point combinations of the first fields, then a range or nothing. */
interface IScan {
  index: IPlannableIndex;
  combos: unknown[][];
  range: IRange | null;
  count: number;
  /** The scan is the filter's whole answer (see IConditions.exact). */
  exact: boolean;
}

type IUnsortedPlan = { kind: 'scans'; scans: IScan[]; count: number; exact: boolean } | { kind: 'all'; count: number };

const MAX_COMBINATIONS = 256;

/** Values an index bound may hold: what equality in the index means the same as in the filter. */
function isPointValue(value: unknown): boolean {
  if (value === undefined || value === null || Array.isArray(value) || value instanceof RegExp) return false;
  if (typeof value === 'number') return !Number.isNaN(value);
  if (isPlainDocument(value)) return !Object.keys(value).some((k) => k.startsWith('$'));
  const tag = (value as { _bsontype?: string })._bsontype;
  return tag !== 'BSONRegExp' && tag !== 'MinKey' && tag !== 'MaxKey';
}

/** Values whose equality in an index is exactly the filter's (and mingo's) equality. */
function isScalar(value: unknown): boolean {
  if (typeof value === 'string' || typeof value === 'boolean' || value instanceof Date) return true;
  if (typeof value === 'number') return !Number.isNaN(value);
  return (value as { _bsontype?: string } | null)?._bsontype === 'ObjectId';
}

/** Operands of range operators the planner bounds (mingo compares only values of the same type). */
function isRangeValue(value: unknown): boolean {
  if (typeof value === 'number') return !Number.isNaN(value);
  if (typeof value === 'string' || value instanceof Date) return true;
  return (value as { _bsontype?: string } | null)?._bsontype === 'ObjectId';
}

function fieldOf(conditions: IConditions, field: string): IFieldConditions {
  let entry = conditions.fields.get(field);
  if (!entry) {
    entry = { points: [], ranges: [] };
    conditions.fields.set(field, entry);
  }
  return entry;
}

function collect(filter: Document, into: IConditions, prefix = ''): void {
  for (const [key, condition] of Object.entries(filter)) {
    if (key.startsWith('$') || prefix) into.exact = false;
    if (key === '$and' && Array.isArray(condition)) {
      for (const clause of condition) if (isPlainDocument(clause)) collect(clause, into, prefix);
      continue;
    }
    if (key === '$or' && Array.isArray(condition) && !prefix) {
      if (condition.every((branch) => isPlainDocument(branch))) into.ors.push(condition as Document[]);
      continue;
    }
    if (key.startsWith('$')) continue;
    const field = prefix + key;
    if (!prefix) into.literal.set(field, equalityKey(condition));
    if (!isPlainDocument(condition) || !Object.keys(condition).some((k) => k.startsWith('$'))) {
      if (isPointValue(condition)) fieldOf(into, field).points.push([condition]);
      if (!isScalar(condition)) into.exact = false;
      continue;
    }
    const operators = Object.entries(condition);
    if (
      operators.length !== 1 ||
      !(operators[0]?.[0] === '$eq' ? isScalar(operators[0][1]) : operators[0]?.[0] === '$in' && Array.isArray(operators[0][1]) && operators[0][1].every(isScalar))
    ) {
      into.exact = false;
    }
    const range: Partial<IRange> = {};
    for (const [op, operand] of Object.entries(condition)) {
      if (op === '$eq' && isPointValue(operand)) fieldOf(into, field).points.push([operand]);
      else if (op === '$in' && Array.isArray(operand) && operand.every(isPointValue)) {
        const unique = new Map(operand.map((v) => [equalityKey(v), v]));
        fieldOf(into, field).points.push(Array.from(unique.values()));
      } else if ((op === '$gt' || op === '$gte' || op === '$lt' || op === '$lte') && isRangeValue(operand)) {
        const type = typeRank(operand);
        if (range.type !== undefined && range.type !== type) continue;
        range.type = type;
        if (op === '$gt' || op === '$gte') range.lo = { value: operand, inclusive: op === '$gte' };
        else range.hi = { value: operand, inclusive: op === '$lte' };
      } else if (op === '$elemMatch' && isPlainDocument(operand) && !Object.keys(operand).some((k) => k.startsWith('$'))) {
        collect(operand, into, `${field}.`);
      }
    }
    if (range.type !== undefined) fieldOf(into, field).ranges.push(range as IRange);
  }
}

function conditionsOf(filter: Document): IConditions {
  const conditions: IConditions = { fields: new Map(), ors: [], literal: new Map(), exact: true };
  if (isPlainDocument(filter)) collect(filter, conditions);
  return conditions;
}

/** The intersection of two ranges of the same type. */
function intersect(a: IRange, b: IRange): IRange {
  const lo = !a.lo ? b.lo : !b.lo ? a.lo : compareValues(a.lo.value, b.lo.value) > 0 || (compareValues(a.lo.value, b.lo.value) === 0 && !a.lo.inclusive) ? a.lo : b.lo;
  const hi = !a.hi ? b.hi : !b.hi ? a.hi : compareValues(a.hi.value, b.hi.value) < 0 || (compareValues(a.hi.value, b.hi.value) === 0 && !a.hi.inclusive) ? a.hi : b.hi;
  return { type: a.type, ...(lo ? { lo } : {}), ...(hi ? { hi } : {}) };
}

/**
 * One bound of a range: on a multikey index `{$gt: 1, $lt: 5}` matches [0, 9] (each bound by some
 * element), so the two bounds cannot be intersected.
 */
function oneSided(range: IRange): IRange {
  return range.lo ? { type: range.type, lo: range.lo } : range;
}

function belowRange(value: unknown, range: IRange): boolean {
  const type = typeRank(value);
  if (type !== range.type) return type < range.type;
  if (!range.lo) return false;
  const c = compareValues(value, range.lo.value);
  return c < 0 || (c === 0 && !range.lo.inclusive);
}

function aboveRange(value: unknown, range: IRange): boolean {
  const type = typeRank(value);
  if (type !== range.type) return type > range.type;
  if (!range.hi) return false;
  const c = compareValues(value, range.hi.value);
  return c > 0 || (c === 0 && !range.hi.inclusive);
}

/** The `before` and `after` predicates of one point combination (+ range) in index order. */
function boundsOf(index: IPlannableIndex, combo: unknown[], range: IRange | null): [(e: IOrderedEntry) => boolean, (e: IOrderedEntry) => boolean] {
  const k = combo.length;
  const side = (e: IOrderedEntry, sign: 1 | -1): boolean => {
    for (let i = 0; i < k; i++) {
      const c = compareValues(e.values[i], combo[i]) * (index.directions[i] as number);
      if (c !== 0) return c * sign < 0;
    }
    if (!range) return false;
    const value = e.values[k];
    const ascending = (index.directions[k] as number) > 0;
    return (sign > 0) === ascending ? belowRange(value, range) : aboveRange(value, range);
  };
  return [(e) => side(e, 1), (e) => side(e, -1)];
}

/**
 * The filter of IConditions.exact conditions as an index sees it: some value under each field's
 * path (array elements included) equals one of its scalars. That is MongoDB's equality for scalars,
 * and much cheaper than a mingo query.
 */
function scalarMatcher(conditions: IConditions): { test(doc: Document): boolean } {
  const wanted = Array.from(conditions.fields, ([field, { points }]) => ({
    field,
    keys: points.map((list) => new Set(list.map(equalityKey))),
  }));
  return {
    test: (doc) =>
      wanted.every(({ field, keys }) => {
        const values = getPathValues(doc, field).map(equalityKey);
        return keys.every((set) => values.some((key) => set.has(key)));
      }),
  };
}

function product(lists: unknown[][]): unknown[][] {
  let result: unknown[][] = [[]];
  for (const list of lists) {
    const next: unknown[][] = [];
    for (const prefix of result) for (const value of list) next.push([...prefix, value]);
    result = next;
  }
  return result;
}

/** Every condition of the partial filter appears, identically, among the query's top-level ones. */
function impliesPartial(index: IPlannableIndex, conditions: IConditions): boolean {
  const partial = index.partialFilterExpression;
  if (!partial) return true;
  return Object.entries(partial).every(([field, condition]) => !field.startsWith('$') && conditions.literal.get(field) === equalityKey(condition));
}

/** The scan an index offers for these conditions (null when it bounds nothing). */
function scanOf(index: IPlannableIndex, conditions: IConditions): IScan | null {
  if (!impliesPartial(index, conditions)) return null;
  const first = conditions.fields.get(index.fields[0] as string);
  if (!first || (first.points.length === 0 && first.ranges.length === 0)) return null;
  const ordered = index.ordered();
  const multikey = index.multikey();
  const points: unknown[][] = [];
  let combinations = 1;
  let range: IRange | null = null;
  for (const field of index.fields) {
    const cond = conditions.fields.get(field);
    if (cond && cond.points.length > 0) {
      const smallest = cond.points.reduce((a, b) => (b.length < a.length ? b : a));
      if (combinations * Math.max(1, smallest.length) > MAX_COMBINATIONS) break;
      combinations *= Math.max(1, smallest.length);
      points.push(smallest);
      continue;
    }
    if (cond && cond.ranges.length > 0) {
      range = multikey ? oneSided(cond.ranges[0] as IRange) : cond.ranges.slice(1).reduce(intersect, cond.ranges[0] as IRange);
    }
    break;
  }
  const combos = product(points);
  let count = 0;
  if (index.unique && !range && points.length === index.fields.length) {
    for (const combo of combos) count += index.lookup(combo)?.size ?? 0;
  } else {
    for (const combo of combos) count += ordered.countBetween(...boundsOf(index, combo, range));
  }
  const exact = conditions.exact && !range && points.length === conditions.fields.size && conditions.literal.size === conditions.fields.size;
  return { index, combos, range, count, exact };
}

function* idsOf(scan: IScan): Generator<string> {
  const { index } = scan;
  if (index.unique && !scan.range && scan.combos[0]?.length === index.fields.length) {
    for (const combo of scan.combos) yield* index.lookup(combo) ?? [];
    return;
  }
  const ordered = index.ordered();
  for (const combo of scan.combos) {
    for (const entry of ordered.scan(...boundsOf(index, combo, scan.range))) yield entry.id;
  }
}

function bestUnsorted(collection: IPlannerCollection, conditions: IConditions): IUnsortedPlan {
  let best: IUnsortedPlan = { kind: 'all', count: collection.documents.size };
  for (const index of collection.indexes) {
    const scan = scanOf(index, conditions);
    if (scan && scan.count < best.count) best = { kind: 'scans', scans: [scan], count: scan.count, exact: scan.exact };
  }
  for (const branches of conditions.ors) {
    const scans: IScan[] = [];
    let count = 0;
    for (const branch of branches) {
      const plan = bestUnsorted(collection, conditionsOf(branch));
      if (plan.kind !== 'scans') {
        count = Infinity;
        break;
      }
      scans.push(...plan.scans);
      count += plan.count;
    }
    if (count < best.count) best = { kind: 'scans', scans, count, exact: false };
  }
  return best;
}

function normalizeSort(sort: ISortSpecification | undefined): Array<[string, number]> {
  if (!sort) return [];
  const entries = Array.isArray(sort) ? sort : Object.entries(sort);
  return entries.map(([field, direction]) => [
    field,
    typeof direction === 'number' ? (direction > 0 ? 1 : -1) : direction === 'desc' || direction === 'descending' ? -1 : 1,
  ]);
}

/** An index scan that yields documents in the sort order (with a single point prefix). */
function sortedScanOf(
  collection: IPlannerCollection,
  conditions: IConditions,
  sort: Array<[string, number]>
): { ids: () => Generator<string>; count: number } | null {
  if (sort.length === 0 || sort.some(([field]) => field === '$natural')) return null;
  let best: { ids: () => Generator<string>; count: number } | null = null;
  for (const index of collection.indexes) {
    if (!impliesPartial(index, conditions)) continue;
    // Equality prefix with one value per field; those fields may appear in the sort as well
    let k = 0;
    const combo: unknown[] = [];
    while (k < index.fields.length) {
      const points = conditions.fields.get(index.fields[k] as string)?.points;
      const single = points?.find((list) => list.length === 1);
      if (!single) break;
      combo.push(single[0]);
      k++;
    }
    const rest = sort.filter(([field]) => !index.fields.slice(0, k).includes(field));
    if (rest.length === 0 || rest.length > index.fields.length - k) continue;
    const backwards = rest[0]?.[1] !== index.directions[k];
    const fits = rest.every(([field, direction], i) => index.fields[k + i] === field && (direction === index.directions[k + i]) !== backwards);
    if (!fits) continue;
    const ordered = index.ordered();
    if (index.multikey()) continue;
    const cond = conditions.fields.get(index.fields[k] as string);
    const range = cond && cond.points.length === 0 && cond.ranges.length > 0 ? cond.ranges.slice(1).reduce(intersect, cond.ranges[0] as IRange) : null;
    if (k === 0 && !range && index.sparse) continue;
    const bounds = boundsOf(index, combo, range);
    const count = ordered.countBetween(...bounds);
    if (!best || count < best.count) {
      best = {
        count,
        ids: function* () {
          for (const entry of ordered.scan(bounds[0], bounds[1], backwards)) yield entry.id;
        },
      };
    }
  }
  return best;
}

function docsOf(collection: IPlannerCollection, plan: IUnsortedPlan, natural: boolean): IStoredDocument[] {
  if (plan.kind === 'all') return Array.from(collection.documents.values());
  const seen = new Set<string>();
  const found: Array<{ doc: IStoredDocument; id: string }> = [];
  for (const scan of plan.scans) {
    for (const id of idsOf(scan)) {
      if (seen.has(id)) continue;
      seen.add(id);
      const doc = collection.documents.get(id);
      if (doc) found.push({ doc, id });
    }
  }
  if (natural && found.length > 1) {
    const keyed = found.map(({ doc, id }) => ({ doc, at: collection.position(id) }));
    keyed.sort((a, b) => a.at - b.at);
    return keyed.map((k) => k.doc);
  }
  return found.map((f) => f.doc);
}

/**
 * The documents matching `filter`, sorted, skipped and limited as asked, answered from indexes
 * where they help.
 */
export function runQuery(collection: IPlannerCollection, filter: Document, options: IQueryOptions = {}): IStoredDocument[] {
  const skip = options.skip ?? 0;
  const limit = options.limit ?? 0;
  const wanted = limit > 0 ? skip + limit : 0;
  const sort = normalizeSort(options.sort);
  const empty = !filter || Object.keys(filter).length === 0;
  const conditions = conditionsOf(filter);
  const unsorted = bestUnsorted(collection, conditions);
  const exact = unsorted.kind === 'scans' && unsorted.exact;
  const query = empty || (exact && sort.length === 0) ? null : conditions.exact ? scalarMatcher(conditions) : QueryEngine.compile(filter);
  const slice = (docs: IStoredDocument[]) => (skip > 0 || limit > 0 ? docs.slice(skip, limit > 0 ? skip + limit : undefined) : docs);

  const sorted = sortedScanOf(collection, conditions, sort);
  if (sorted && (sorted.count <= unsorted.count * 2 || wanted > 0)) {
    // Give up after as many entries as the unsorted plan would read (unless it is the better plan anyway)
    const budget = sorted.count <= unsorted.count * 2 ? Infinity : Math.max(unsorted.count, 64);
    const found: IStoredDocument[] = [];
    let examined = 0;
    let complete = true;
    for (const id of sorted.ids()) {
      if (++examined > budget) {
        complete = false;
        break;
      }
      const doc = collection.documents.get(id);
      if (doc && (!query || query.test(doc))) {
        found.push(doc);
        if (wanted > 0 && found.length >= wanted) break;
      }
    }
    if (complete) return slice(found);
  }

  const natural = options.natural !== false && sort.length === 0;
  let docs = docsOf(collection, unsorted, natural);
  const earlyStop = sort.length === 0 && wanted > 0 ? wanted : 0;
  if (query) {
    const matched: IStoredDocument[] = [];
    for (const doc of docs) {
      if (query.test(doc)) {
        matched.push(doc);
        if (earlyStop > 0 && matched.length >= earlyStop) break;
      }
    }
    docs = matched;
  }
  if (sort.length > 0) docs = QueryEngine.sort(docs, options.sort as ISortSpecification);
  return slice(docs);
}

/**
 * A superset of the documents matching `filter` (natural order), narrowed with an index when one
 * applies; callers still apply the filter.
 */
export function candidates(collection: IPlannerCollection, filter: Document): IStoredDocument[] {
  return docsOf(collection, bestUnsorted(collection, conditionsOf(filter)), true);
}
