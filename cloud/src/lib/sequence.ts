import { Schema, type Connection, type Model } from 'mongoose'
import { isDuplicateKeyError } from './mongoErrors'

/** One named counter. */
export interface SequenceDoc {
  _id: string
  seq: number
}

const sequenceSchema = (collection: string) => new Schema<SequenceDoc>({ _id: { type: String, required: true }, seq: { type: Number, required: true } }, { collection, versionKey: false })

/**
 * The counters of a module, in its own collection (a module lists the model in its manifest): one
 * document per counter name, e.g. the numbers a township gives its documents in a year.
 */
export function sequenceModel(db: Connection, modelName: string, collection: string): Model<SequenceDoc> {
  return (db.models[modelName] as Model<SequenceDoc> | undefined) ?? db.model<SequenceDoc>(modelName, sequenceSchema(collection))
}

/** The next number of a counter (1 for a new one): one atomic upsert, so concurrent callers never get the same number. */
export async function nextSequence(model: Model<SequenceDoc>, name: string): Promise<number> {
  for (let attempt = 0; ; attempt++) {
    try {
      const doc = await model.findOneAndUpdate({ _id: name }, { $inc: { seq: 1 } }, { upsert: true, new: true }).lean<SequenceDoc>()
      return doc!.seq
    } catch (err) {
      if (!isDuplicateKeyError(err) || attempt >= 2) throw err
    }
  }
}

/** The current value of a counter (0 when it was never advanced). */
export async function currentSequence(model: Model<SequenceDoc>, name: string): Promise<number> {
  return (await model.findById(name, { seq: 1 }).lean<SequenceDoc>())?.seq ?? 0
}
