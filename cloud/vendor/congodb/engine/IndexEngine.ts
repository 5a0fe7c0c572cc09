import * as plugins from '../congodb.plugins';
import type { Document, IIndexSpecification, IStoredDocument } from '../types/interfaces';
import { CongoDuplicateKeyError, CongoError, CongoIndexError, CongoNotSupportedError } from '../errors/CongoErrors';
import { compareValues, equalityKey, getPathValues, isPlainDocument } from './BsonValues';
import { OrderedEntries, type IOrderedEntry } from './OrderedEntries';
import { QueryEngine } from './QueryEngine';

/**
 * One index. Unique indexes keep a hash of their keys from the start (to enforce them); the
 * ordered entries (for range, sort and prefix lookups) of any index are built on first use and
 * then maintained on every write.
 */
interface IIndexData {
  spec: IIndexSpecification;
  fields: string[];
  directions: number[];
  unique: boolean;
  partial: plugins.mingo.Query | null;
  // Map from index key to the id keys of the documents holding it (unique indexes only)
  entries: Map<string, Set<string>> | null;
  ordered: OrderedEntries | null;
  // Some document gave a field several values (an array): sorts and range intersections cannot use it
  multikey: boolean;
}

interface IIndexKey {
  key: string;
  values: unknown[];
}

/** What the query planner sees of an index. */
export interface IPlannableIndex {
  name: string;
  fields: string[];
  directions: number[];
  unique: boolean;
  sparse: boolean;
  partialFilterExpression: Document | null;
  /** Ordered entries (built now if they were not); `multikey` is valid once they exist. */
  ordered(): OrderedEntries;
  multikey(): boolean;
  /** Ids holding exactly these values, from the hash of a unique index (null for other indexes). */
  lookup(values: unknown[]): Set<string> | null;
}

const KEY_SEPARATOR = '\u0000';

/** Options that change what an index means; two specs differing in these are different indexes. */
const SEMANTIC_OPTIONS = ['unique', 'sparse', 'partialFilterExpression', 'expireAfterSeconds', 'collation'];

const ID_INDEX: IIndexSpecification = { v: 2, key: { _id: 1 }, name: '_id_' };

/**
 * The id key of a document: the equality key of its `_id`.
 */
export function idKeyOf(id: unknown): string {
  return equalityKey(id);
}

/**
 * Index engine for one collection: keeps every index (the implicit `_id_` one included) in memory,
 * enforces unique indexes (respecting sparse, partialFilterExpression, compound and multikey keys)
 * and answers equality lookups for the query planner.
 */
export class IndexEngine {
  private namespace: string;
  private indexes: Map<string, IIndexData> = new Map();
  private planning: IPlannableIndex[] | null = null;

  /** `documents` gives the collection's current documents (to build an index when it is first needed). */
  constructor(dbName: string, collName: string, private readonly documents: () => Iterable<IStoredDocument>) {
    this.namespace = `${dbName}.${collName}`;
    this.indexes.set(ID_INDEX.name, this.buildData(ID_INDEX));
  }

  /**
   * The namespace used in error messages; updated when the collection is renamed.
   */
  setNamespace(dbName: string, collName: string): void {
    this.namespace = `${dbName}.${collName}`;
  }

  /**
   * Create a new index over the collection's documents (a non-unique one is built when a query
   * first needs it).
   * @returns false when an identical index already exists.
   * @throws CongoDuplicateKeyError when a unique index would be violated by existing documents.
   */
  createIndex(spec: IIndexSpecification): boolean {
    const normalized = this.validateSpec(spec);

    const sameName = this.indexes.get(normalized.name);
    if (sameName) {
      if (this.sameKey(sameName.spec, normalized) && this.sameOptions(sameName.spec, normalized)) {
        return false;
      }
      throw new CongoIndexError(
        `An existing index has the same name as the requested index. When index names are not specified, they are auto generated and can cause conflicts. Please refer to our documentation. Requested index: ${JSON.stringify(normalized)}, existing index: ${JSON.stringify(sameName.spec)}`,
        86
      );
    }
    for (const existing of this.indexes.values()) {
      if (this.sameKey(existing.spec, normalized) && this.sameOptions(existing.spec, normalized)) {
        throw new CongoIndexError(`Index already exists with a different name: ${existing.spec.name}`, 85);
      }
      if (this.sameKey(existing.spec, normalized) && !normalized.partialFilterExpression && !existing.spec.partialFilterExpression) {
        throw new CongoIndexError(
          `An equivalent index already exists with the same name but different options. Requested index: ${JSON.stringify(normalized)}, existing index: ${JSON.stringify(existing.spec)}`,
          85
        );
      }
    }

    const data = this.buildData(normalized);
    if (data.entries) {
      for (const doc of this.documents()) {
        this.addEntries(data, doc, this.keysFor(data, doc));
      }
    }
    this.indexes.set(normalized.name, data);
    this.planning = null;
    return true;
  }

