/**
 * One entry of an ordered index: the key values (one per indexed field) and the id key of the
 * document holding them.
 */
export interface IOrderedEntry {
  values: unknown[];
  id: string;
}

/** Entries per chunk before it is split. Inserting moves at most this many references. */
const MAX_CHUNK = 512;

/**
 * A sorted list of index entries kept in chunks (a flat B-tree of depth one): insert and remove
 * cost O(log n + MAX_CHUNK), a position costs O(log n + n / MAX_CHUNK), scans walk the chunks.
 * Bounds are given as monotone predicates: `before(e)` is true for the entries that come before
 * the wanted range, false from its start on.
 */
export class OrderedEntries {
  private chunks: IOrderedEntry[][] = [];
  private count = 0;

  constructor(private readonly compare: (a: IOrderedEntry, b: IOrderedEntry) => number) {}

  get size(): number {
    return this.count;
  }

  /** Build from entries in any order (replaces the content). */
  load(entries: IOrderedEntry[]): void {
    entries.sort(this.compare);
    this.chunks = [];
    for (let i = 0; i < entries.length; i += MAX_CHUNK / 2) {
      this.chunks.push(entries.slice(i, i + MAX_CHUNK / 2));
    }
    this.count = entries.length;
  }

  insert(entry: IOrderedEntry): void {
    if (this.chunks.length === 0) {
      this.chunks.push([entry]);
      this.count = 1;
      return;
    }
    let ci = this.chunkIndex((e) => this.compare(e, entry) < 0);
    if (ci === this.chunks.length) ci--;
    const chunk = this.chunks[ci] as IOrderedEntry[];
    chunk.splice(this.offset(chunk, (e) => this.compare(e, entry) < 0), 0, entry);
    this.count++;
    if (chunk.length > MAX_CHUNK) {
      this.chunks.splice(ci + 1, 0, chunk.splice(chunk.length >> 1));
    }
  }

  /** Remove the entry equal to this one (same values and id); false when there is none. */
  remove(entry: IOrderedEntry): boolean {
    const ci = this.chunkIndex((e) => this.compare(e, entry) < 0);
    const chunk = this.chunks[ci];
    if (!chunk) return false;
    const at = this.offset(chunk, (e) => this.compare(e, entry) < 0);
    const found = chunk[at];
    if (!found || this.compare(found, entry) !== 0) return false;
    chunk.splice(at, 1);
    this.count--;
    if (chunk.length === 0) this.chunks.splice(ci, 1);
    return true;
  }

  /** How many entries lie between the two bounds. */
  countBetween(before: (e: IOrderedEntry) => boolean, after: (e: IOrderedEntry) => boolean): number {
    return Math.max(0, this.rank((e) => !after(e)) - this.rank(before));
  }

  /** The entries between the two bounds, in order (or in reverse order). */
  *scan(
    before: (e: IOrderedEntry) => boolean,
    after: (e: IOrderedEntry) => boolean,
    reverse = false
  ): Generator<IOrderedEntry> {
    if (!reverse) {
      let ci = this.chunkIndex(before);
      let at = ci < this.chunks.length ? this.offset(this.chunks[ci] as IOrderedEntry[], before) : 0;
      for (; ci < this.chunks.length; ci++, at = 0) {
        const chunk = this.chunks[ci] as IOrderedEntry[];
        for (; at < chunk.length; at++) {
          const entry = chunk[at] as IOrderedEntry;
          if (after(entry)) return;
          yield entry;
        }
      }
      return;
    }
    const notAfter = (e: IOrderedEntry) => !after(e);
    let ci = this.chunkIndex(notAfter);
    let at: number;
    if (ci === this.chunks.length) {
      ci--;
      at = (this.chunks[ci]?.length ?? 0) - 1;
    } else {
      at = this.offset(this.chunks[ci] as IOrderedEntry[], notAfter) - 1;
    }
    for (; ci >= 0; ci--, at = (this.chunks[ci]?.length ?? 0) - 1) {
      const chunk = this.chunks[ci] as IOrderedEntry[];
      for (; at >= 0; at--) {
        const entry = chunk[at] as IOrderedEntry;
        if (before(entry)) return;
        yield entry;
      }
    }
  }

  /** Number of entries for which the monotone predicate holds (they form a prefix). */
  private rank(pred: (e: IOrderedEntry) => boolean): number {
    const ci = this.chunkIndex(pred);
    let rank = 0;
    for (let i = 0; i < ci; i++) rank += (this.chunks[i] as IOrderedEntry[]).length;
    const chunk = this.chunks[ci];
    return chunk ? rank + this.offset(chunk, pred) : rank;
  }

  /** The first chunk whose last entry fails the predicate (chunks.length when none). */
  private chunkIndex(pred: (e: IOrderedEntry) => boolean): number {
    let lo = 0;
    let hi = this.chunks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const chunk = this.chunks[mid] as IOrderedEntry[];
      if (pred(chunk[chunk.length - 1] as IOrderedEntry)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The first position in the chunk whose entry fails the predicate. */
  private offset(chunk: IOrderedEntry[], pred: (e: IOrderedEntry) => boolean): number {
    let lo = 0;
    let hi = chunk.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pred(chunk[mid] as IOrderedEntry)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
