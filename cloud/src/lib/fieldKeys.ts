import type { Connection } from 'mongoose'
import { decryptField, encryptField, fieldKeyVersion, type FieldKeys } from './crypto'

/** Top-level fields of one collection that hold values encrypted with the field keys. */
export interface EncryptedFields {
  collection: string
  fields: readonly string[]
}

/** The runtime's own encrypted data: stored answers of repeatable writes (lib/idempotency). */
export const CORE_ENCRYPTED_FIELDS: readonly EncryptedFields[] = [{ collection: 'idempotency_keys', fields: ['responseJson'] }]

/** What a re-encryption did to one collection. */
export interface ReencryptReport {
  collection: string
  scanned: number
  reencrypted: number
  /** Documents changed by someone else between the read and the write; a second run takes them. */
  skipped: number
}

/**
 * Re-encrypts every value of the listed fields that an older key version encrypted, under the ring's
 * current version. Each document is one conditional update on the values read, so a write that lands
 * meanwhile is never overwritten (the document is skipped and counted); replicas keep reading both
 * versions while it runs. Plain values and values already current are left alone.
 */
export async function reencryptFields(db: Connection, ring: FieldKeys, sets: readonly EncryptedFields[]): Promise<ReencryptReport[]> {
  const reports: ReencryptReport[] = []
  for (const { collection, fields } of sets) {
    const report: ReencryptReport = { collection, scanned: 0, reencrypted: 0, skipped: 0 }
    const col = db.collection<Record<string, unknown>>(collection)
    const projection = Object.fromEntries(fields.map((f) => [f, 1]))
    for await (const doc of col.find({ $or: fields.map((f) => ({ [f]: { $ne: null } })) }, { projection })) {
      report.scanned += 1
      const before: Record<string, string> = {}
      const after: Record<string, string> = {}
      for (const f of fields) {
        const value = doc[f]
        if (typeof value !== 'string') continue
        const version = fieldKeyVersion(value)
        if (version === null || version === ring.current) continue
        before[f] = value
        after[f] = encryptField(decryptField(value, ring), ring)
      }
      if (!Object.keys(after).length) continue
      const res = await col.updateOne({ _id: doc._id, ...before }, { $set: after })
      if (res.modifiedCount === 1) report.reencrypted += 1
      else report.skipped += 1
    }
    reports.push(report)
  }
  return reports
}
