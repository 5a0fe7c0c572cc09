/**
 * A form kept on the phone while it is being filled in: the fields and the idempotency key of
 * the submission. The key stays with the draft until the server has answered, so a submit retried
 * after a lost connection (even after the app was closed) is applied once.
 */
export interface StoredDraft<T> {
  fields: T
  idempotencyKey: string | null
  savedAt: string
}

/** A storage like Taro's sync storage (injectable in tests). */
export interface DraftStorage {
  getStorageSync(key: string): unknown
  setStorageSync(key: string, value: unknown): void
  removeStorageSync(key: string): void
}

/** The storage key of a draft; `scope` keeps different people's and helped persons' drafts apart. */
export function draftKey(name: string, scope: string): string {
  return `xlb.draft.${name}.${scope}`
}

/**
 * Reads a draft, keeping only the fields `sanitize` accepts; null when there is none or it is
 * unreadable (a draft is a convenience, never a reason to fail).
 */
export function readDraft<T>(storage: DraftStorage, key: string, sanitize: (raw: unknown) => T | null): StoredDraft<T> | null {
  try {
    const raw = storage.getStorageSync(key) as Partial<StoredDraft<unknown>> | '' | undefined
    if (!raw || typeof raw !== 'object') return null
    const fields = sanitize(raw.fields)
    if (!fields) return null
    return {
      fields,
      idempotencyKey: typeof raw.idempotencyKey === 'string' && raw.idempotencyKey ? raw.idempotencyKey : null,
      savedAt: typeof raw.savedAt === 'string' ? raw.savedAt : ''
    }
  } catch {
    return null
  }
}

/** Saves a draft; a full or failing storage is ignored. */
export function writeDraft<T>(storage: DraftStorage, key: string, draft: StoredDraft<T>): void {
  try {
    storage.setStorageSync(key, draft)
  } catch {
    return
  }
}

/** Forgets a draft (after the server accepted it, or the person cleared the form). */
export function removeDraft(storage: DraftStorage, key: string): void {
  try {
    storage.removeStorageSync(key)
  } catch {
    return
  }
}
