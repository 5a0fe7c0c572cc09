import type { Document, IStoredDocument, ISortSpecification, ISortDirection } from '../types/interfaces';
import { CongoError, CongoNotSupportedError } from '../errors/CongoErrors';
import { cloneDocument, compareValues, equalityKey, getPathValues, isPlainDocument } from './BsonValues';

// Import mingo Query class
import { Query } from 'mingo';
import * as plugins from '../congodb.plugins';

/** How many compiled filters are kept. */
const COMPILED_CACHE_SIZE = 1000;

/**
 * Query engine using mingo for MongoDB-compatible query matching
 */
export class QueryEngine {
  /**
   * Compile a filter once. Rejects operators this server does not support ($text, $where)
   * with the error mongod would give.
   */
  static compile(filter: Document): Query {
    // Compiling is the dear part of a mingo query; the same filters come again and again
    const key = plugins.bson.EJSON.stringify(filter, { relaxed: false });
    const cached = QueryEngine.compiled.get(key);
    if (cached) {
      QueryEngine.compiled.delete(key);
      QueryEngine.compiled.set(key, cached);
      return cached;
    }
    QueryEngine.assertSupported(filter);
    let query: Query;
    try {
      query = new Query(filter);
    } catch (error) {
      throw new CongoError(error instanceof Error ? error.message : String(error), 2);
    }
    // $$NOW is fixed when a filter is compiled
    if (key.includes('$$NOW') || key.includes('$$CLUSTER_TIME')) return query;
    QueryEngine.compiled.set(key, query);
    if (QueryEngine.compiled.size > COMPILED_CACHE_SIZE) {
      QueryEngine.compiled.delete(QueryEngine.compiled.keys().next().value as string);
    }
    return query;
  }

  /** Compiled filters by their canonical Extended JSON, least recently used first. */
  private static compiled: Map<string, Query> = new Map();

  /**
   * Filter documents by a MongoDB query filter, stopping after `limit` matches when given.
   */
  static filter(documents: IStoredDocument[], filter: Document, limit = 0): IStoredDocument[] {
    if (!filter || Object.keys(filter).length === 0) {
      return limit > 0 ? documents.slice(0, limit) : documents;
    }

    const query = QueryEngine.compile(filter);
    const result: IStoredDocument[] = [];
    for (const doc of documents) {
      if (query.test(doc)) {
        result.push(doc);
        if (limit > 0 && result.length >= limit) break;
      }
    }
    return result;
  }

  /**
   * Test if a single document matches a filter
   */
  static matches(document: Document, filter: Document): boolean {
    if (!filter || Object.keys(filter).length === 0) {
      return true;
    }

    return QueryEngine.compile(filter).test(document);
  }

  /**
   * Sort documents by a sort specification (MongoDB type order; arrays sort by their smallest
   * element ascending and largest descending).
   */
  static sort(documents: IStoredDocument[], sort: ISortSpecification): IStoredDocument[] {
    if (!sort) {
      return documents;
    }

    // Normalize sort specification to array of [field, direction] pairs
    const sortFields: Array<[string, number]> = [];

    if (Array.isArray(sort)) {
      for (const [field, direction] of sort) {
        sortFields.push([field, this.normalizeDirection(direction)]);
      }
    } else {
      for (const [field, direction] of Object.entries(sort)) {
        sortFields.push([field, this.normalizeDirection(direction)]);
      }
    }

    if (sortFields.length === 0) {
      return documents;
    }

    // Natural (insertion) order
    if (sortFields.length === 1 && sortFields[0]?.[0] === '$natural') {
      return sortFields[0][1] < 0 ? [...documents].reverse() : documents;
    }

    const keyed = documents.map((doc) => ({
      doc,
      keys: sortFields.map(([field, direction]) => this.sortKey(doc, field, direction)),
    }));

    keyed.sort((a, b) => {
      for (let i = 0; i < sortFields.length; i++) {
        const comparison = compareValues(a.keys[i], b.keys[i]);
        if (comparison !== 0) {
          return comparison * (sortFields[i]?.[1] ?? 1);
        }
      }
      return 0;
    });

    return keyed.map((entry) => entry.doc);
  }

