import { mkdir, open, readdir, readFile, rename, rmdir, unlink, writeFile } from 'fs/promises';
import * as path from 'path';
import * as plugins from '../congodb.plugins';
import { MemoryStorageAdapter } from './MemoryStorageAdapter';
import type { Document, IIndexSpecification, IStoredDocument } from '../types/interfaces';
import { idKeyOf } from '../engine/IndexEngine';

const FILE_FORMAT = 'congodb-ejson-1';
const FILE_SUFFIX = '.ejson';
const LOCK_FILE = 'congodb.lock';

interface ICollectionFile {
  format: string;
  collection: string;
  options?: Document;
  indexes?: IIndexSpecification[];
  documents?: Document[];
}

export interface IFileStorageOptions {
  /** How long changes may wait before they are written (default 200 ms). Writes are batched per collection. */
  flushDelayMs?: number;
}

/** Data directories held by this process (a second server on the same directory would clobber it). */
const openDirectories = new Set<string>();

function isErrnoException(error: unknown, code: string): boolean {
  return (error as NodeJS.ErrnoException)?.code === code;
}

/**
 * File-backed storage adapter for CongoDB: all data lives in memory (MemoryStorageAdapter) and each
 * collection is persisted as one Extended JSON file (canonical mode, so Date, ObjectId, Long,
 * Decimal128 and Binary keep their types) holding its options, index definitions and documents:
 * `<basePath>/<db>/<collection>.ejson`.
 *
 * Changed collections are written at most every `flushDelayMs`, each atomically (temp file, fsync,
 * rename), and everything pending is written by `close()`. A lock file keeps a second process
 * from using the same directory.
 */
export class FileStorageAdapter extends MemoryStorageAdapter {
  private basePath: string;
  private flushDelayMs: number;
  private dirty: Map<string, [string, string]> = new Map();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private flushing: Promise<void> | null = null;
  private loading = false;
  private closed = false;
  private failedFlushes = 0;
  private tmpCounter = 0;

  constructor(basePath: string, options: IFileStorageOptions = {}) {
    super();
    this.basePath = path.resolve(basePath);
    this.flushDelayMs = options.flushDelayMs ?? 200;
  }

  // ============================================================================
  // Helper Methods
  // ============================================================================

  private getDbPath(dbName: string): string {
    return path.join(this.basePath, encodeURIComponent(dbName));
  }

  private getCollectionPath(dbName: string, collName: string): string {
    return path.join(this.getDbPath(dbName), `${encodeURIComponent(collName)}${FILE_SUFFIX}`);
  }

  // ============================================================================
  // Initialization
  // ============================================================================

  override async initialize(): Promise<void> {
    await mkdir(this.basePath, { recursive: true });
    await this.acquireLock();
    this.closed = false;
    this.loading = true;
    try {
      const entries = await readdir(this.basePath, { withFileTypes: true });
      for (const entry of entries) {
        if (!entry.isDirectory()) continue;
        const dbName = decodeURIComponent(entry.name);
        const dbPath = path.join(this.basePath, entry.name);
        for (const file of await readdir(dbPath)) {
          const filePath = path.join(dbPath, file);
          if (file.endsWith('.tmp')) {
            await unlink(filePath).catch(() => undefined);
          } else if (file.endsWith(FILE_SUFFIX)) {
            await this.loadCollection(dbName, filePath);
          }
        }
      }
    } catch (error) {
      this.releaseLock();
      throw error;
    } finally {
      this.loading = false;
    }
  }

  override async close(): Promise<void> {
    this.closed = true;
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    for (let attempt = 0; attempt < 3 && (this.flushing || this.dirty.size > 0); attempt++) {
      await this.flush();
    }
    if (this.dirty.size > 0) {
      const pending = Array.from(this.dirty.values(), ([db, coll]) => `${db}.${coll}`).join(', ');
      throw new Error(`congodb: could not write ${pending} to ${this.basePath}`);
    }
    await unlink(path.join(this.basePath, LOCK_FILE)).catch(() => undefined);
    this.releaseLock();
  }

  /**
   * Write every pending change now.
   */
  override async flush(): Promise<void> {
    while (this.flushing) {
      await this.flushing;
    }
    if (this.dirty.size === 0) return;

    const batch = Array.from(this.dirty.values());
    this.dirty.clear();
    this.flushing = this.writeBatch(batch)
      .then((failures) => {
        this.failedFlushes = failures > 0 ? this.failedFlushes + 1 : 0;
      })
      .finally(() => {
        this.flushing = null;
      });
    await this.flushing;
    if (this.dirty.size > 0) this.scheduleFlush();
  }