  /**
   * Drop an index
   */
  dropIndex(name: string): void {
    if (name === ID_INDEX.name) {
      throw new CongoError('cannot drop _id index', 72);
    }

    if (!this.indexes.has(name)) {
      throw new CongoIndexError(`index not found with name [${name}]`, 27);
    }

    this.indexes.delete(name);
    this.planning = null;
  }

  /**
   * Drop all indexes except _id
   */
  dropAllIndexes(): void {
    for (const name of Array.from(this.indexes.keys())) {
      if (name !== ID_INDEX.name) this.indexes.delete(name);
    }
    this.planning = null;
  }

  /**
   * List all indexes
   */
  listIndexes(): IIndexSpecification[] {
    return Array.from(this.indexes.values()).map((idx) => ({ ...idx.spec }));
  }

  /**
   * Check if an index exists
   */
  indexExists(name: string): boolean {
    return this.indexes.has(name);
  }

  /**
   * TTL indexes: single-field indexes with expireAfterSeconds.
   */
  ttlIndexes(): Array<{ field: string; expireAfterSeconds: number }> {
    const result: Array<{ field: string; expireAfterSeconds: number }> = [];
    for (const idx of this.indexes.values()) {
      const seconds = idx.spec.expireAfterSeconds;
      const field = idx.fields[0];
      if (typeof seconds === 'number' && idx.fields.length === 1 && field) {
        result.push({ field, expireAfterSeconds: seconds });
      }
    }
    return result;
  }

  /**
   * Add a new document to every index.
   * @throws CongoDuplicateKeyError (nothing is changed) when a unique index would be violated.
   */
  onInsert(doc: IStoredDocument): void {
    const id = idKeyOf(doc._id);
    const plan = this.plan(doc, null);
    for (const [data, keys] of plan) {
      this.addEntries(data, doc, keys, id);
      if (data.ordered && keys) {
        for (const { values } of keys) data.ordered.insert({ values, id });
      }
    }
  }

  /**
   * Move a document's entries from its old to its new version.
   * @throws CongoDuplicateKeyError (nothing is changed) when a unique index would be violated.
   */
  onUpdate(oldDoc: IStoredDocument, newDoc: IStoredDocument): void {
    const id = idKeyOf(oldDoc._id);
    const plan = this.plan(newDoc, id);
    for (const [data, keys] of plan) {
      if (!data.entries && !data.ordered) continue;
      const oldKeys = this.keysFor(data, oldDoc);
      if (this.sameKeys(oldKeys, keys)) continue;
      this.removeEntries(data, oldKeys, id);
      this.addEntries(data, newDoc, keys, id);
      if (data.ordered) {
        for (const { values } of oldKeys ?? []) data.ordered.remove({ values, id });
        for (const { values } of keys ?? []) data.ordered.insert({ values, id });
      }
    }
  }

  /**
   * Update index entries after document delete
   */
  onDelete(doc: IStoredDocument): void {
    const id = idKeyOf(doc._id);
    for (const data of this.indexes.values()) {
      if (!data.entries && !data.ordered) continue;
      const keys = this.keysFor(data, doc);
      this.removeEntries(data, keys, id);
      if (data.ordered) {
        for (const { values } of keys ?? []) data.ordered.remove({ values, id });
      }
    }
  }

