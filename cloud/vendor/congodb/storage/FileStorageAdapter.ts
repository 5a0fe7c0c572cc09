import { mkdir, open, readdir, readFile, rename, rmdir, truncate, unlink, writeFile } from 'fs/promises';
import type { FileHandle } from 'fs/promises';
import * as path from 'path';
import { crc32 } from 'zlib';
import * as plugins from '../congodb.plugins';
import { MemoryStorageAdapter } from './MemoryStorageAdapter';
import type { Document, IIndexSpecification, IStoredDocument } from '../types/interfaces';
import { idKeyOf } from '../engine/IndexEngine';

const SNAPSHOT_FILE = 'snapshot.ejsonl';
const LOG_PREFIX = 'log.';
const LOG_SUFFIX = '.ejsonl';
const LOCK_FILE = 'congodb.lock';
const SNAPSHOT_FORMAT = 'congodb-snapshot-1';
/** Collection files of the previous format (one EJSON file per collection), migrated on start. */
const LEGACY_FORMAT = 'congodb-ejson-1';
const LEGACY_SUFFIX = '.ejson';
/** Documents serialized per slice of a snapshot before yielding to the event loop. */
const SNAPSHOT_SLICE = 500;

/**
 * One line of the log or the snapshot. The snapshot is a log that starts from nothing:
 * `coll` records (options and indexes) followed by `put` records.
 */
type IRecord =
  | { op: 'put'; db: string; c: string; d: IStoredDocument }
  | { op: 'del'; db: string; c: string; id: unknown }
  | { op: 'coll'; db: string; c: string; options: Document; indexes: IIndexSpecification[] }
  | { op: 'drop'; db: string; c: string }
  | { op: 'rename'; db: string; c: string; toDb: string; toC: string }
  | { op: 'snapshot'; format: string; log: number }
  | { op: 'end'; records: number };

interface ILegacyCollectionFile {
  format: string;
  collection: string;
  options?: Document;
  indexes?: IIndexSpecification[];
  documents?: Document[];
}

/** Encoded log lines of one generation, waiting to be written. */
interface ISegment {
  generation: number;
  lines: string[];
}

export interface IFileStorageOptions {
  /** How often written log records are fsynced (default 200 ms); `flush()` and `close()` sync at once. */
  flushDelayMs?: number;
  /** The log is compacted into a new snapshot once it holds at least this many bytes (default 4 MiB)... */
  compactMinBytes?: number;
  /** ...and at least this multiple of the snapshot's size (default 0.5), so compaction costs O(1) per write. */
  compactRatio?: number;
}

/** Statistics about the files, for tests and benchmarks. */
export interface IFileStorageStats {
  generation: number;
  logBytes: number;
  snapshotBytes: number;
  compactions: number;
  /** Bytes appended to the log since start. */
  bytesLogged: number;
}

/** Data directories held by this process (a second server on the same directory would clobber it). */
const openDirectories = new Set<string>();

function isErrnoException(error: unknown, code: string): boolean {
  return (error as NodeJS.ErrnoException)?.code === code;
}

/** `<crc32 as 8 hex digits> <canonical EJSON>\n` */
function encodeRecord(record: IRecord): string {
  const json = plugins.bson.EJSON.stringify(record as Document, { relaxed: false });
  return `${(crc32(json) >>> 0).toString(16).padStart(8, '0')} ${json}\n`;
}

/** The record of one line (without its newline), or null when the line is torn or corrupt. */
function decodeRecord(line: string): IRecord | null {
  if (line.length < 10 || line[8] !== ' ') return null;
  const json = line.slice(9);
  if (Number.parseInt(line.slice(0, 8), 16) !== crc32(json) >>> 0) return null;
  try {
    return fromCanonical(JSON.parse(json)) as IRecord;
  } catch {
    return null;
  }
}

/** A BSON round trip gives exactly the values the wire protocol would (numbers promoted, Long kept when large). */
function asFromWire<T>(value: T): T {
  return (plugins.bson.deserialize(plugins.bson.serialize({ v: value })) as { v: T }).v;
}