  protected override onChange(dbName: string, collName: string): void {
    if (this.loading) return;
    this.dirty.set(`${dbName}\u0000${collName}`, [dbName, collName]);
    this.scheduleFlush();
  }

  private scheduleFlush(): void {
    if (this.timer || this.closed) return;
    // Back off while writes keep failing (disk full, permissions) instead of retrying every tick
    const delay = Math.min(this.flushDelayMs * 2 ** this.failedFlushes, 10000);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flush().catch((error) => console.error('congodb: flush failed', error));
    }, delay);
  }

  /**
   * Write (or remove) the files of the given collections.
   * @returns how many could not be written (they stay dirty)
   */
  private async writeBatch(batch: Array<[string, string]>): Promise<number> {
    let failures = 0;
    for (const [dbName, collName] of batch) {
      try {
        const state = this.getCollectionState(dbName, collName);
        if (state) {
          const content: ICollectionFile = {
            format: FILE_FORMAT,
            collection: collName,
            options: state.options,
            indexes: state.indexes.listIndexes(),
            documents: Array.from(state.documents.values()),
          };
          await this.writeAtomically(
            this.getCollectionPath(dbName, collName),
            plugins.bson.EJSON.stringify(content, { relaxed: false })
          );
        } else {
          await unlink(this.getCollectionPath(dbName, collName)).catch((error) => {
            if (!isErrnoException(error, 'ENOENT')) throw error;
          });
          if (!this.databases.has(dbName)) {
            await rmdir(this.getDbPath(dbName)).catch(() => undefined);
          }
        }
      } catch (error) {
        failures++;
        this.dirty.set(`${dbName}\u0000${collName}`, [dbName, collName]);
        console.error(`congodb: could not persist ${dbName}.${collName}`, error);
      }
    }
    return failures;
  }

  private async writeAtomically(filePath: string, text: string): Promise<void> {
    await mkdir(path.dirname(filePath), { recursive: true });
    const tmpPath = `${filePath}.${process.pid}.${++this.tmpCounter}.tmp`;
    const handle = await open(tmpPath, 'w');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmpPath, filePath);
  }

  private async loadCollection(dbName: string, filePath: string): Promise<void> {
    const parsed = plugins.bson.EJSON.parse(await readFile(filePath, 'utf8'), { relaxed: false }) as ICollectionFile;
    if (parsed.format !== FILE_FORMAT || typeof parsed.collection !== 'string') {
      throw new Error(`congodb: ${filePath} is not a collection file`);
    }
    // A BSON round trip gives exactly the values the wire protocol would (numbers promoted, Long kept when large)
    const asFromWire = <T extends Document>(value: T): T => plugins.bson.deserialize(plugins.bson.serialize(value)) as T;

    const state = this.ensureCollection(dbName, parsed.collection, asFromWire(parsed.options ?? {}));
    for (const spec of parsed.indexes ?? []) {
      if (spec.name !== '_id_') state.indexes.createIndex(asFromWire(spec), []);
    }
    for (const raw of parsed.documents ?? []) {
      const doc = asFromWire(raw) as IStoredDocument;
      try {
        state.indexes.onInsert(doc);
      } catch (error) {
        throw new Error(`congodb: ${filePath} violates an index: ${(error as Error).message}`);
      }
      state.documents.set(idKeyOf(doc._id), doc);
    }
  }

  private async acquireLock(): Promise<void> {
    if (openDirectories.has(this.basePath)) {
      throw new Error(`congodb: data directory ${this.basePath} is already open in this process`);
    }
    const lockPath = path.join(this.basePath, LOCK_FILE);
    try {
      const owner = Number((await readFile(lockPath, 'utf8')).trim());
      if (owner && owner !== process.pid && this.processAlive(owner)) {
        throw new Error(`congodb: data directory ${this.basePath} is in use by process ${owner}`);
      }
    } catch (error) {
      if (!isErrnoException(error, 'ENOENT')) throw error;
    }
    await writeFile(lockPath, String(process.pid), 'utf8');
    openDirectories.add(this.basePath);
  }

  private releaseLock(): void {
    openDirectories.delete(this.basePath);
  }

  private processAlive(pid: number): boolean {
    try {
      process.kill(pid, 0);
      return true;
    } catch (error) {
      return isErrnoException(error, 'EPERM');
    }
  }
}
