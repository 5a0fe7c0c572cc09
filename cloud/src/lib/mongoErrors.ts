/** True for MongoDB's duplicate key error (E11000), from a unique index. */
export function isDuplicateKeyError(err: unknown): boolean {
  if (!err || typeof err !== 'object') return false
  const e = err as { code?: unknown; codeName?: unknown; message?: unknown }
  return e.code === 11000 || e.code === 11001 || e.codeName === 'DuplicateKey' || (typeof e.message === 'string' && e.message.includes('E11000'))
}
