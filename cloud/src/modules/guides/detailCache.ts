import { performance } from 'node:perf_hooks'
import { Types, type Connection } from 'mongoose'
import type { GuideDetail } from '../../../../src/shared/guides'
import { townshipModel } from '../org/model'

/**
 * Published guide details kept in memory, per database connection, so the most read page of the app
 * (a guide, often opened from a QR code on a wall) answers without a database round trip.
 *
 * A detail is kept under the township's `guidesIndexVersion` read BEFORE the detail was loaded (writers
 * change the guide first and bump the counter after, as for the search index), so a cached detail is
 * never older than its version. The counter is read again at most once per VERSION_CHECK_MS per
 * township: a publish through this replica shows at once (it forgets the township's counter), one
 * through another replica within a second. Entries also expire after MAX_AGE_MS.
 */
const VERSION_CHECK_MS = 1000
const MAX_AGE_MS = 5 * 60 * 1000
const MAX_ENTRIES = 5000

interface DetailEntry {
  detail: GuideDetail
  townshipId: string
  version: number
  loadedAt: number
}

interface VersionEntry {
  version: number
  checkedAt: number
  reading?: Promise<number>
}

interface ConnectionCache {
  details: Map<string, DetailEntry>
  versions: Map<string, VersionEntry>
}

const caches = new WeakMap<Connection, ConnectionCache>()

function cacheOf(db: Connection): ConnectionCache {
  let c = caches.get(db)
  if (!c) {
    c = { details: new Map(), versions: new Map() }
    caches.set(db, c)
  }
  return c
}

/** The township's counter: the one read within the last second, or a fresh read (one at a time per township). */
function townshipVersion(db: Connection, c: ConnectionCache, townshipId: string, fresh: boolean): Promise<number> {
  const known = c.versions.get(townshipId)
  const now = performance.now()
  if (known && !fresh && now - known.checkedAt < VERSION_CHECK_MS) return Promise.resolve(known.version)
  if (known?.reading) return known.reading
  const reading = townshipModel(db)
    .findById(new Types.ObjectId(townshipId), { guidesIndexVersion: 1 })
    .lean<{ guidesIndexVersion?: number }>()
    .then((t) => {
      const version = t?.guidesIndexVersion ?? 0
      c.versions.set(townshipId, { version, checkedAt: now })
      return version
    })
    .finally(() => {
      const entry = c.versions.get(townshipId)
      if (entry?.reading === reading) delete entry.reading
    })
  c.versions.set(townshipId, { version: known?.version ?? -1, checkedAt: known?.checkedAt ?? 0, reading })
  return reading
}

/**
 * The published detail under `key`: from memory while its township's counter has not moved, else
 * loaded by `load` (null: not published, nothing is kept). `townshipOf` names the township of a key
 * not seen before (for a slug it is known; for an id it costs one small read).
 */
export async function cachedGuideDetail(
  db: Connection,
  key: string,
  townshipOf: () => Promise<string | null>,
  load: () => Promise<GuideDetail | null>
): Promise<GuideDetail | null> {
  const c = cacheOf(db)
  const hit = c.details.get(key)
  const now = performance.now()
  if (hit && now - hit.loadedAt < MAX_AGE_MS && (await townshipVersion(db, c, hit.townshipId, false)) === hit.version) return hit.detail
  const townshipId = hit?.townshipId ?? (await townshipOf())
  if (!townshipId) return null
  const version = await townshipVersion(db, c, townshipId, true)
  const detail = await load()
  if (!detail) {
    c.details.delete(key)
    return null
  }
  if (c.details.size >= MAX_ENTRIES) c.details.delete(c.details.keys().next().value as string)
  c.details.set(key, { detail, townshipId, version, loadedAt: now })
  return detail
}

/** Makes this process read the township's counter again on the next request (after a publish or unpublish here). */
export function forgetTownshipVersion(db: Connection, townshipId: Types.ObjectId | string): void {
  caches.get(db)?.versions.delete(String(townshipId))
}
