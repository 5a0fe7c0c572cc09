import * as plugins from '../congodb.plugins';
import type { IStorageAdapter } from './IStorageAdapter';
import type { IStoredDocument, IIndexSpecification, Document } from '../types/interfaces';
import { IndexEngine, idKeyOf } from '../engine/IndexEngine';
import { CongoError } from '../errors/CongoErrors';
import { isPlainDocument } from '../engine/BsonValues';
import { candidates, runQuery, type IPlannerCollection, type IQueryOptions } from '../engine/QueryPlanner';

/**
 * One collection: documents keyed by the equality key of their _id, in insertion order,
 * plus its indexes.
 */
export interface ICollectionState {
  documents: Map<string, IStoredDocument>;
  /** Insertion position of each document (natural order; kept by updates). */
  positions: Map<string, number>;
  nextPosition: number;
  indexes: IndexEngine;
  options: Document;
}

/**
 * In-memory storage adapter for CongoDB.
 * Subclasses get told about every change, in order, through the `on*` hooks (see FileStorageAdapter).
 * Stored documents are never mutated: an update stores a new object.
 */
export class MemoryStorageAdapter implements IStorageAdapter {
  // Database -> Collection -> state
  protected databases: Map<string, Map<string, ICollectionState>> = new Map();

  async initialize(): Promise<void> {}

  async close(): Promise<void> {}

  async persist(): Promise<void> {}

  async flush(): Promise<void> {}

  /** A document was inserted or replaced (`doc` is the stored version). */
  protected onPut(_dbName: string, _collName: string, _doc: IStoredDocument): void {}

  /** The document with this `_id` was deleted. */
  protected onDelete(_dbName: string, _collName: string, _id: unknown): void {}

  /** A collection was created, or its options or indexes changed. */
  protected onCollection(_dbName: string, _collName: string): void {}

  /** A collection was dropped (also once per collection of a dropped database). */
  protected onDrop(_dbName: string, _collName: string): void {}

  /** A collection was renamed (moved). */
  protected onRename(_fromDb: string, _fromColl: string, _toDb: string, _toColl: string): void {}

  // ============================================================================
  // Database Operations
  // ============================================================================

  async listDatabases(): Promise<string[]> {
    return Array.from(this.databases.keys());
  }

  async dropDatabase(dbName: string): Promise<boolean> {
    const db = this.databases.get(dbName);
    if (!db) return false;
    this.databases.delete(dbName);
    for (const collName of db.keys()) {
      this.onDrop(dbName, collName);
    }
    return true;
  }

  async databaseExists(dbName: string): Promise<boolean> {
    return this.databases.has(dbName);
  }

  // ============================================================================
  // Collection Operations
  // ============================================================================

  async listCollections(dbName: string): Promise<string[]> {
    const db = this.databases.get(dbName);
    return db ? Array.from(db.keys()) : [];
  }

  async createCollection(dbName: string, collName: string, options: Document = {}): Promise<boolean> {
    const existed = this.databases.get(dbName)?.has(collName) ?? false;
    if (!existed) {
      this.ensureCollection(dbName, collName, options);
    }
    return !existed;
  }

  async getCollectionOptions(dbName: string, collName: string): Promise<Document | null> {
    return this.databases.get(dbName)?.get(collName)?.options ?? null;
  }

  async dropCollection(dbName: string, collName: string): Promise<boolean> {
    const db = this.databases.get(dbName);
    if (!db) return false;
    const existed = db.delete(collName);
    if (db.size === 0) {
      this.databases.delete(dbName);
    }
    if (existed) {
      this.onDrop(dbName, collName);
    }
    return existed;
  }

  async collectionExists(dbName: string, collName: string): Promise<boolean> {
    const db = this.databases.get(dbName);
    return db ? db.has(collName) : false;
  }

  async renameCollection(fromDb: string, fromColl: string, toDb: string, toColl: string): Promise<void> {
    const source = this.databases.get(fromDb);
    const collection = source?.get(fromColl);
    if (!source || !collection) {
      throw new CongoError(`Source collection ${fromDb}.${fromColl} does not exist`, 26);
    }
    if (this.databases.get(toDb)?.has(toColl)) {
      throw new CongoError(`Target namespace ${toDb}.${toColl} exists`, 48);
    }
    source.delete(fromColl);
    if (source.size === 0) {
      this.databases.delete(fromDb);
    }
    let target = this.databases.get(toDb);
    if (!target) {
      target = new Map();
      this.databases.set(toDb, target);
    }
    collection.indexes.setNamespace(toDb, toColl);
    target.set(toColl, collection);
    this.onRename(fromDb, fromColl, toDb, toColl);
  }

  // ============================================================================
  // Document Operations
  // ============================================================================

  protected getCollectionState(dbName: string, collName: string): ICollectionState | undefined {
    return this.databases.get(dbName)?.get(collName);
  }

  protected ensureCollection(dbName: string, collName: string, options: Document = {}): ICollectionState {
    let db = this.databases.get(dbName);
    if (!db) {
      db = new Map();
      this.databases.set(dbName, db);
    }
    let collection = db.get(collName);
    if (!collection) {
      const documents = new Map<string, IStoredDocument>();
      collection = { documents, positions: new Map(), nextPosition: 0, indexes: new IndexEngine(dbName, collName, () => documents.values()), options };
      db.set(collName, collection);
      this.onCollection(dbName, collName);
    }
    return collection;
  }

