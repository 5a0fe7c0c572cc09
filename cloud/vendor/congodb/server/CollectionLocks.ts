/**
 * Per-namespace async mutexes. A command holding the locks of its namespaces runs to completion
 * before any other command on those namespaces starts, which makes every command atomic with
 * respect to the others on the same collection (conditional updates, upserts, unique checks).
 * Several namespaces are always locked in sorted order, so two commands cannot deadlock.
 */
export class CollectionLocks {
  private tails: Map<string, Promise<void>> = new Map();

  /**
   * Run `task` while holding the locks of all given namespaces ("db.collection").
   */
  async run<T>(namespaces: string[], task: () => Promise<T>): Promise<T> {
    const keys = Array.from(new Set(namespaces)).sort();
    const releases: Array<() => void> = [];
    try {
      for (const key of keys) {
        releases.push(await this.acquire(key));
      }
      return await task();
    } finally {
      for (const release of releases.reverse()) release();
    }
  }

  private async acquire(key: string): Promise<() => void> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const current = new Promise<void>((resolve) => {
      release = resolve;
    });
    const tail = previous.then(() => current);
    this.tails.set(key, tail);
    await previous;
    return () => {
      release();
      if (this.tails.get(key) === tail) {
        this.tails.delete(key);
      }
    };
  }
}
