import { Schema, type Connection, type Model } from 'mongoose'
import type { Clock } from './deps'
import { isDuplicateKeyError } from './mongoErrors'

/** A background job's lease: the holder runs the job until `until`. */
export interface LeaseDoc {
  name: string
  holder: string
  until: Date
}

const leaseSchema = new Schema<LeaseDoc>(
  {
    name: { type: String, required: true },
    holder: { type: String, required: true },
    until: { type: Date, required: true }
  },
  { collection: 'job_leases', versionKey: false }
)
leaseSchema.index({ name: 1 }, { unique: true })

/** The leases of every background job (one document per job name). */
export function leaseModel(db: Connection): Model<LeaseDoc> {
  return (db.models.JobLease as Model<LeaseDoc> | undefined) ?? db.model<LeaseDoc>('JobLease', leaseSchema)
}

/**
 * Claims the lease `name` for `holder` until `now + ms` when nobody holds it: one conditional upsert,
 * so of several replicas claiming at once exactly one gets it (the unique name index refuses the
 * others' inserts). True when `holder` has it now.
 */
export async function claimLease(deps: { db: Connection; clock: Clock }, name: string, holder: string, ms: number): Promise<boolean> {
  const now = deps.clock.now()
  try {
    const lease = await leaseModel(deps.db).findOneAndUpdate(
      { name, until: { $lte: now } },
      { $set: { holder, until: new Date(now.getTime() + ms) } },
      { upsert: true, new: true }
    )
    return lease?.holder === holder
  } catch (err) {
    if (isDuplicateKeyError(err)) return false
    throw err
  }
}
