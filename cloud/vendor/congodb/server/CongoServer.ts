import * as net from 'net';
import { WireProtocol, WireProtocolError, OP_QUERY } from './WireProtocol';
import type { IParsedCommand } from './WireProtocol';
import { CommandRouter } from './CommandRouter';
import { CollectionLocks } from './CollectionLocks';
import { MemoryStorageAdapter } from '../storage/MemoryStorageAdapter';
import { FileStorageAdapter } from '../storage/FileStorageAdapter';
import type { IStorageAdapter } from '../storage/IStorageAdapter';
import { getPathValues } from '../engine/BsonValues';

/**
 * Server configuration options
 */
export interface ICongoServerOptions {
  /** Port to listen on (default: 27017; 0 picks a free port, see `port` after start) */
  port?: number;
  /** Host to bind to (default: 127.0.0.1) */
  host?: string;
  /** Storage type: 'memory' or 'file' (default: 'memory') */
  storage?: 'memory' | 'file';
  /** Data directory for file storage (default: ./data) */
  storagePath?: string;
  /** File storage: how long written changes may wait before being fsynced (default 200 ms) */
  flushDelayMs?: number;
  /** File storage: log size from which it is compacted into a new snapshot (default 4 MiB) */
  compactMinBytes?: number;
  /** How often expired TTL documents and idle cursors are removed (default 60000 ms, like mongod) */
  maintenanceIntervalMs?: number;
}

/**
 * Connection state for each client
 */
interface IConnectionState {
  id: number;
  socket: net.Socket;
  /** Received, not yet processed bytes (joined only once a whole message is there). */
  chunks: Buffer[];
  buffered: number;
  processing: boolean;
}

/** Cursors not used for this long are dropped (mongod's default cursor timeout). */
const CURSOR_IDLE_TIMEOUT_MS = 10 * 60 * 1000;

/**
 * CongoServer - MongoDB Wire Protocol compatible server
 *
 * This server implements the MongoDB wire protocol (OP_MSG) to allow
 * official MongoDB drivers to connect and perform operations.
 *
 * @example
 * ```typescript
 * const server = new CongoServer({ port: 0, storage: 'file', storagePath: './data' });
 * await server.start();
 *
 * const client = new MongoClient(server.getConnectionUri());
 * await client.connect();
 * ```
 */
export class CongoServer {
  private options: Required<ICongoServerOptions>;
  private server: net.Server | null = null;
  private storage: IStorageAdapter;
  private locks = new CollectionLocks();
  private commandRouter: CommandRouter;
  private connections: Map<number, IConnectionState> = new Map();
  private inFlight: Set<Promise<void>> = new Set();
  private connectionIdCounter = 0;
  private isRunning = false;
  private startTime: Date = new Date();
  private actualPort = 0;
  private maintenanceTimer: ReturnType<typeof setInterval> | null = null;

  constructor(options: ICongoServerOptions = {}) {
    this.options = {
      port: options.port ?? 27017,
      host: options.host ?? '127.0.0.1',
      storage: options.storage ?? 'memory',
      storagePath: options.storagePath ?? './data',
      flushDelayMs: options.flushDelayMs ?? 200,
      compactMinBytes: options.compactMinBytes ?? 4 * 1024 * 1024,
      maintenanceIntervalMs: options.maintenanceIntervalMs ?? 60000,
    };

    // Create storage adapter
    if (this.options.storage === 'file') {
      this.storage = new FileStorageAdapter(this.options.storagePath, {
        flushDelayMs: this.options.flushDelayMs,
        compactMinBytes: this.options.compactMinBytes,
      });
    } else {
      this.storage = new MemoryStorageAdapter();
    }

    // Create command router
    this.commandRouter = new CommandRouter(this.storage, this, this.locks);
  }

  /**
   * Get the storage adapter (for testing/debugging)
   */
  getStorage(): IStorageAdapter {
    return this.storage;
  }

  /**
   * Get server uptime in seconds
   */
  getUptime(): number {
    return Math.floor((Date.now() - this.startTime.getTime()) / 1000);
  }

  /**
   * Get current connection count
   */
  getConnectionCount(): number {
    return this.connections.size;
  }

  /**
   * Start the server
   */
  async start(): Promise<void> {
    if (this.isRunning) {
      throw new Error('Server is already running');
    }

    // Initialize storage
    await this.storage.initialize();

    try {
      await new Promise<void>((resolve, reject) => {
        const server = net.createServer({ noDelay: true }, (socket) => {
          this.handleConnection(socket);
        });
        this.server = server;

        server.on('error', (err) => {
          if (!this.isRunning) {
            reject(err);
          } else {
            console.error('congodb: server error', err);
          }
        });

        server.listen(this.options.port, this.options.host, () => {
          const address = server.address();
          this.actualPort = typeof address === 'object' && address ? address.port : this.options.port;
          this.isRunning = true;
          this.startTime = new Date();
          resolve();
        });
      });
    } catch (error) {
      this.server = null;
      await this.storage.close();
      throw error;
    }

    this.maintenanceTimer = setInterval(() => {
      this.runMaintenance().catch((error) => console.error('congodb: maintenance failed', error));
    }, this.options.maintenanceIntervalMs);
    this.maintenanceTimer.unref();
  }