function parseDouble(text: string): number {
  return text === '-0' ? -0 : Number(text);
}

/**
 * Canonical Extended JSON (as parsed by JSON.parse) to the values the wire protocol gives:
 * numbers as JS numbers (a Long only when it does not fit), ObjectId, Date, and for the rarer types
 * whatever a BSON round trip of bson's own EJSON reading gives. The common types are decoded here
 * in one pass, which is several times faster than `EJSON.parse` + a BSON round trip.
 */
function fromCanonical(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = fromCanonical(value[i]);
    return value;
  }
  const object = value as Record<string, unknown>;
  let first: string | undefined;
  let count = 0;
  for (const key in object) {
    if (count++ === 0) first = key;
    if (count > 1) break;
  }
  if (first !== undefined && first.charCodeAt(0) === 36 /* $ */) {
    const inner = object[first];
    if (count === 1) {
      switch (first) {
        case '$oid':
          return plugins.bson.ObjectId.createFromHexString(inner as string);
        case '$numberInt':
          return Number(inner);
        case '$numberDouble':
          return parseDouble(inner as string);
        case '$numberLong': {
          const long = plugins.bson.Long.fromString(inner as string);
          return long.greaterThanOrEqual(Number.MIN_SAFE_INTEGER) && long.lessThanOrEqual(Number.MAX_SAFE_INTEGER) ? long.toNumber() : long;
        }
        case '$date': {
          const ms = (inner as { $numberLong?: string }).$numberLong;
          if (typeof ms === 'string') return new Date(Number(ms));
          break;
        }
      }
    }
    return asFromWire(plugins.bson.EJSON.deserialize(object, { relaxed: false }));
  }
  for (const key in object) object[key] = fromCanonical(object[key]);
  return object;
}

/**
 * File-backed storage adapter for CongoDB: all data lives in memory (MemoryStorageAdapter) and is
 * persisted as an append-only log of changes plus a snapshot, both in canonical Extended JSON (so
 * Date, ObjectId, Long, Decimal128 and Binary keep their types), one record per line with a CRC-32:
 *
 * - `<basePath>/log.<generation>.ejsonl`: every change (document put or delete, collection created,
 *   indexes changed, dropped, renamed), appended before the write is acknowledged (see `persist`).
 *   A write costs the size of the changed documents, whatever the size of the collection.
 * - `<basePath>/snapshot.ejsonl`: the whole data set as it was when log `<generation>` began.
 *   Once the log is larger than `compactMinBytes` and `compactRatio` × the snapshot, a new snapshot
 *   is written in the background (temp file, fsync, rename) and the older logs are deleted.
 *
 * A clean `close()` compacts a log that is due. Start = snapshot + the logs after it. A torn last record (a crash while appending) is cut off;
 * a bad record anywhere else stops the start rather than silently losing data. Written records are
 * fsynced every `flushDelayMs`, on `flush()` and on `close()`. A lock file keeps a second process
 * from using the same directory.
 */
export class FileStorageAdapter extends MemoryStorageAdapter {
  private basePath: string;
  private flushDelayMs: number;
  private compactMinBytes: number;
  private compactRatio: number;
  private loading = false;
  private closed = false;

  private generation = 1;
  private logBytes = 0;
  private snapshotBytes = 0;
  private compactions = 0;
  private bytesLogged = 0;

  private segments: ISegment[] = [];
  private recorded = 0;
  private written = 0;
  private writing: Promise<void> | null = null;
  private failedWrites = 0;
  private handles: Map<number, { handle: FileHandle; size: number }> = new Map();
  private unsynced: Set<number> = new Set();
  private syncing: Promise<void> = Promise.resolve();
  private syncTimer: ReturnType<typeof setTimeout> | null = null;
  private compacting: Promise<void> | null = null;
  private tmpCounter = 0;

