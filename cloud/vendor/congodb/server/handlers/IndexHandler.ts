import * as plugins from '../../congodb.plugins';
import type { ICommandHandler, IHandlerContext } from '../CommandRouter';
import type { IIndexSpecification } from '../../types/interfaces';
import { CongoError } from '../../errors/CongoErrors';
import { equalityKey, isPlainDocument } from '../../engine/BsonValues';
import { IndexEngine } from '../../engine/IndexEngine';

/**
 * IndexHandler - Handles createIndexes, dropIndexes, listIndexes commands
 */
export class IndexHandler implements ICommandHandler {
  async handle(context: IHandlerContext): Promise<plugins.bson.Document> {
    const { command } = context;

    if (command.createIndexes) {
      return this.handleCreateIndexes(context);
    } else if (command.dropIndexes) {
      return this.handleDropIndexes(context);
    } else if (command.listIndexes) {
      return this.handleListIndexes(context);
    }

    return {
      ok: 0,
      errmsg: 'Unknown index command',
      code: 59,
      codeName: 'CommandNotFound',
    };
  }

  /**
   * Handle createIndexes command. All requested indexes are validated and built, or none is
   * (a unique index over existing duplicates fails with E11000).
   */
  private async handleCreateIndexes(context: IHandlerContext): Promise<plugins.bson.Document> {
    const { storage, database, command } = context;

    const collection = command.createIndexes;
    const indexes = command.indexes || [];

    if (typeof collection !== 'string') {
      throw new CongoError('collection name has invalid type', 2);
    }

    if (!Array.isArray(indexes) || indexes.length === 0 || !indexes.every((spec) => isPlainDocument(spec))) {
      return {
        ok: 0,
        errmsg: 'Must specify at least one index to create',
        code: 2,
        codeName: 'BadValue',
      };
    }

    const createdCollectionAutomatically = await storage.createCollection(database, collection);
    const numIndexesBefore = (await storage.getIndexes(database, collection)).length;

    const created: string[] = [];
    try {
      for (const indexSpec of indexes as IIndexSpecification[]) {
        if (await storage.saveIndex(database, collection, indexSpec)) {
          created.push(indexSpec.name || IndexEngine.generateIndexName(indexSpec.key));
        }
      }
    } catch (error) {
      for (const name of created) {
        await storage.dropIndex(database, collection, name);
      }
      if (createdCollectionAutomatically) {
        await storage.dropCollection(database, collection);
      }
      throw error;
    }

    const numIndexesAfter = (await storage.getIndexes(database, collection)).length;
    const response: plugins.bson.Document = {
      numIndexesBefore,
      numIndexesAfter,
      createdCollectionAutomatically,
    };
    if (created.length === 0) {
      response.note = 'all indexes already exist';
    }
    response.ok = 1;
    return response;
  }

  /**
   * Handle dropIndexes command
   */
  private async handleDropIndexes(context: IHandlerContext): Promise<plugins.bson.Document> {
    const { storage, database, command } = context;

    const collection = command.dropIndexes;
    const indexName = command.index;

    // Check if collection exists
    const exists = await storage.collectionExists(database, collection);
    if (!exists) {
      return {
        ok: 0,
        errmsg: `ns not found ${database}.${collection}`,
        code: 26,
        codeName: 'NamespaceNotFound',
      };
    }

    const indexes = await storage.getIndexes(database, collection);
    let names: string[];
    if (indexName === '*') {
      // Drop all indexes except _id
      names = indexes.map((idx) => idx.name).filter((name) => name !== '_id_');
    } else if (typeof indexName === 'string') {
      names = [indexName];
    } else if (Array.isArray(indexName)) {
      names = indexName.map(String);
    } else if (isPlainDocument(indexName)) {
      // Drop index by key specification
      const match = indexes.find((idx) => equalityKey(idx.key) === equalityKey(indexName));
      if (!match) {
        throw new CongoError(`can't find index with key: ${JSON.stringify(indexName)}`, 27);
      }
      names = [match.name];
    } else {
      throw new CongoError('dropIndexes requires an index name, key pattern, or "*"', 2);
    }

    for (const name of names) {
      await storage.dropIndex(database, collection, name);
    }

    return { nIndexesWas: indexes.length, ok: 1 };
  }

  /**
   * Handle listIndexes command
   */
  private async handleListIndexes(context: IHandlerContext): Promise<plugins.bson.Document> {
    const { storage, database, command } = context;

    const collection = command.listIndexes;

    // Check if collection exists
    const exists = await storage.collectionExists(database, collection);
    if (!exists) {
      return {
        ok: 0,
        errmsg: `ns does not exist: ${database}.${collection}`,
        code: 26,
        codeName: 'NamespaceNotFound',
      };
    }

    const indexes = await storage.getIndexes(database, collection);

    return {
      cursor: {
        id: plugins.bson.Long.fromNumber(0),
        ns: `${database}.${collection}`,
        firstBatch: indexes,
      },
      ok: 1,
    };
  }
}
