import * as plugins from '../congodb.plugins';
import type { IStorageAdapter } from '../storage/IStorageAdapter';
import type { IParsedCommand } from './WireProtocol';
import type { CongoServer } from './CongoServer';
import { CollectionLocks } from './CollectionLocks';
import { CongoError, CongoNotSupportedError, toCongoError } from '../errors/CongoErrors';
import { isPlainDocument } from '../engine/BsonValues';

// Import handlers
import { HelloHandler } from './handlers/HelloHandler';
import { InsertHandler } from './handlers/InsertHandler';
import { FindHandler } from './handlers/FindHandler';
import { UpdateHandler } from './handlers/UpdateHandler';
import { DeleteHandler } from './handlers/DeleteHandler';
import { AggregateHandler } from './handlers/AggregateHandler';
import { IndexHandler } from './handlers/IndexHandler';
import { AdminHandler } from './handlers/AdminHandler';

/**
 * Handler context passed to command handlers
 */
export interface IHandlerContext {
  storage: IStorageAdapter;
  server: CongoServer;
  database: string;
  command: plugins.bson.Document;
  connectionId: number;
  documentSequences?: Map<string, plugins.bson.Document[]>;
}

/**
 * Command handler interface
 */
export interface ICommandHandler {
  handle(context: IHandlerContext): Promise<plugins.bson.Document>;
}

/** Commands whose value is the name of the one collection they read or write. */
const COLLECTION_COMMANDS = new Set([
  'insert',
  'update',
  'delete',
  'findAndModify',
  'find',
  'count',
  'distinct',
  'aggregate',
  'createIndexes',
  'dropIndexes',
  'listIndexes',
  'drop',
  'create',
  'collMod',
  'collStats',
]);

/** Statement arrays whose entries may carry their own collation. */
const STATEMENT_FIELDS: Record<string, string> = { update: 'updates', delete: 'deletes' };

/**
 * CommandRouter - Routes incoming commands to appropriate handlers, holding the locks of the
 * collections each command touches while it runs.
 */
export class CommandRouter {
  private storage: IStorageAdapter;
  private server: CongoServer;
  private locks: CollectionLocks;
  private handlers: Map<string, ICommandHandler> = new Map();

  // Cursor state for getMore operations
  private cursors: Map<bigint, ICursorState> = new Map();
  private cursorIdCounter: bigint = BigInt(1);

  constructor(storage: IStorageAdapter, server: CongoServer, locks: CollectionLocks) {
    this.storage = storage;
    this.server = server;
    this.locks = locks;
    this.registerHandlers();
  }

  /**
   * Register all command handlers
   */
  private registerHandlers(): void {
    // Create handler instances with shared state
    const helloHandler = new HelloHandler();
    const findHandler = new FindHandler(this.cursors, () => this.cursorIdCounter++);
    const insertHandler = new InsertHandler();
    const updateHandler = new UpdateHandler();
    const deleteHandler = new DeleteHandler();
    const aggregateHandler = new AggregateHandler(this.cursors, () => this.cursorIdCounter++);
    const indexHandler = new IndexHandler();
    const adminHandler = new AdminHandler();

    // Handshake commands
    this.handlers.set('hello', helloHandler);
    this.handlers.set('ismaster', helloHandler);
    this.handlers.set('isMaster', helloHandler);

    // CRUD commands
    this.handlers.set('find', findHandler);
    this.handlers.set('insert', insertHandler);
    this.handlers.set('update', updateHandler);
    this.handlers.set('delete', deleteHandler);
    this.handlers.set('findAndModify', updateHandler);
    this.handlers.set('getMore', findHandler);
    this.handlers.set('killCursors', findHandler);

    // Aggregation
    this.handlers.set('aggregate', aggregateHandler);
    this.handlers.set('count', findHandler);
    this.handlers.set('distinct', findHandler);

    // Index operations
    this.handlers.set('createIndexes', indexHandler);
    this.handlers.set('dropIndexes', indexHandler);
    this.handlers.set('listIndexes', indexHandler);

    // Admin/Database operations
    this.handlers.set('ping', adminHandler);
    this.handlers.set('listDatabases', adminHandler);
    this.handlers.set('listCollections', adminHandler);
    this.handlers.set('drop', adminHandler);
    this.handlers.set('dropDatabase', adminHandler);
    this.handlers.set('create', adminHandler);
    this.handlers.set('serverStatus', adminHandler);
    this.handlers.set('buildInfo', adminHandler);
    this.handlers.set('buildinfo', adminHandler);
    this.handlers.set('whatsmyuri', adminHandler);
    this.handlers.set('getLog', adminHandler);
    this.handlers.set('hostInfo', adminHandler);
    this.handlers.set('replSetGetStatus', adminHandler);
    this.handlers.set('saslStart', adminHandler);
    this.handlers.set('saslContinue', adminHandler);
    this.handlers.set('endSessions', adminHandler);
    this.handlers.set('collStats', adminHandler);
    this.handlers.set('dbStats', adminHandler);
    this.handlers.set('connectionStatus', adminHandler);
    this.handlers.set('currentOp', adminHandler);
    this.handlers.set('collMod', adminHandler);
    this.handlers.set('renameCollection', adminHandler);
  }