  constructor(basePath: string, options: IFileStorageOptions = {}) {
    super();
    this.basePath = path.resolve(basePath);
    this.flushDelayMs = options.flushDelayMs ?? 200;
    this.compactMinBytes = options.compactMinBytes ?? 4 * 1024 * 1024;
    this.compactRatio = options.compactRatio ?? 0.5;
  }

  // ============================================================================
  // Start and stop
  // ============================================================================

  override async initialize(): Promise<void> {
    await mkdir(this.basePath, { recursive: true });
    await this.acquireLock();
    this.closed = false;
    this.loading = true;
    try {
      await this.load();
    } catch (error) {
      this.releaseLock();
      throw error;
    } finally {
      this.loading = false;
    }
  }

  override async close(): Promise<void> {
    this.closed = true;
    if (this.syncTimer) clearTimeout(this.syncTimer);
    this.syncTimer = null;
    await this.compacting;
    for (let attempt = 0; attempt < 3 && this.written < this.recorded; attempt++) {
      await this.writePending().catch(() => undefined);
    }
    if (this.written < this.recorded) {
      throw new Error(`congodb: could not write ${this.recorded - this.written} changes to ${this.basePath}`);
    }
    // A log due for compaction is compacted now rather than read whole by the next start
    if (this.compactionDue()) await this.writeSnapshot();
    await this.syncAll();
    await this.closeLogs(() => true);
    await unlink(path.join(this.basePath, LOCK_FILE)).catch(() => undefined);
    this.releaseLock();
  }

  /**
   * Hand every change made so far to the operating system (it then survives a crash of this
   * process). Called before each reply, so an acknowledged write is in the log.
   */
  override async persist(): Promise<void> {
    const target = this.recorded;
    while (this.written < target) {
      try {
        await this.startWriting();
      } catch (error) {
        if (this.closed) throw error;
        // Disk full or the like: wait (with backoff) and try again; the caller's reply waits too
        await new Promise((resolve) => setTimeout(resolve, Math.min(this.flushDelayMs * 2 ** this.failedWrites, 10000)));
      }
    }
  }

  /**
   * Make every change made so far durable on disk (written and fsynced).
   */
  override async flush(): Promise<void> {
    await this.persist();
    await this.syncAll();
  }

  /** File statistics (log generation and sizes). */
  getStats(): IFileStorageStats {
    return {
      generation: this.generation,
      logBytes: this.logBytes,
      snapshotBytes: this.snapshotBytes,
      compactions: this.compactions,
      bytesLogged: this.bytesLogged,
    };
  }

  /**
   * Write a new snapshot now and drop the logs it replaces (normally this happens by itself once
   * the log has grown past the thresholds).
   */
  async compact(): Promise<void> {
    while (this.compacting) await this.compacting;
    this.compacting = this.writeSnapshot().finally(() => {
      this.compacting = null;
    });
    await this.compacting;
  }

  // ============================================================================
  // Recording changes
  // ============================================================================

  protected override onPut(dbName: string, collName: string, doc: IStoredDocument): void {
    this.record({ op: 'put', db: dbName, c: collName, d: doc });
  }

  protected override onDelete(dbName: string, collName: string, id: unknown): void {
    this.record({ op: 'del', db: dbName, c: collName, id });
  }

  protected override onCollection(dbName: string, collName: string): void {
    const state = this.getCollectionState(dbName, collName);
    if (!state) return;
    this.record({ op: 'coll', db: dbName, c: collName, options: { ...state.options }, indexes: state.indexes.listIndexes() });
  }

  protected override onDrop(dbName: string, collName: string): void {
    this.record({ op: 'drop', db: dbName, c: collName });
  }

  protected override onRename(fromDb: string, fromColl: string, toDb: string, toColl: string): void {
    this.record({ op: 'rename', db: fromDb, c: fromColl, toDb, toC: toColl });
  }

