import * as plugins from '../../congodb.plugins';
import type { ICommandHandler, IHandlerContext } from '../CommandRouter';
import { CongoError } from '../../errors/CongoErrors';
import { QueryEngine } from '../../engine/QueryEngine';
import { isPlainDocument } from '../../engine/BsonValues';

/** Fields any command may carry that are not options of the command itself. */
const GENERIC_COMMAND_FIELDS = new Set(['create', 'lsid', 'txnNumber', 'writeConcern', 'comment', 'maxTimeMS', 'apiVersion', 'apiStrict', 'apiDeprecationErrors']);

function documentsSize(docs: plugins.bson.Document[]): number {
  return docs.reduce((sum, doc) => sum + plugins.bson.calculateObjectSize(doc), 0);
}

/**
 * AdminHandler - Handles administrative commands
 */
export class AdminHandler implements ICommandHandler {
  async handle(context: IHandlerContext): Promise<plugins.bson.Document> {
    const { command } = context;

    // Determine which command to handle
    if (command.ping !== undefined) {
      return this.handlePing(context);
    } else if (command.listDatabases !== undefined) {
      return this.handleListDatabases(context);
    } else if (command.listCollections !== undefined) {
      return this.handleListCollections(context);
    } else if (command.drop !== undefined) {
      return this.handleDrop(context);
    } else if (command.dropDatabase !== undefined) {
      return this.handleDropDatabase(context);
    } else if (command.create !== undefined) {
      return this.handleCreate(context);
    } else if (command.serverStatus !== undefined) {
      return this.handleServerStatus(context);
    } else if (command.buildInfo !== undefined || command.buildinfo !== undefined) {
      return this.handleBuildInfo(context);
    } else if (command.whatsmyuri !== undefined) {
      return this.handleWhatsMyUri(context);
    } else if (command.getLog !== undefined) {
      return this.handleGetLog(context);
    } else if (command.hostInfo !== undefined) {
      return this.handleHostInfo(context);
    } else if (command.replSetGetStatus !== undefined) {
      return this.handleReplSetGetStatus(context);
    } else if (command.saslStart !== undefined || command.saslContinue !== undefined) {
      return this.handleSasl(context);
    } else if (command.endSessions !== undefined) {
      return this.handleEndSessions(context);
    } else if (command.collStats !== undefined) {
      return this.handleCollStats(context);
    } else if (command.dbStats !== undefined) {
      return this.handleDbStats(context);
    } else if (command.connectionStatus !== undefined) {
      return this.handleConnectionStatus(context);
    } else if (command.currentOp !== undefined) {
      return this.handleCurrentOp(context);
    } else if (command.collMod !== undefined) {
      return this.handleCollMod(context);
    } else if (command.renameCollection !== undefined) {
      return this.handleRenameCollection(context);
    }

    return {
      ok: 0,
      errmsg: 'Unknown admin command',
      code: 59,
      codeName: 'CommandNotFound',
    };
  }

  /**
   * Handle ping command
   */
  private async handlePing(_context: IHandlerContext): Promise<plugins.bson.Document> {
    return { ok: 1 };
  }

  /**
   * Handle listDatabases command
   */
  private async handleListDatabases(context: IHandlerContext): Promise<plugins.bson.Document> {
    const { storage, command } = context;

    const dbNames = await storage.listDatabases();
    const nameOnly = command.nameOnly || false;

    if (nameOnly) {
      return {
        databases: dbNames.map(name => ({ name })),
        ok: 1,
      };
    }

    // Build database list with sizes
    const databases: plugins.bson.Document[] = [];
    let totalSize = 0;

    for (const name of dbNames) {
      let dbSize = 0;
      for (const collName of await storage.listCollections(name)) {
        dbSize += documentsSize(await storage.findAll(name, collName));
      }

      totalSize += dbSize;

      databases.push({
        name,
        sizeOnDisk: dbSize,
        empty: dbSize === 0,
      });
    }

    return {
      databases,
      totalSize,
      totalSizeMb: Math.floor(totalSize / (1024 * 1024)),
      ok: 1,
    };
  }

  /**
   * Handle listCollections command
   */
  private async handleListCollections(context: IHandlerContext): Promise<plugins.bson.Document> {
    const { storage, database, command } = context;

    const filter = isPlainDocument(command.filter) ? command.filter : {};
    const nameOnly = command.nameOnly || false;

    const collections: plugins.bson.Document[] = [];

    for (const name of await storage.listCollections(database)) {
      const info: plugins.bson.Document = {
        name,
        type: 'collection',
        options: (await storage.getCollectionOptions(database, name)) ?? {},
        info: {
          readOnly: false,
        },
        idIndex: {
          v: 2,
          key: { _id: 1 },
          name: '_id_',
        },
      };
      if (!QueryEngine.matches(info, filter)) continue;
      collections.push(nameOnly ? { name, type: 'collection' } : info);
    }

    return {
      cursor: {
        id: plugins.bson.Long.fromNumber(0),
        ns: `${database}.$cmd.listCollections`,
        firstBatch: collections,
      },
      ok: 1,
    };
  }

