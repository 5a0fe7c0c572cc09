import type * as plugins from '../congodb.plugins';

// ============================================================================
// Document Types
// ============================================================================

export type Document = Record<string, any>;

// ============================================================================
// Sort and Index Types
// ============================================================================

export type ISortDirection = 1 | -1 | 'asc' | 'desc' | 'ascending' | 'descending';

export type ISortSpecification = Record<string, ISortDirection> | [string, ISortDirection][];

/**
 * An index as stored and as reported by listIndexes. Options the server does not interpret
 * (e.g. `background`) are kept and reported back unchanged.
 */
export interface IIndexSpecification {
  v?: number;
  key: Record<string, 1 | -1 | number | string>;
  name: string;
  unique?: boolean;
  sparse?: boolean;
  expireAfterSeconds?: number;
  partialFilterExpression?: Document;
  [option: string]: unknown;
}

// ============================================================================
// Storage Types
// ============================================================================

/** A stored document. `_id` may be any non-array BSON value; the driver sends ObjectIds by default. */
export interface IStoredDocument extends Document {
  _id: plugins.bson.ObjectId | string | number | Document;
}