  private record(record: IRecord): void {
    if (this.loading) return;
    const line = encodeRecord(record);
    let segment = this.segments[this.segments.length - 1];
    if (!segment || segment.generation !== this.generation) {
      segment = { generation: this.generation, lines: [] };
      this.segments.push(segment);
    }
    segment.lines.push(line);
    this.recorded++;
    this.scheduleSync();
  }

  // ============================================================================
  // Writing the log (group commit)
  // ============================================================================

  private startWriting(): Promise<void> {
    if (!this.writing) {
      this.writing = this.writePending().finally(() => {
        this.writing = null;
      });
    }
    return this.writing;
  }

  /**
   * Append everything recorded so far to the logs of the generations it was recorded in. On a
   * failure (disk full) the file is cut back to its last whole record and the records stay pending.
   */
  private async writePending(): Promise<void> {
    while (this.segments.length > 0) {
      const segment = this.segments[0] as ISegment;
      if (segment.lines.length === 0) {
        if (this.segments.length === 1 && segment.generation === this.generation) break;
        this.segments.shift();
        continue;
      }
      const lines = segment.lines;
      const count = lines.length;
      const text = lines.join('');
      segment.lines = [];
      const log = await this.logHandle(segment.generation);
      const bytes = Buffer.byteLength(text);
      try {
        await log.handle.writeFile(text, 'utf8');
      } catch (error) {
        await log.handle.truncate(log.size).catch(() => undefined);
        segment.lines = lines.concat(segment.lines);
        this.failedWrites++;
        console.error(`congodb: could not append to the log in ${this.basePath}`, error);
        throw error;
      }
      log.size += bytes;
      this.failedWrites = 0;
      this.bytesLogged += bytes;
      if (segment.generation === this.generation) this.logBytes += bytes;
      this.written += count;
      this.unsynced.add(segment.generation);
    }
    this.scheduleSync();
    this.maybeCompact();
  }

  /** Within `flushDelayMs` of a change, write what is pending (if no reply did) and fsync it. */
  private scheduleSync(): void {
    if (this.syncTimer || this.closed || this.loading) return;
    this.syncTimer = setTimeout(() => {
      this.syncTimer = null;
      this.flush().catch((error) => console.error('congodb: flush failed', error));
    }, this.flushDelayMs);
  }

  /** fsync every log written since the last sync (one sync at a time). */
  private syncAll(): Promise<void> {
    this.syncing = this.syncing.then(async () => {
      const generations = Array.from(this.unsynced);
      this.unsynced.clear();
      for (const generation of generations) {
        await this.handles.get(generation)?.handle.datasync();
      }
    });
    return this.syncing;
  }

  /** Close the log files of the chosen generations (after the syncs under way). */
  private async closeLogs(which: (generation: number) => boolean): Promise<void> {
    await this.syncing;
    for (const [generation, log] of this.handles) {
      if (which(generation)) {
        this.handles.delete(generation);
        await log.handle.close();
      }
    }
  }

  private logPath(generation: number): string {
    return path.join(this.basePath, `${LOG_PREFIX}${generation}${LOG_SUFFIX}`);
  }

  private async logHandle(generation: number): Promise<{ handle: FileHandle; size: number }> {
    let log = this.handles.get(generation);
    if (!log) {
      const handle = await open(this.logPath(generation), 'a');
      log = { handle, size: (await handle.stat()).size };
      this.handles.set(generation, log);
    }
    return log;
  }

  // ============================================================================
  // Compaction
  // ============================================================================

  private compactionDue(): boolean {
    return this.logBytes >= this.compactMinBytes && this.logBytes >= this.compactRatio * this.snapshotBytes;
  }

  private maybeCompact(): void {
    if (this.compacting || this.closed || this.loading || !this.compactionDue()) return;
    this.compacting = this.writeSnapshot()
      .catch((error) => console.error('congodb: compaction failed', error))
      .finally(() => {
        this.compacting = null;
        // Writes went on meanwhile: the new log may already be due
        this.maybeCompact();
      });
  }

