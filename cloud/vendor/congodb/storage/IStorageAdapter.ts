import type { IStoredDocument, IIndexSpecification, Document } from '../types/interfaces';
import type { IQueryOptions } from '../engine/QueryPlanner';

/**
 * Storage adapter interface for CongoDB
 * Implementations can provide different storage backends (memory, file, etc.)
 *
 * Every method that writes documents maintains the collection's indexes and throws
 * CongoDuplicateKeyError (leaving the collection unchanged) when a unique index would be violated.
 * Callers serialize writes per collection (see CollectionLocks).
 */
export interface IStorageAdapter {
  /**
   * Initialize the storage adapter
   */
  initialize(): Promise<void>;

  /**
   * Close the storage adapter and release resources
   */
  close(): Promise<void>;

  /**
   * Hand every change made so far to the operating system, so it survives a crash of this process
   * (a no-op for memory storage). The server calls it before every reply.
   */
  persist(): Promise<void>;

  /**
   * Make every change made so far durable on disk (a no-op for memory storage)
   */
  flush(): Promise<void>;

  // ============================================================================
  // Database Operations
  // ============================================================================

  /**
   * List all database names
   */
  listDatabases(): Promise<string[]>;

  /**
   * Drop a database and all its collections
   */
  dropDatabase(dbName: string): Promise<boolean>;

  /**
   * Check if a database exists
   */
  databaseExists(dbName: string): Promise<boolean>;

  // ============================================================================
  // Collection Operations
  // ============================================================================

  /**
   * List all collection names in a database
   */
  listCollections(dbName: string): Promise<string[]>;

  /**
   * Create a collection
   * @returns true if it was created, false if it already existed
   */
  createCollection(dbName: string, collName: string, options?: Document): Promise<boolean>;

  /**
   * The options a collection was created with (null if it does not exist)
   */
  getCollectionOptions(dbName: string, collName: string): Promise<Document | null>;

  /**
   * Drop a collection
   */
  dropCollection(dbName: string, collName: string): Promise<boolean>;

  /**
   * Check if a collection exists
   */
  collectionExists(dbName: string, collName: string): Promise<boolean>;

  /**
   * Rename (move) a collection, possibly to another database. The target must not exist.
   */
  renameCollection(fromDb: string, fromColl: string, toDb: string, toColl: string): Promise<void>;

  // ============================================================================
  // Document Operations
  // ============================================================================

  /**
   * Insert a single document (an ObjectId `_id` is generated when missing)
   * @returns The inserted document with _id
   */
  insertOne(dbName: string, collName: string, doc: Document): Promise<IStoredDocument>;

  /**
   * Insert multiple documents, stopping at the first error
   * @returns Array of inserted documents with _ids
   */
  insertMany(dbName: string, collName: string, docs: Document[]): Promise<IStoredDocument[]>;

  /**
   * Find all documents in a collection (in insertion order)
   */
  findAll(dbName: string, collName: string): Promise<IStoredDocument[]>;

  /**
   * A superset of the documents matching the filter, narrowed with an index when one applies.
   * Callers still apply the filter.
   */
  findCandidates(dbName: string, collName: string, filter: Document): Promise<IStoredDocument[]>;

  /**
   * The documents matching the filter, sorted, skipped and limited as asked (natural order without
   * a sort unless `natural: false`), answered from indexes where they help.
   */
  query(dbName: string, collName: string, filter: Document, options?: IQueryOptions): Promise<IStoredDocument[]>;

  /**
   * Find a document by _id
   */
  findById(dbName: string, collName: string, id: unknown): Promise<IStoredDocument | null>;

  /**
   * Replace a document by _id (the new document keeps the same _id)
   * @returns true if document was updated
   */
  updateById(dbName: string, collName: string, id: unknown, doc: IStoredDocument): Promise<boolean>;

  /**
   * Delete a document by _id
   * @returns true if document was deleted
   */
  deleteById(dbName: string, collName: string, id: unknown): Promise<boolean>;

  /**
   * Delete multiple documents by _id
   * @returns Number of deleted documents
   */
  deleteByIds(dbName: string, collName: string, ids: unknown[]): Promise<number>;

  /**
   * Get the count of documents in a collection
   */
  count(dbName: string, collName: string): Promise<number>;

  // ============================================================================
  // Index Operations
  // ============================================================================

  /**
   * Create an index and build it over the existing documents (creating the collection if needed).
   * @returns false when an identical index already exists
   */
  saveIndex(dbName: string, collName: string, indexSpec: IIndexSpecification): Promise<boolean>;

  /**
   * Get all index metadata for a collection
   */
  getIndexes(dbName: string, collName: string): Promise<IIndexSpecification[]>;

  /**
   * Drop an index
   */
  dropIndex(dbName: string, collName: string, indexName: string): Promise<boolean>;

  /**
   * TTL indexes of a collection (single field + expireAfterSeconds)
   */
  getTtlIndexes(dbName: string, collName: string): Promise<Array<{ field: string; expireAfterSeconds: number }>>;
}
