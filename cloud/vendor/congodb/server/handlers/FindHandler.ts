import * as plugins from '../../congodb.plugins';
import type { ICommandHandler, IHandlerContext, ICursorState } from '../CommandRouter';
import { QueryEngine } from '../../engine/QueryEngine';
import { CongoError } from '../../errors/CongoErrors';
import { toNumber } from '../../engine/BsonValues';

/** Keep reply documents well below the 16 MB BSON limit. */
const MAX_BATCH_BYTES = 8 * 1024 * 1024;
const DEFAULT_FIRST_BATCH = 101;

/**
 * End index (exclusive) of the batch starting at `start`: at most `batchSize` documents
 * (all when 0) and at most MAX_BATCH_BYTES, but always at least one document.
 */
function batchEnd(documents: plugins.bson.Document[], start: number, batchSize: number): number {
  const limit = Math.min(documents.length, batchSize > 0 ? start + batchSize : documents.length);
  if (limit <= start + 1) return limit;
  // The first document always goes in, so only the ones after it need measuring
  let bytes = plugins.bson.calculateObjectSize(documents[start] as plugins.bson.Document);
  let end = start + 1;
  while (end < limit) {
    bytes += plugins.bson.calculateObjectSize(documents[end] as plugins.bson.Document);
    if (bytes > MAX_BATCH_BYTES) break;
    end++;
  }
  return end;
}

function toCursorId(input: unknown): bigint {
  if (typeof input === 'bigint') return input;
  if (input instanceof plugins.bson.Long) return input.toBigInt();
  return BigInt(toNumber(input));
}

/**
 * Build a cursor reply with the first batch, registering a cursor for the rest.
 */
export function openCursor(
  cursors: Map<bigint, ICursorState>,
  nextCursorId: () => bigint,
  options: {
    database: string;
    collection: string;
    documents: plugins.bson.Document[];
    batchSize?: number;
    singleBatch?: boolean;
  }
): plugins.bson.Document {
  const { database, collection, documents } = options;
  const batchSize = options.batchSize ?? DEFAULT_FIRST_BATCH;
  const end = options.singleBatch ? batchEnd(documents, 0, 0) : batchEnd(documents, 0, batchSize);
  const firstBatch = documents.slice(0, end);

  let cursorId = BigInt(0);
  if (end < documents.length && !options.singleBatch) {
    cursorId = nextCursorId();
    cursors.set(cursorId, {
      id: cursorId,
      database,
      collection,
      documents,
      position: end,
      batchSize,
      lastUsed: new Date(),
    });
  }

  return {
    cursor: {
      firstBatch,
      id: plugins.bson.Long.fromBigInt(cursorId),
      ns: `${database}.${collection}`,
    },
    ok: 1,
  };
}

/**
 * FindHandler - Handles find, getMore, killCursors, count, distinct commands
 */
export class FindHandler implements ICommandHandler {
  private cursors: Map<bigint, ICursorState>;
  private nextCursorId: () => bigint;

  constructor(
    cursors: Map<bigint, ICursorState>,
    nextCursorId: () => bigint
  ) {
    this.cursors = cursors;
    this.nextCursorId = nextCursorId;
  }

  async handle(context: IHandlerContext): Promise<plugins.bson.Document> {
    const { command } = context;

    // Determine which operation to perform
    if (command.find !== undefined) {
      return this.handleFind(context);
    } else if (command.getMore !== undefined) {
      return this.handleGetMore(context);
    } else if (command.killCursors !== undefined) {
      return this.handleKillCursors(context);
    } else if (command.count !== undefined) {
      return this.handleCount(context);
    } else if (command.distinct !== undefined) {
      return this.handleDistinct(context);
    }

    return {
      ok: 0,
      errmsg: 'Unknown find-related command',
      code: 59,
      codeName: 'CommandNotFound',
    };
  }