  /**
   * Capture the data set (documents are never mutated, so holding the references is enough) and
   * start a new log generation in the same synchronous step, so the snapshot is exactly the state
   * at the start of the new log. Then write it in slices, rename it into place and delete the
   * logs it replaces.
   */
  private async writeSnapshot(): Promise<void> {
    const captured: Array<{ db: string; c: string; options: Document; indexes: IIndexSpecification[]; docs: IStoredDocument[] }> = [];
    for (const [dbName, collections] of this.databases) {
      for (const [collName, state] of collections) {
        captured.push({
          db: dbName,
          c: collName,
          options: { ...state.options },
          indexes: state.indexes.listIndexes(),
          docs: Array.from(state.documents.values()),
        });
      }
    }
    const previous = this.generation;
    const generation = previous + 1;
    this.generation = generation;
    this.logBytes = 0;

    const finalPath = path.join(this.basePath, SNAPSHOT_FILE);
    const tmpPath = `${finalPath}.${process.pid}.${++this.tmpCounter}.tmp`;
    const handle = await open(tmpPath, 'w');
    let bytes = 0;
    let records = 0;
    const write = async (lines: string[]) => {
      const text = lines.join('');
      bytes += Buffer.byteLength(text);
      records += lines.length;
      await handle.writeFile(text, 'utf8');
    };
    try {
      await write([encodeRecord({ op: 'snapshot', format: SNAPSHOT_FORMAT, log: generation })]);
      for (const { db, c, options, indexes, docs } of captured) {
        await write([encodeRecord({ op: 'coll', db, c, options, indexes })]);
        for (let i = 0; i < docs.length; i += SNAPSHOT_SLICE) {
          const lines = docs.slice(i, i + SNAPSHOT_SLICE).map((d) => encodeRecord({ op: 'put', db, c, d }));
          await write(lines);
          await new Promise((resolve) => setImmediate(resolve));
        }
      }
      await write([encodeRecord({ op: 'end', records })]);
      await handle.sync();
    } catch (error) {
      await handle.close();
      await unlink(tmpPath).catch(() => undefined);
      throw error;
    }
    await handle.close();
    await rename(tmpPath, finalPath);
    await this.syncDirectory();
    this.snapshotBytes = bytes;
    this.compactions++;

    // Records of the replaced generations may still be on their way to their logs
    await this.persist();
    await this.syncAll();
    await this.closeLogs((gen) => gen <= previous);
    for (const gen of await this.logGenerations()) {
      if (gen <= previous) await unlink(this.logPath(gen)).catch(() => undefined);
    }
  }

  private async syncDirectory(): Promise<void> {
    const dir = await open(this.basePath, 'r');
    try {
      await dir.sync();
    } catch (error) {
      // Some file systems cannot fsync a directory; the rename is then as durable as they make it
      if (!isErrnoException(error, 'EINVAL') && !isErrnoException(error, 'EPERM')) throw error;
    } finally {
      await dir.close();
    }
  }

  // ============================================================================
  // Loading
  // ============================================================================

  private async logGenerations(): Promise<number[]> {
    const generations: number[] = [];
    for (const name of await readdir(this.basePath)) {
      const match = /^log\.(\d+)\.ejsonl$/.exec(name);
      if (match) generations.push(Number(match[1]));
    }
    return generations.sort((a, b) => a - b);
  }

  private async load(): Promise<void> {
    const entries = await readdir(this.basePath, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.isFile() && entry.name.endsWith('.tmp')) {
        await unlink(path.join(this.basePath, entry.name)).catch(() => undefined);
      }
    }

    let snapshotGeneration = 0;
    const snapshotPath = path.join(this.basePath, SNAPSHOT_FILE);
    const snapshot = await readFile(snapshotPath).catch((error) => {
      if (isErrnoException(error, 'ENOENT')) return null;
      throw error;
    });
    if (snapshot) {
      snapshotGeneration = this.replaySnapshot(snapshot, snapshotPath);
      this.snapshotBytes = snapshot.length;
    }