  /**
   * Apply projection to documents (mingo projection on copies, so stored documents are never touched).
   * The filter is needed for the positional `field.$` projection.
   */
  static project(documents: IStoredDocument[], projection: Document, filter: Document = {}): Document[] {
    if (!projection || Object.keys(projection).length === 0) {
      return documents;
    }
    const simple = QueryEngine.topLevelProjection(projection);
    if (simple) {
      return documents.map(simple);
    }

    let projected: Document[];
    try {
      projected = new Query(filter).find(documents.map((doc) => cloneDocument(doc)), projection).all() as Document[];
    } catch (error) {
      throw new CongoError(error instanceof Error ? error.message : String(error), 2);
    }

    return projected.map((doc) => {
      if (!('_id' in doc) || Object.keys(doc)[0] === '_id') return doc;
      const { _id, ...rest } = doc;
      return { _id, ...rest };
    });
  }

  /**
   * A projection that only includes or only excludes top-level fields, done without mingo and
   * without copying the values (stored documents are never mutated). Null for anything else.
   */
  private static topLevelProjection(projection: Document): ((doc: Document) => Document) | null {
    let include: boolean | null = null;
    let keepId = true;
    const fields = new Set<string>();
    for (const [field, value] of Object.entries(projection)) {
      if (field.includes('.') || field.startsWith('$') || (typeof value !== 'number' && typeof value !== 'boolean')) return null;
      const on = Boolean(value);
      if (field === '_id') {
        keepId = on;
        continue;
      }
      if (include !== null && include !== on) return null;
      include = on;
      fields.add(field);
    }
    const inclusive = include ?? keepId;
    return (doc) => {
      const out: Document = {};
      for (const key of Object.keys(doc)) {
        const keep = key === '_id' ? keepId : inclusive ? fields.has(key) : !fields.has(key);
        if (keep) out[key] = doc[key];
      }
      return out;
    };
  }

  /**
   * Get distinct values for a field (array values contribute their elements; values keep their BSON types).
   */
  static distinct(documents: IStoredDocument[], field: string, filter?: Document): any[] {
    let docs = documents;
    if (filter && Object.keys(filter).length > 0) {
      docs = this.filter(documents, filter);
    }

    const values = new Map<string, unknown>();
    for (const doc of docs) {
      for (const value of getPathValues(doc, field)) {
        if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
        const key = equalityKey(value);
        if (!values.has(key)) values.set(key, value);
      }
    }

    return Array.from(values.values());
  }

  /**
   * Normalize sort direction to 1 or -1
   */
  private static normalizeDirection(direction: ISortDirection | unknown): number {
    if (typeof direction === 'number') {
      return direction > 0 ? 1 : -1;
    }
    if (direction === 'asc' || direction === 'ascending') {
      return 1;
    }
    if (direction === 'desc' || direction === 'descending') {
      return -1;
    }
    throw new CongoNotSupportedError(`unsupported sort specification: ${JSON.stringify(direction)}`, 2);
  }

  private static sortKey(doc: Document, field: string, direction: number): unknown {
    const values = getPathValues(doc, field);
    let best = values[0];
    for (let i = 1; i < values.length; i++) {
      const comparison = compareValues(values[i], best);
      if ((direction > 0 && comparison < 0) || (direction < 0 && comparison > 0)) {
        best = values[i];
      }
    }
    return Array.isArray(best) ? undefined : best;
  }

  /**
   * Get a nested value from an object using dot notation
   */
  static getNestedValue(obj: any, path: string): any {
    const parts = path.split('.');
    let current = obj;

    for (const part of parts) {
      if (current === null || current === undefined) {
        return undefined;
      }
      if (Array.isArray(current)) {
        // Handle array access
        const index = parseInt(part, 10);
        if (!isNaN(index)) {
          current = current[index];
        } else {
          // Get the field from all array elements
          return current.map(item => this.getNestedValue(item, part)).flat();
        }
      } else {
        current = current[part];
      }
    }

    return current;
  }

  /**
   * Reject filter operators the server cannot evaluate.
   */
  private static assertSupported(filter: unknown): void {
    if (Array.isArray(filter)) {
      for (const item of filter) QueryEngine.assertSupported(item);
      return;
    }
    if (!isPlainDocument(filter)) {
      return;
    }
    for (const [key, value] of Object.entries(filter)) {
      if (key === '$text') {
        throw new CongoError('text index required for $text query', 27);
      }
      if (key === '$where' || key === '$function' || key === '$accumulator') {
        throw new CongoNotSupportedError(`${key} is not supported by the embedded MongoDB server`, 2);
      }
      QueryEngine.assertSupported(value);
    }
  }
}
