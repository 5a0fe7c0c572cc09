import { randomBytes } from 'node:crypto'
import { Types } from 'mongoose'

/** Where new identifiers come from; injected through deps so a test can make them predictable. */
export interface IdGenerator {
  /** A new document id. */
  objectId(): Types.ObjectId
  /** `bytes` random bytes as hex (storage keys, claim ids, holders). */
  hex(bytes: number): string
  /** `bytes` random bytes as base64url (tokens handed to people). */
  token(bytes: number): string
}

/** Ids from the ObjectId generator and the operating system's random source. */
export const randomIds: IdGenerator = {
  objectId: () => new Types.ObjectId(),
  hex: (bytes) => randomBytes(bytes).toString('hex'),
  token: (bytes) => randomBytes(bytes).toString('base64url')
}