  /**
   * Handle find command
   */
  private async handleFind(context: IHandlerContext): Promise<plugins.bson.Document> {
    const { storage, database, command } = context;

    const collection = command.find;
    if (typeof collection !== 'string') {
      throw new CongoError('collection name has invalid type', 2);
    }
    const filter = command.filter || {};
    const projection = command.projection;
    const sort = command.sort;
    const skip = toNumber(command.skip ?? 0);
    const rawLimit = toNumber(command.limit ?? 0);
    const limit = Math.abs(rawLimit);
    const batchSize = command.batchSize === undefined ? DEFAULT_FIRST_BATCH : toNumber(command.batchSize);
    const singleBatch = command.singleBatch === true || rawLimit < 0;

    if (skip < 0 || Number.isNaN(skip)) {
      throw new CongoError('skip value must be non-negative', 2);
    }

    // Matching documents, sorted and limited, from an index where one helps
    const sorted = sort && Object.keys(sort).length > 0;
    let documents = await storage.query(database, collection, filter, { sort: sorted ? sort : undefined, skip, limit });

    // Apply projection
    if (projection) {
      documents = QueryEngine.project(documents, projection, filter) as any[];
    }

    return openCursor(this.cursors, this.nextCursorId, {
      database,
      collection,
      documents,
      batchSize: limit > 0 && batchSize > 0 ? Math.min(batchSize, limit) : batchSize,
      singleBatch,
    });
  }

  /**
   * Handle getMore command
   */
  private async handleGetMore(context: IHandlerContext): Promise<plugins.bson.Document> {
    const { database, command } = context;

    const cursorId = toCursorId(command.getMore);
    const collection = command.collection;
    const batchSize = command.batchSize === undefined ? 0 : toNumber(command.batchSize);

    const cursor = this.cursors.get(cursorId);
    if (!cursor) {
      return {
        ok: 0,
        errmsg: `cursor id ${cursorId} not found`,
        code: 43,
        codeName: 'CursorNotFound',
      };
    }

    // Verify namespace
    if (cursor.database !== database || cursor.collection !== collection) {
      return {
        ok: 0,
        errmsg: 'cursor namespace mismatch',
        code: 43,
        codeName: 'CursorNotFound',
      };
    }

    // Get next batch
    const start = cursor.position;
    const end = batchEnd(cursor.documents, start, batchSize);
    const nextBatch = cursor.documents.slice(start, end);
    cursor.position = end;
    cursor.lastUsed = new Date();

    // Check if cursor is exhausted
    let returnCursorId = cursorId;
    if (cursor.position >= cursor.documents.length) {
      this.cursors.delete(cursorId);
      returnCursorId = BigInt(0);
    }

    return {
      cursor: {
        nextBatch,
        id: plugins.bson.Long.fromBigInt(returnCursorId),
        ns: `${database}.${collection}`,
      },
      ok: 1,
    };
  }

  /**
   * Handle killCursors command
   */
  private async handleKillCursors(context: IHandlerContext): Promise<plugins.bson.Document> {
    const { command } = context;

    const cursorIds: unknown[] = Array.isArray(command.cursors) ? command.cursors : [];

    const cursorsKilled: plugins.bson.Long[] = [];
    const cursorsNotFound: plugins.bson.Long[] = [];

    for (const idInput of cursorIds) {
      const cursorId = toCursorId(idInput);

      if (this.cursors.has(cursorId)) {
        this.cursors.delete(cursorId);
        cursorsKilled.push(plugins.bson.Long.fromBigInt(cursorId));
      } else {
        cursorsNotFound.push(plugins.bson.Long.fromBigInt(cursorId));
      }
    }

    return {
      ok: 1,
      cursorsKilled,
      cursorsNotFound,
      cursorsUnknown: [],
      cursorsAlive: [],
    };
  }

  /**
   * Handle count command
   */
  private async handleCount(context: IHandlerContext): Promise<plugins.bson.Document> {
    const { storage, database, command } = context;

    const collection = command.count;
    const query = command.query || {};
    const skip = toNumber(command.skip ?? 0);
    const limit = Math.abs(toNumber(command.limit ?? 0));

    const documents = await storage.query(database, collection, query, { skip, limit, natural: false });
    return { n: documents.length, ok: 1 };
  }

  /**
   * Handle distinct command
   */
  private async handleDistinct(context: IHandlerContext): Promise<plugins.bson.Document> {
    const { storage, database, command } = context;

    const collection = command.distinct;
    const key = command.key;
    const query = command.query || {};

    if (typeof key !== 'string' || !key) {
      return {
        ok: 0,
        errmsg: 'distinct requires a key',
        code: 2,
        codeName: 'BadValue',
      };
    }

    const documents = await storage.findCandidates(database, collection, query);

    // Get distinct values
    const values = QueryEngine.distinct(documents, key, query);

    return { values, ok: 1 };
  }
}
