import { performance } from 'node:perf_hooks'
import type { Connection } from 'mongoose'

/**
 * Values built from the database (a township's search index, say) kept in process memory, per
 * connection and key, and trusted only while a version counter stored in the database says so.
 *
 * Replicas are stateless, so a cached value is never trusted blindly: the caller reads the counter
 * (one lookup) and passes it in; a cached value built for another version is rebuilt. Writers change
 * the data first and bump the counter after, and a reader reads the counter before building, so a
 * value is never older than the version it is stored under. A value is also rebuilt after `maxAgeMs`,
 * which bounds staleness if a writer died between its two writes. Concurrent readers of one version
 * share one build.
 */
export interface VersionedCache<T> {
  get(db: Connection, key: string, version: number, build: () => Promise<T>): Promise<T>
}

interface Slot<T> {
  value?: { version: number; builtAt: number; data: T }
  building?: { version: number; promise: Promise<T> }
}

/** A cache of values by (connection, key), rebuilt when the version moves or the value is `maxAgeMs` old. */
export function versionedCache<T>(maxAgeMs: number): VersionedCache<T> {
  const caches = new WeakMap<Connection, Map<string, Slot<T>>>()
  return {
    get(db, key, version, build) {
      let perDb = caches.get(db)
      if (!perDb) {
        perDb = new Map()
        caches.set(db, perDb)
      }
      let slot = perDb.get(key)
      if (!slot) {
        slot = {}
        perDb.set(key, slot)
      }
      const cached = slot.value
      if (cached && cached.version === version && performance.now() - cached.builtAt < maxAgeMs) return Promise.resolve(cached.data)
      if (slot.building && slot.building.version >= version) return slot.building.promise
      const target = slot
      const promise = build().then(
        (data) => {
          if (!target.value || target.value.version <= version) target.value = { version, builtAt: performance.now(), data }
          if (target.building?.promise === promise) target.building = undefined
          return data
        },
        (err: unknown) => {
          if (target.building?.promise === promise) target.building = undefined
          throw err
        }
      )
      target.building = { version, promise }
      return promise
    }
  }
}