  /**
   * Route a command to its handler
   */
  async route(parsedCommand: IParsedCommand, connectionId = 0): Promise<plugins.bson.Document> {
    const { commandName, command, database, documentSequences } = parsedCommand;

    // Create handler context
    const context: IHandlerContext = {
      storage: this.storage,
      server: this.server,
      database,
      command,
      connectionId,
      documentSequences,
    };

    // Find handler
    const handler = this.handlers.get(commandName);

    try {
      this.rejectUnsupported(commandName, command, documentSequences);

      if (!handler) {
        // Unknown command
        return {
          ok: 0,
          errmsg: `no such command: '${commandName}'`,
          code: 59,
          codeName: 'CommandNotFound',
        };
      }

      const namespaces = await this.namespacesOf(commandName, command, database);
      if (namespaces.length === 0) {
        return await handler.handle(context);
      }
      return await this.locks.run(namespaces, () => handler.handle(context));
    } catch (error) {
      return toCongoError(error).toCommandError();
    }
  }

  /**
   * Forget cursors that have not been used for `maxIdleMs`.
   */
  expireCursors(maxIdleMs: number, now = Date.now()): void {
    for (const [id, cursor] of this.cursors) {
      if (now - cursor.lastUsed.getTime() > maxIdleMs) {
        this.cursors.delete(id);
      }
    }
  }

  /**
   * Transactions, and collations we cannot honour, get the error a standalone mongod gives
   * instead of being silently ignored.
   */
  private rejectUnsupported(
    commandName: string,
    command: plugins.bson.Document,
    documentSequences?: Map<string, plugins.bson.Document[]>
  ): void {
    if (
      commandName === 'commitTransaction' ||
      commandName === 'abortTransaction' ||
      command.txnNumber !== undefined ||
      command.startTransaction !== undefined ||
      command.autocommit !== undefined
    ) {
      throw new CongoError('Transaction numbers are only allowed on a replica set member or mongos', 20);
    }

    const statements: unknown[] = [command];
    const field = STATEMENT_FIELDS[commandName];
    if (field) {
      statements.push(...(documentSequences?.get(field) ?? []), ...(Array.isArray(command[field]) ? command[field] : []));
    }
    for (const statement of statements) {
      if (isPlainDocument(statement) && statement.collation !== undefined && statement.collation !== null) {
        throw new CongoNotSupportedError('collation is not supported by the embedded MongoDB server', 2);
      }
    }
  }

  /**
   * The namespaces a command must hold locks on.
   */
  private async namespacesOf(commandName: string, command: plugins.bson.Document, database: string): Promise<string[]> {
    if (COLLECTION_COMMANDS.has(commandName)) {
      const namespaces: string[] = [];
      const collection = command[commandName];
      if (typeof collection === 'string') {
        namespaces.push(`${database}.${collection}`);
      }
      if (commandName === 'aggregate' && Array.isArray(command.pipeline)) {
        const last = command.pipeline[command.pipeline.length - 1];
        const target = AggregateHandler.outputNamespace(last, database);
        if (target) namespaces.push(target);
      }
      return namespaces;
    }
    if (commandName === 'renameCollection') {
      return [command.renameCollection, command.to].filter((ns): ns is string => typeof ns === 'string');
    }
    if (commandName === 'dropDatabase') {
      const collections = await this.storage.listCollections(database);
      return collections.map((collection) => `${database}.${collection}`);
    }
    return [];
  }
}

/**
 * Cursor state for multi-batch queries
 */
export interface ICursorState {
  id: bigint;
  database: string;
  collection: string;
  documents: plugins.bson.Document[];
  position: number;
  batchSize: number;
  lastUsed: Date;
}