    const generations = await this.logGenerations();
    const live = generations.filter((gen) => gen >= snapshotGeneration);
    for (const gen of generations) {
      if (gen < snapshotGeneration) await unlink(this.logPath(gen)).catch(() => undefined);
    }
    for (const [i, gen] of live.entries()) {
      const logPath = this.logPath(gen);
      const content = await readFile(logPath);
      const validBytes = this.replayLog(content, logPath, i === live.length - 1);
      if (validBytes < content.length) {
        console.error(`congodb: cut a torn record (${content.length - validBytes} bytes) off the end of ${logPath}`);
        await truncate(logPath, validBytes);
      }
      if (i === live.length - 1) this.logBytes = validBytes;
    }
    this.generation = Math.max(snapshotGeneration, live[live.length - 1] ?? 0, 1);

    const legacy = entries.filter((entry) => entry.isDirectory());
    if (legacy.length > 0) await this.migrateLegacy(legacy.map((entry) => entry.name), snapshot !== null);
  }

  /**
   * Replay a snapshot; it must be complete (it was renamed into place only once written and synced).
   * @returns the log generation it precedes
   */
  private replaySnapshot(content: Buffer, filePath: string): number {
    let header: number | null = null;
    let ended = false;
    let count = 0;
    this.forEachLine(content, (line) => {
      const record = decodeRecord(line);
      if (!record || ended) throw new Error(`congodb: ${filePath} is damaged (record ${count + 1})`);
      if (record.op === 'snapshot') {
        if (count !== 0 || record.format !== SNAPSHOT_FORMAT) throw new Error(`congodb: ${filePath} is not a snapshot`);
        header = Number(record.log);
      } else if (record.op === 'end') {
        ended = Number(record.records) === count;
      } else {
        this.apply(record, filePath);
      }
      count++;
      return true;
    });
    if (header === null || !ended) throw new Error(`congodb: ${filePath} is incomplete`);
    return header;
  }

  /**
   * Replay a log. In the newest log a bad last line is a torn append and ends the log; any other
   * bad line means damage and stops the start.
   * @returns how many bytes of the file are whole records
   */
  private replayLog(content: Buffer, filePath: string, newest: boolean): number {
    let valid = 0;
    this.forEachLine(content, (line, end, complete) => {
      const record = complete ? decodeRecord(line) : null;
      if (record) {
        this.apply(record, filePath);
        valid = end + 1;
        return true;
      }
      let wholeRecordAfter = false;
      this.forEachLine(content.subarray(Math.min(end + 1, content.length)), (rest, _end, restComplete) => {
        wholeRecordAfter = restComplete && decodeRecord(rest) !== null;
        return !wholeRecordAfter;
      });
      if (!newest || wholeRecordAfter) throw new Error(`congodb: ${filePath} is damaged at byte ${valid}`);
      return false;
    });
    return valid;
  }

  /**
   * Call `fn` with each line (without its newline); `end` is the offset of the newline (or of the
   * end of the content for a last line without one, then `complete` is false). Stops when `fn`
   * returns false.
   */
  private forEachLine(content: Buffer, fn: (line: string, end: number, complete: boolean) => boolean): void {
    let start = 0;
    while (start < content.length) {
      const newline = content.indexOf(10, start);
      const end = newline === -1 ? content.length : newline;
      if (!fn(content.toString('utf8', start, end), end, newline !== -1)) return;
      start = end + 1;
    }
  }

  private apply(record: IRecord, filePath: string): void {
    switch (record.op) {
      case 'put': {
        const state = this.ensureCollection(record.db, record.c);
        const doc = record.d;
        const key = idKeyOf(doc._id);
        const existing = state.documents.get(key);
        try {
          if (existing) state.indexes.onUpdate(existing, doc);
          else state.indexes.onInsert(doc);
        } catch (error) {
          throw new Error(`congodb: ${filePath} violates an index: ${(error as Error).message}`);
        }
        this.storeDocument(state, key, doc);
        return;
      }
      case 'del': {
        const state = this.getCollectionState(record.db, record.c);
        const key = idKeyOf(record.id);
        const existing = state?.documents.get(key);
        if (state && existing) {
          state.indexes.onDelete(existing);
          this.forgetDocument(state, key);
        }
        return;
      }
      case 'coll': {
        const state = this.ensureCollection(record.db, record.c);
        state.options = record.options;
        const wanted = new Map(record.indexes.map((spec) => [spec.name, spec]));
        for (const spec of state.indexes.listIndexes()) {
          const want = wanted.get(spec.name);
          if (spec.name !== '_id_' && (!want || plugins.bson.EJSON.stringify(want) !== plugins.bson.EJSON.stringify(spec))) {
            state.indexes.dropIndex(spec.name);
          }
        }
        for (const spec of wanted.values()) {
          if (spec.name !== '_id_' && !state.indexes.indexExists(spec.name)) {
            state.indexes.createIndex(spec);
          }
        }
        return;
      }
      case 'drop':
        this.databases.get(record.db)?.delete(record.c);
        if (this.databases.get(record.db)?.size === 0) this.databases.delete(record.db);
        return;
      case 'rename': {
        const source = this.databases.get(record.db);
        const state = source?.get(record.c);
        if (!source || !state) throw new Error(`congodb: ${filePath} renames a missing collection ${record.db}.${record.c}`);
        source.delete(record.c);
        if (source.size === 0) this.databases.delete(record.db);
        state.indexes.setNamespace(record.toDb, record.toC);
        let target = this.databases.get(record.toDb);
        if (!target) {
          target = new Map();
          this.databases.set(record.toDb, target);
        }
        target.set(record.toC, state);
        return;
      }
      default:
        throw new Error(`congodb: ${filePath} has an unexpected ${record.op} record`);
    }
  }

  /**
   * Data directories of the previous format (`<db>/<collection>.ejson`, one whole file per
   * collection): loaded unless a snapshot already holds them, written as a snapshot, then removed.
   * Other directories (the app keeps `uploads/` beside the database) are left alone.
   */
  private async migrateLegacy(dirs: string[], alreadyInSnapshot: boolean): Promise<void> {
    const legacyFiles: string[] = [];
    for (const dir of dirs) {
      const dbPath = path.join(this.basePath, dir);
      for (const file of await readdir(dbPath)) {
        if (!file.endsWith(LEGACY_SUFFIX)) continue;
        const filePath = path.join(dbPath, file);
        legacyFiles.push(filePath);
        if (!alreadyInSnapshot) this.loadLegacyCollection(decodeURIComponent(dir), filePath, await readFile(filePath, 'utf8'));
      }
    }
    if (legacyFiles.length === 0) return;
    if (!alreadyInSnapshot) await this.writeSnapshot();
    // Only the collection files go; the directory too if nothing else is in it (it may hold other data)
    for (const filePath of legacyFiles) await unlink(filePath);
    for (const dir of new Set(legacyFiles.map((f) => path.dirname(f)))) await rmdir(dir).catch(() => undefined);
  }

  private loadLegacyCollection(dbName: string, filePath: string, text: string): void {
    const parsed = fromCanonical(JSON.parse(text)) as ILegacyCollectionFile;
    if (parsed.format !== LEGACY_FORMAT || typeof parsed.collection !== 'string') {
      throw new Error(`congodb: ${filePath} is not a collection file`);
    }
    this.apply(
      { op: 'coll', db: dbName, c: parsed.collection, options: parsed.options ?? {}, indexes: parsed.indexes ?? [] },
      filePath
    );
    for (const d of parsed.documents ?? []) {
      this.apply({ op: 'put', db: dbName, c: parsed.collection, d: d as IStoredDocument }, filePath);
    }
  }

  // ============================================================================
  // Lock
  // ============================================================================

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