  async insertOne(dbName: string, collName: string, doc: Document): Promise<IStoredDocument> {
    const collection = this.ensureCollection(dbName, collName);
    const storedDoc = this.prepareDocument(doc);

    // Checks every unique index (including _id_) before anything changes
    collection.indexes.onInsert(storedDoc);
    this.storeDocument(collection, idKeyOf(storedDoc._id), storedDoc);
    this.onPut(dbName, collName, storedDoc);
    return storedDoc;
  }

  async insertMany(dbName: string, collName: string, docs: Document[]): Promise<IStoredDocument[]> {
    const results: IStoredDocument[] = [];
    for (const doc of docs) {
      results.push(await this.insertOne(dbName, collName, doc));
    }
    return results;
  }

  async findAll(dbName: string, collName: string): Promise<IStoredDocument[]> {
    const collection = this.getCollectionState(dbName, collName);
    return collection ? Array.from(collection.documents.values()) : [];
  }

  async findCandidates(dbName: string, collName: string, filter: Document): Promise<IStoredDocument[]> {
    const collection = this.getCollectionState(dbName, collName);
    if (!collection) return [];
    if (!filter || !isPlainDocument(filter)) return Array.from(collection.documents.values());
    return candidates(this.plannerView(collection), filter);
  }

  async query(dbName: string, collName: string, filter: Document, options: IQueryOptions = {}): Promise<IStoredDocument[]> {
    const collection = this.getCollectionState(dbName, collName);
    if (!collection) return [];
    return runQuery(this.plannerView(collection), isPlainDocument(filter) ? filter : {}, options);
  }

  private plannerView(collection: ICollectionState): IPlannerCollection {
    return {
      documents: collection.documents,
      indexes: collection.indexes.plannable(),
      position: (id) => collection.positions.get(id) ?? Number.MAX_SAFE_INTEGER,
    };
  }

  /** Store a document under its id key; a new one goes to the end of the natural order. */
  protected storeDocument(collection: ICollectionState, key: string, doc: IStoredDocument): void {
    if (!collection.positions.has(key)) collection.positions.set(key, collection.nextPosition++);
    collection.documents.set(key, doc);
  }

  /** Forget a document (its index entries are the caller's). */
  protected forgetDocument(collection: ICollectionState, key: string): void {
    collection.documents.delete(key);
    collection.positions.delete(key);
  }

  async findById(dbName: string, collName: string, id: unknown): Promise<IStoredDocument | null> {
    return this.getCollectionState(dbName, collName)?.documents.get(idKeyOf(id)) ?? null;
  }

  async updateById(dbName: string, collName: string, id: unknown, doc: IStoredDocument): Promise<boolean> {
    const collection = this.getCollectionState(dbName, collName);
    const key = idKeyOf(id);
    const existing = collection?.documents.get(key);
    if (!collection || !existing) {
      return false;
    }
    if (idKeyOf(doc._id) !== key) {
      throw new CongoError(`Performing an update on the path '_id' would modify the immutable field '_id'`, 66);
    }
    collection.indexes.onUpdate(existing, doc);
    this.storeDocument(collection, key, doc);
    this.onPut(dbName, collName, doc);
    return true;
  }

  async deleteById(dbName: string, collName: string, id: unknown): Promise<boolean> {
    const collection = this.getCollectionState(dbName, collName);
    const key = idKeyOf(id);
    const existing = collection?.documents.get(key);
    if (!collection || !existing) return false;
    collection.indexes.onDelete(existing);
    this.forgetDocument(collection, key);
    this.onDelete(dbName, collName, existing._id);
    return true;
  }

  async deleteByIds(dbName: string, collName: string, ids: unknown[]): Promise<number> {
    let count = 0;
    for (const id of ids) {
      if (await this.deleteById(dbName, collName, id)) {
        count++;
      }
    }
    return count;
  }

  async count(dbName: string, collName: string): Promise<number> {
    return this.getCollectionState(dbName, collName)?.documents.size ?? 0;
  }

  // ============================================================================
  // Index Operations
  // ============================================================================

  async saveIndex(dbName: string, collName: string, indexSpec: IIndexSpecification): Promise<boolean> {
    const collection = this.ensureCollection(dbName, collName);
    const created = collection.indexes.createIndex(indexSpec);
    if (created) {
      this.onCollection(dbName, collName);
    }
    return created;
  }

  async getIndexes(dbName: string, collName: string): Promise<IIndexSpecification[]> {
    const collection = this.getCollectionState(dbName, collName);
    return collection ? collection.indexes.listIndexes() : [];
  }

  async dropIndex(dbName: string, collName: string, indexName: string): Promise<boolean> {
    const collection = this.getCollectionState(dbName, collName);
    if (!collection) return false;
    collection.indexes.dropIndex(indexName);
    this.onCollection(dbName, collName);
    return true;
  }

  async getTtlIndexes(dbName: string, collName: string): Promise<Array<{ field: string; expireAfterSeconds: number }>> {
    return this.getCollectionState(dbName, collName)?.indexes.ttlIndexes() ?? [];
  }

  /**
   * Validate `_id` (generated when missing) and put it first, as mongod does.
   */
  private prepareDocument(doc: Document): IStoredDocument {
    const id = doc._id === undefined ? new plugins.bson.ObjectId() : doc._id;
    if (Array.isArray(id)) {
      throw new CongoError(`The '_id' value cannot be of type array`, 53);
    }
    if (id instanceof RegExp || (id as { _bsontype?: string })?._bsontype === 'BSONRegExp') {
      throw new CongoError(`The '_id' value cannot be of type regex`, 53);
    }
    if (Object.keys(doc)[0] === '_id' && doc._id !== undefined) {
      return doc as IStoredDocument;
    }
    const { _id: _ignored, ...rest } = doc;
    return { _id: id, ...rest } as IStoredDocument;
  }
}