  /**
   * The indexes as the query planner sees them.
   */
  plannable(): IPlannableIndex[] {
    return (this.planning ??= Array.from(this.indexes.values(), (data) => ({
      name: data.spec.name,
      fields: data.fields,
      directions: data.directions,
      unique: data.unique,
      sparse: data.spec.sparse === true,
      partialFilterExpression: (data.spec.partialFilterExpression as Document | undefined) ?? null,
      ordered: () => this.orderedOf(data),
      multikey: () => data.multikey,
      lookup: (values: unknown[]) => (data.entries ? (data.entries.get(values.map(equalityKey).join(KEY_SEPARATOR)) ?? new Set()) : null),
    })));
  }

  private orderedOf(data: IIndexData): OrderedEntries {
    if (data.ordered) return data.ordered;
    const ordered = new OrderedEntries((a, b) => {
      for (let i = 0; i < data.directions.length; i++) {
        const c = compareValues(a.values[i], b.values[i]);
        if (c !== 0) return c * (data.directions[i] as number);
      }
      return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    });
    const entries: IOrderedEntry[] = [];
    for (const doc of this.documents()) {
      const id = idKeyOf(doc._id);
      for (const { values } of this.keysFor(data, doc) ?? []) entries.push({ values, id });
    }
    ordered.load(entries);
    data.ordered = ordered;
    return ordered;
  }

  // ============================================================================
  // Helper Methods
  // ============================================================================

  /**
   * The default name MongoDB gives an index (`a_1_b_-1`).
   */
  static generateIndexName(key: Record<string, unknown>): string {
    return Object.entries(key)
      .map(([field, dir]) => `${field}_${dir}`)
      .join('_');
  }

  private validateSpec(spec: IIndexSpecification): IIndexSpecification {
    const key = spec.key;
    if (!isPlainDocument(key) || Object.keys(key).length === 0) {
      throw new CongoError('Index keys cannot be empty.', 67);
    }
    for (const [field, direction] of Object.entries(key)) {
      if (typeof direction === 'string') {
        throw new CongoNotSupportedError(
          `Index type '${direction}' (field '${field}') is not supported by the embedded MongoDB server`,
          67
        );
      }
      if (typeof direction !== 'number' || direction === 0 || Number.isNaN(direction)) {
        throw new CongoError(`Values in the index key pattern can only be 1 or -1 (field '${field}')`, 67);
      }
    }
    if (spec.collation !== undefined) {
      throw new CongoNotSupportedError('Index collation is not supported by the embedded MongoDB server', 67);
    }
    if (spec.expireAfterSeconds !== undefined) {
      if (typeof spec.expireAfterSeconds !== 'number' || spec.expireAfterSeconds < 0) {
        throw new CongoError('TTL index \'expireAfterSeconds\' option must be a non-negative number', 67);
      }
      if (Object.keys(key).length !== 1) {
        throw new CongoError('TTL indexes are single-field indexes, compound indexes do not support TTL', 67);
      }
    }
    if (spec.partialFilterExpression !== undefined) {
      if (!isPlainDocument(spec.partialFilterExpression)) {
        throw new CongoError('partialFilterExpression must be an object', 67);
      }
      QueryEngine.compile(spec.partialFilterExpression);
    }

    const name = typeof spec.name === 'string' && spec.name ? spec.name : IndexEngine.generateIndexName(key);
    const normalized: IIndexSpecification = { v: 2, key: { ...key }, name };
    for (const [option, value] of Object.entries(spec)) {
      if (option === 'key' || option === 'name' || option === 'v' || option === 'ns' || value === undefined) continue;
      if ((option === 'unique' || option === 'sparse') && !value) continue;
      normalized[option] = value;
    }
    return normalized;
  }

  private buildData(spec: IIndexSpecification): IIndexData {
    const unique = spec.name === ID_INDEX.name || spec.unique === true;
    return {
      spec,
      fields: Object.keys(spec.key),
      directions: Object.values(spec.key).map((direction) => (Number(direction) < 0 ? -1 : 1)),
      unique,
      partial: spec.partialFilterExpression ? QueryEngine.compile(spec.partialFilterExpression) : null,
      entries: unique ? new Map() : null,
      ordered: null,
      multikey: false,
    };
  }

  private sameKey(a: IIndexSpecification, b: IIndexSpecification): boolean {
    return equalityKey(a.key) === equalityKey(b.key);
  }