  /**
   * Handle drop command (drop collection)
   */
  private async handleDrop(context: IHandlerContext): Promise<plugins.bson.Document> {
    const { storage, database, command } = context;

    const collection = command.drop;

    const existed = await storage.dropCollection(database, collection);

    if (!existed) {
      return {
        ok: 0,
        errmsg: 'ns not found',
        code: 26,
        codeName: 'NamespaceNotFound',
      };
    }

    return { ns: `${database}.${collection}`, nIndexesWas: 1, ok: 1 };
  }

  /**
   * Handle dropDatabase command
   */
  private async handleDropDatabase(context: IHandlerContext): Promise<plugins.bson.Document> {
    const { storage, database } = context;

    await storage.dropDatabase(database);

    return { dropped: database, ok: 1 };
  }

  /**
   * Handle create command (create collection)
   */
  private async handleCreate(context: IHandlerContext): Promise<plugins.bson.Document> {
    const { storage, database, command } = context;

    const collection = command.create;
    if (typeof collection !== 'string' || !collection) {
      throw new CongoError('collection name must be a non-empty string', 73);
    }

    const options = Object.fromEntries(
      Object.entries(command).filter(([key]) => !key.startsWith('$') && !GENERIC_COMMAND_FIELDS.has(key))
    );
    if (options.capped || options.timeseries || options.viewOn) {
      throw new CongoError('capped collections, time series collections and views are not supported by the embedded MongoDB server', 115);
    }

    // Check if already exists
    const created = await storage.createCollection(database, collection, options);
    if (!created) {
      return {
        ok: 0,
        errmsg: `Collection ${database}.${collection} already exists.`,
        code: 48,
        codeName: 'NamespaceExists',
      };
    }

    return { ok: 1 };
  }

  /**
   * Handle serverStatus command
   */
  private async handleServerStatus(context: IHandlerContext): Promise<plugins.bson.Document> {
    const { server } = context;

    const uptime = server.getUptime();
    const connections = server.getConnectionCount();

    return {
      host: `${server.host}:${server.port}`,
      version: '7.0.0',
      process: 'congodb',
      pid: process.pid,
      uptime,
      uptimeMillis: uptime * 1000,
      uptimeEstimate: uptime,
      localTime: new Date(),
      mem: {
        resident: Math.floor(process.memoryUsage().rss / (1024 * 1024)),
        virtual: Math.floor(process.memoryUsage().heapTotal / (1024 * 1024)),
        supported: true,
      },
      connections: {
        current: connections,
        available: 1000 - connections,
        totalCreated: connections,
        active: connections,
      },
      storageEngine: {
        name: 'congodb',
        supportsCommittedReads: true,
        persistent: server.persistent,
      },
      ok: 1,
    };
  }

  /**
   * Handle buildInfo command
   */
  private async handleBuildInfo(_context: IHandlerContext): Promise<plugins.bson.Document> {
    return {
      version: '7.0.0',
      gitVersion: 'congodb',
      modules: [],
      allocator: 'system',
      javascriptEngine: 'none',
      sysInfo: 'deprecated',
      versionArray: [7, 0, 0, 0],
      bits: 64,
      debug: false,
      maxBsonObjectSize: 16777216,
      storageEngines: ['congodb'],
      ok: 1,
    };
  }

  /**
   * Handle whatsmyuri command
   */
  private async handleWhatsMyUri(context: IHandlerContext): Promise<plugins.bson.Document> {
    const { server } = context;
    return {
      you: `${server.host}:${server.port}`,
      ok: 1,
    };
  }

  /**
   * Handle getLog command
   */
  private async handleGetLog(context: IHandlerContext): Promise<plugins.bson.Document> {
    const { command } = context;

    if (command.getLog === '*') {
      return {
        names: ['global', 'startupWarnings'],
        ok: 1,
      };
    }

    return {
      totalLinesWritten: 0,
      log: [],
      ok: 1,
    };
  }

  /**
   * Handle hostInfo command
   */
  private async handleHostInfo(_context: IHandlerContext): Promise<plugins.bson.Document> {
    return {
      system: {
        currentTime: new Date(),
        hostname: 'localhost',
        cpuAddrSize: 64,
        numCores: 1,
        cpuArch: process.arch,
        numaEnabled: false,
      },
      os: {
        type: process.platform,
        name: process.platform,
        version: process.version,
      },
      extra: {},
      ok: 1,
    };
  }

  /**
   * Handle replSetGetStatus command
   */
  private async handleReplSetGetStatus(_context: IHandlerContext): Promise<plugins.bson.Document> {
    // We're standalone, not a replica set
    return {
      ok: 0,
      errmsg: 'not running with --replSet',
      code: 76,
      codeName: 'NoReplicationEnabled',
    };
  }

  /**
   * Handle saslStart / saslContinue: there is no authentication, so credentials cannot be accepted.
   */
  private async handleSasl(_context: IHandlerContext): Promise<plugins.bson.Document> {
    return {
      ok: 0,
      errmsg: 'Authentication is not supported by the embedded MongoDB server; connect without credentials',
      code: 18,
      codeName: 'AuthenticationFailed',
    };
  }