  /**
   * Stop the server: stop listening, close connections, let running commands finish and
   * write everything pending to disk.
   */
  async stop(): Promise<void> {
    if (!this.isRunning || !this.server) {
      return;
    }
    this.isRunning = false;

    if (this.maintenanceTimer) {
      clearInterval(this.maintenanceTimer);
      this.maintenanceTimer = null;
    }

    const server = this.server;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));

    // Close all connections
    for (const conn of this.connections.values()) {
      conn.socket.destroy();
    }
    this.connections.clear();
    await closed;
    this.server = null;

    while (this.inFlight.size > 0) {
      await Promise.allSettled(Array.from(this.inFlight));
    }

    // Close storage
    await this.storage.close();
  }

  /**
   * Make every write acknowledged so far durable on disk (no-op for memory storage).
   */
  async flush(): Promise<void> {
    await this.storage.flush();
  }

  /**
   * Remove expired TTL documents (single-field indexes with expireAfterSeconds on Date values)
   * and idle cursors. Runs every `maintenanceIntervalMs`.
   */
  async runMaintenance(now: Date = new Date()): Promise<number> {
    this.commandRouter.expireCursors(CURSOR_IDLE_TIMEOUT_MS, now.getTime());
    let removed = 0;
    for (const dbName of await this.storage.listDatabases()) {
      for (const collName of await this.storage.listCollections(dbName)) {
        const ttlIndexes = await this.storage.getTtlIndexes(dbName, collName);
        if (ttlIndexes.length === 0) continue;
        removed += await this.locks.run([`${dbName}.${collName}`], async () => {
          const expired: unknown[] = [];
          for (const doc of await this.storage.findAll(dbName, collName)) {
            const isExpired = ttlIndexes.some(({ field, expireAfterSeconds }) =>
              getPathValues(doc, field).some(
                (value) => value instanceof Date && value.getTime() + expireAfterSeconds * 1000 <= now.getTime()
              )
            );
            if (isExpired) expired.push(doc._id);
          }
          return this.storage.deleteByIds(dbName, collName, expired);
        });
      }
    }
    return removed;
  }

  /**
   * Handle a new client connection
   */
  private handleConnection(socket: net.Socket): void {
    const connectionId = ++this.connectionIdCounter;

    const state: IConnectionState = {
      id: connectionId,
      socket,
      chunks: [],
      buffered: 0,
      processing: false,
    };

    this.connections.set(connectionId, state);

    socket.on('data', (data) => {
      state.chunks.push(data);
      state.buffered += data.length;
      if (!state.processing) {
        const task: Promise<void> = this.processMessages(state)
          .catch(() => {
            socket.destroy();
          })
          .finally(() => this.inFlight.delete(task));
        this.inFlight.add(task);
      }
    });

    socket.on('close', () => {
      this.connections.delete(connectionId);
    });

    socket.on('error', () => {
      // Connection errors are expected when clients disconnect
      this.connections.delete(connectionId);
    });
  }

  /**
   * Process complete messages from the buffer, one at a time per connection
   */
  private async processMessages(state: IConnectionState): Promise<void> {
    state.processing = true;
    try {
      while (!state.socket.destroyed) {
        if (state.buffered < 16) return;
        let header;
        try {
          header = WireProtocol.peekMessage(this.contiguous(state, 16));
        } catch (error) {
          // The stream cannot be resynchronised
          if (error instanceof WireProtocolError) state.socket.destroy();
          return;
        }
        if (!header || state.buffered < header.messageLength) return;

        const messageBuffer = this.consume(state, header.messageLength);

        let command: IParsedCommand;
        try {
          command = WireProtocol.parseMessage(messageBuffer, header);
        } catch (error) {
          this.write(state, WireProtocol.encodeErrorResponse(
            header.requestID,
            2,
            error instanceof Error ? error.message : 'Invalid message',
            header.opCode
          ));
          continue;
        }

        // Process the command; its changes (and any it has seen) are in the log before it is answered
        const response = await this.commandRouter.route(command, state.id);
        await this.storage.persist();
        if (command.moreToCome) continue;

        // Encode and send response
        let responseBuffer: Buffer;
        try {
          responseBuffer = command.opCode === OP_QUERY
            ? WireProtocol.encodeOpReplyResponse(command.requestID, [response])
            : WireProtocol.encodeOpMsgResponse(command.requestID, response);
        } catch (error) {
          responseBuffer = WireProtocol.encodeErrorResponse(
            command.requestID,
            1,
            `could not encode reply: ${error instanceof Error ? error.message : String(error)}`,
            command.opCode
          );
        }
        this.write(state, responseBuffer);
      }
    } finally {
      state.processing = false;
    }
  }

  /**
   * The buffered bytes as one buffer starting with at least `length` bytes.
   */
  private contiguous(state: IConnectionState, length: number): Buffer {
    const first = state.chunks[0];
    if (first && first.length >= length) return first;
    const joined = Buffer.concat(state.chunks, state.buffered);
    state.chunks = [joined];
    return joined;
  }

  /**
   * Remove and return the next `length` buffered bytes.
   */
  private consume(state: IConnectionState, length: number): Buffer {
    const joined = this.contiguous(state, length);
    const message = joined.subarray(0, length);
    const rest = joined.subarray(length);
    state.chunks.shift();
    if (rest.length > 0) state.chunks.unshift(rest);
    state.buffered -= length;
    return message;
  }

  private write(state: IConnectionState, data: Buffer): void {
    if (!state.socket.destroyed) {
      state.socket.write(data);
    }
  }

  /**
   * Get the connection URI for this server
   */
  getConnectionUri(): string {
    return `mongodb://${this.options.host}:${this.port}/?directConnection=true`;
  }

  /**
   * Check if the server is running
   */
  get running(): boolean {
    return this.isRunning;
  }

  /**
   * True when data is kept on disk
   */
  get persistent(): boolean {
    return this.options.storage === 'file';
  }

  /**
   * Get the port the server is listening on
   */
  get port(): number {
    return this.actualPort || this.options.port;
  }

  /**
   * Get the host the server is bound to
   */
  get host(): string {
    return this.options.host;
  }
}