  private sameOptions(a: IIndexSpecification, b: IIndexSpecification): boolean {
    return SEMANTIC_OPTIONS.every((option) => equalityKey(a[option] ?? null) === equalityKey(b[option] ?? null));
  }

  /**
   * The keys a document contributes to an index; null when the index skips it (sparse or partial).
   */
  private keysFor(data: IIndexData, doc: IStoredDocument): IIndexKey[] | null {
    if (data.partial && !data.partial.test(doc)) return null;

    const perField = data.fields.map((field) => getPathValues(doc, field));
    if (data.spec.sparse && perField.every((values) => values.every((value) => value === undefined))) {
      return null;
    }
    let single = true;
    for (const values of perField) {
      if (values.length !== 1 || Array.isArray(values[0])) single = false;
    }
    if (single) {
      const values = perField.map((v) => v[0]);
      return [{ key: data.entries ? values.map(equalityKey).join(KEY_SEPARATOR) : '', values }];
    }
    data.multikey = true;

    const keys = new Map<string, unknown[]>();
    for (const combination of this.combinations(perField)) {
      const key = combination.map(equalityKey).join(KEY_SEPARATOR);
      if (!keys.has(key)) keys.set(key, combination);
    }
    return Array.from(keys, ([key, values]) => ({ key, values }));
  }

  private combinations(lists: unknown[][]): unknown[][] {
    let result: unknown[][] = [[]];
    for (const list of lists) {
      const next: unknown[][] = [];
      for (const prefix of result) {
        for (const value of list) next.push([...prefix, value]);
      }
      result = next;
    }
    return result;
  }

  /**
   * Compute every index's keys for a document and check unique constraints before anything
   * is changed, so a rejected write leaves all indexes untouched.
   */
  private plan(doc: IStoredDocument, ownIdKey: string | null): Array<[IIndexData, IIndexKey[] | null]> {
    const plan: Array<[IIndexData, IIndexKey[] | null]> = [];
    for (const data of this.indexes.values()) {
      const keys = data.entries || data.ordered ? this.keysFor(data, doc) : null;
      if (data.unique && keys && data.entries) {
        for (const { key, values } of keys) {
          const holders = data.entries.get(key);
          if (holders && Array.from(holders).some((holder) => holder !== ownIdKey)) {
            const keyValue: Document = {};
            data.fields.forEach((field, i) => {
              keyValue[field] = values[i] === undefined ? null : values[i];
            });
            throw new CongoDuplicateKeyError(this.namespace, data.spec.name, { ...data.spec.key }, keyValue);
          }
        }
      }
      plan.push([data, keys]);
    }
    return plan;
  }

  private sameKeys(a: IIndexKey[] | null, b: IIndexKey[] | null): boolean {
    if (!a || !b) return a === b;
    if (a.length !== 1 || b.length !== 1) return false;
    const va = (a[0] as IIndexKey).values;
    const vb = (b[0] as IIndexKey).values;
    // Same order and same equality (compareValues 0 but different types, e.g. 1 and 1.5, cannot happen)
    return va.every((v, i) => v === vb[i] || equalityKey(v) === equalityKey(vb[i]));
  }

  private addEntries(data: IIndexData, doc: IStoredDocument, keys: IIndexKey[] | null, id: string = idKeyOf(doc._id)): void {
    if (!keys || !data.entries) return;
    for (const { key, values } of keys) {
      let holders = data.entries.get(key);
      if (!holders) {
        holders = new Set();
        data.entries.set(key, holders);
      } else if (data.unique && holders.size > 0 && !holders.has(id)) {
        const keyValue: Document = {};
        data.fields.forEach((field, i) => {
          keyValue[field] = values[i] === undefined ? null : values[i];
        });
        throw new CongoDuplicateKeyError(this.namespace, data.spec.name, { ...data.spec.key }, keyValue);
      }
      holders.add(id);
    }
  }

  private removeEntries(data: IIndexData, keys: IIndexKey[] | null, id: string): void {
    if (!keys || !data.entries) return;
    for (const { key } of keys) {
      const holders = data.entries.get(key);
      if (!holders) continue;
      holders.delete(id);
      if (holders.size === 0) data.entries.delete(key);
    }
  }
}