  /**
   * Handle endSessions command
   */
  private async handleEndSessions(_context: IHandlerContext): Promise<plugins.bson.Document> {
    return { ok: 1 };
  }

  /**
   * Handle collStats command
   */
  private async handleCollStats(context: IHandlerContext): Promise<plugins.bson.Document> {
    const { storage, database, command } = context;

    const collection = command.collStats;

    const exists = await storage.collectionExists(database, collection);
    if (!exists) {
      return {
        ok: 0,
        errmsg: `ns not found ${database}.${collection}`,
        code: 26,
        codeName: 'NamespaceNotFound',
      };
    }

    const docs = await storage.findAll(database, collection);
    const size = documentsSize(docs);
    const count = docs.length;

    const indexes = await storage.getIndexes(database, collection);

    return {
      ns: `${database}.${collection}`,
      count,
      size,
      avgObjSize: count > 0 ? Math.floor(size / count) : 0,
      storageSize: size,
      totalIndexSize: 0,
      indexSizes: Object.fromEntries(indexes.map((idx) => [idx.name, 0])),
      nindexes: indexes.length,
      ok: 1,
    };
  }

  /**
   * Handle dbStats command
   */
  private async handleDbStats(context: IHandlerContext): Promise<plugins.bson.Document> {
    const { storage, database } = context;

    const collections = await storage.listCollections(database);
    let totalSize = 0;
    let totalObjects = 0;
    let totalIndexes = 0;

    for (const collName of collections) {
      const docs = await storage.findAll(database, collName);
      totalObjects += docs.length;
      totalSize += documentsSize(docs);
      totalIndexes += (await storage.getIndexes(database, collName)).length;
    }

    return {
      db: database,
      collections: collections.length,
      views: 0,
      objects: totalObjects,
      avgObjSize: totalObjects > 0 ? totalSize / totalObjects : 0,
      dataSize: totalSize,
      storageSize: totalSize,
      indexes: totalIndexes,
      indexSize: 0,
      totalSize,
      ok: 1,
    };
  }

  /**
   * Handle connectionStatus command
   */
  private async handleConnectionStatus(_context: IHandlerContext): Promise<plugins.bson.Document> {
    return {
      authInfo: {
        authenticatedUsers: [],
        authenticatedUserRoles: [],
      },
      ok: 1,
    };
  }

  /**
   * Handle currentOp command
   */
  private async handleCurrentOp(_context: IHandlerContext): Promise<plugins.bson.Document> {
    return {
      inprog: [],
      ok: 1,
    };
  }

  /**
   * Handle collMod command: only index TTL changes are meaningful here and they are not supported.
   */
  private async handleCollMod(context: IHandlerContext): Promise<plugins.bson.Document> {
    const { storage, database, command } = context;
    if (!(await storage.collectionExists(database, command.collMod))) {
      throw new CongoError(`ns does not exist: ${database}.${command.collMod}`, 26);
    }
    if (command.index !== undefined || command.validator !== undefined) {
      throw new CongoError('collMod index and validator changes are not supported by the embedded MongoDB server', 115);
    }
    return { ok: 1 };
  }

  /**
   * Handle renameCollection command
   */
  private async handleRenameCollection(context: IHandlerContext): Promise<plugins.bson.Document> {
    const { storage, command } = context;

    const from = command.renameCollection;
    const to = command.to;
    const dropTarget = command.dropTarget || false;

    if (typeof from !== 'string' || typeof to !== 'string') {
      return {
        ok: 0,
        errmsg: 'renameCollection requires both source and target',
        code: 2,
        codeName: 'BadValue',
      };
    }

    // Parse namespace (format: "db.collection")
    const [fromDb, fromColl] = this.splitNamespace(from);
    const [toDb, toColl] = this.splitNamespace(to);

    if (!fromDb || !fromColl || !toDb || !toColl) {
      return {
        ok: 0,
        errmsg: 'Invalid namespace format',
        code: 73,
        codeName: 'InvalidNamespace',
      };
    }

    // Check if source exists
    const sourceExists = await storage.collectionExists(fromDb, fromColl);
    if (!sourceExists) {
      return {
        ok: 0,
        errmsg: `source namespace ${from} does not exist`,
        code: 26,
        codeName: 'NamespaceNotFound',
      };
    }

    // Check if target exists
    const targetExists = await storage.collectionExists(toDb, toColl);
    if (targetExists) {
      if (dropTarget) {
        await storage.dropCollection(toDb, toColl);
      } else {
        return {
          ok: 0,
          errmsg: `target namespace ${to} already exists`,
          code: 48,
          codeName: 'NamespaceExists',
        };
      }
    }

    await storage.renameCollection(fromDb, fromColl, toDb, toColl);

    return { ok: 1 };
  }

  private splitNamespace(namespace: string): [string, string] {
    const dot = namespace.indexOf('.');
    return dot === -1 ? [namespace, ''] : [namespace.slice(0, dot), namespace.slice(dot + 1)];
  }
}
