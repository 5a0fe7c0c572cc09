import * as plugins from '../../congodb.plugins';
import type { ICommandHandler, IHandlerContext, ICursorState } from '../CommandRouter';
import type { IStorageAdapter } from '../../storage/IStorageAdapter';
import { AggregationEngine } from '../../engine/AggregationEngine';
import { QueryEngine } from '../../engine/QueryEngine';
import { UpdateEngine } from '../../engine/UpdateEngine';
import { CongoError } from '../../errors/CongoErrors';
import { isPlainDocument } from '../../engine/BsonValues';
import { openCursor } from './FindHandler';

type Document = plugins.bson.Document;

/**
 * AggregateHandler - Handles aggregate command
 */
export class AggregateHandler implements ICommandHandler {
  private cursors: Map<bigint, ICursorState>;
  private nextCursorId: () => bigint;

  constructor(
    cursors: Map<bigint, ICursorState>,
    nextCursorId: () => bigint
  ) {
    this.cursors = cursors;
    this.nextCursorId = nextCursorId;
  }

  /**
   * The namespace written by a final $out or $merge stage, if any.
   */
  static outputNamespace(stage: unknown, database: string): string | null {
    if (!isPlainDocument(stage)) return null;
    const target = this.outputTarget(stage, database);
    return target ? `${target.db}.${target.coll}` : null;
  }

  private static outputTarget(stage: Document, database: string): { db: string; coll: string } | null {
    const spec = stage.$out ?? (isPlainDocument(stage.$merge) ? stage.$merge.into : stage.$merge);
    if (typeof spec === 'string') return { db: database, coll: spec };
    if (isPlainDocument(spec) && typeof spec.coll === 'string') {
      return { db: typeof spec.db === 'string' ? spec.db : database, coll: spec.coll };
    }
    return null;
  }

  async handle(context: IHandlerContext): Promise<plugins.bson.Document> {
    const { storage, database, command } = context;

    const collection = command.aggregate;
    const pipeline: Document[] = command.pipeline || [];
    const cursor = command.cursor || {};

    // Validate
    if (typeof collection !== 'string' && collection !== 1) {
      return {
        ok: 0,
        errmsg: 'aggregate command requires a collection name or 1',
        code: 2,
        codeName: 'BadValue',
      };
    }

    if (!Array.isArray(pipeline) || !pipeline.every((stage) => isPlainDocument(stage))) {
      return {
        ok: 0,
        errmsg: 'pipeline must be an array of objects',
        code: 2,
        codeName: 'BadValue',
      };
    }

    if (pipeline.some((stage) => stage.$changeStream !== undefined)) {
      throw new CongoError('The $changeStream stage is only supported on replica sets', 40573);
    }

    const outputIndex = pipeline.findIndex((stage) => stage.$out !== undefined || stage.$merge !== undefined);
    if (outputIndex !== -1 && outputIndex !== pipeline.length - 1) {
      throw new CongoError(`${Object.keys(pipeline[outputIndex] ?? {})[0]} can only be the final stage in the pipeline`, 40601);
    }
    const outputStage = outputIndex === -1 ? null : (pipeline[outputIndex] as Document);
    let stages = outputStage ? pipeline.slice(0, -1) : pipeline;

    // Get source documents; a leading $match is answered with an index when possible
    let documents: Document[] = [];
    if (typeof collection === 'string') {
      const firstMatch = stages[0]?.$match;
      if (isPlainDocument(firstMatch)) {
        documents = await storage.query(database, collection, firstMatch);
        stages = stages.slice(1);
      } else {
        documents = await storage.findAll(database, collection);
      }
    }

    // Collections read by $lookup, $graphLookup and $unionWith
    const collections = new Map<string, Document[]>();
    for (const name of AggregationEngine.referencedCollections(stages)) {
      collections.set(name, await storage.findAll(database, name));
    }

    const results = AggregationEngine.aggregate(documents, stages, collections);

    const namespace = typeof collection === 'string' ? collection : '$cmd.aggregate';

    // Handle $out and $merge stages
    if (outputStage) {
      const target = AggregateHandler.outputTarget(outputStage, database);
      if (!target) {
        throw new CongoError(`invalid ${Object.keys(outputStage)[0]} specification`, 2);
      }
      if (outputStage.$out !== undefined) {
        await this.handleOut(storage, target, results);
      } else {
        await this.handleMerge(storage, target, results, outputStage.$merge);
      }
      return openCursor(this.cursors, this.nextCursorId, { database, collection: namespace, documents: [] });
    }

    return openCursor(this.cursors, this.nextCursorId, {
      database,
      collection: namespace,
      documents: results,
      batchSize: typeof cursor.batchSize === 'number' ? cursor.batchSize : undefined,
    });
  }

  /**
   * Handle $out stage - replace a collection's documents with the results (its indexes are kept)
   */
  private async handleOut(storage: IStorageAdapter, target: { db: string; coll: string }, results: Document[]): Promise<void> {
    const indexes = await storage.getIndexes(target.db, target.coll);

    await storage.dropCollection(target.db, target.coll);
    await storage.createCollection(target.db, target.coll);
    for (const spec of indexes) {
      if (spec.name !== '_id_') await storage.saveIndex(target.db, target.coll, spec);
    }

    for (const doc of results) {
      await storage.insertOne(target.db, target.coll, doc);
    }
  }

  /**
   * Handle $merge stage - merge results into a collection
   */
  private async handleMerge(
    storage: IStorageAdapter,
    target: { db: string; coll: string },
    results: Document[],
    mergeSpec: unknown
  ): Promise<void> {
    const spec: Document = isPlainDocument(mergeSpec) ? mergeSpec : {};
    const onFields: string[] = Array.isArray(spec.on) ? spec.on : [typeof spec.on === 'string' ? spec.on : '_id'];
    const whenMatched = spec.whenMatched ?? 'merge';
    const whenNotMatched = spec.whenNotMatched ?? 'insert';

    // Ensure target collection exists
    await storage.createCollection(target.db, target.coll);

    for (const doc of results) {
      const filter: Document = {};
      for (const field of onFields) {
        filter[field] = QueryEngine.getNestedValue(doc, field) ?? null;
      }
      const existing = QueryEngine.filter(await storage.findCandidates(target.db, target.coll, filter), filter, 1)[0];

      if (existing) {
        if (whenMatched === 'replace') {
          const { _id: _ignored, ...replacement } = doc;
          await storage.updateById(target.db, target.coll, existing._id, UpdateEngine.applyUpdate(existing, replacement));
        } else if (whenMatched === 'merge') {
          const { _id: _ignored, ...fields } = doc;
          await storage.updateById(target.db, target.coll, existing._id, { ...existing, ...fields });
        } else if (Array.isArray(whenMatched)) {
          await storage.updateById(target.db, target.coll, existing._id, UpdateEngine.applyUpdate(existing, whenMatched));
        } else if (whenMatched === 'fail') {
          throw new CongoError('$merge failed: a document in the target collection matched and whenMatched is "fail"', 11000);
        }
      } else if (whenNotMatched === 'insert') {
        await storage.insertOne(target.db, target.coll, doc);
      } else if (whenNotMatched === 'fail') {
        throw new CongoError('$merge could not find a matching document in the target collection and whenNotMatched is "fail"', 13113);
      }
    }
  }
}
