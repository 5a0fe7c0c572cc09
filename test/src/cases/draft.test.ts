import { draftKey, readDraft, removeDraft, writeDraft, type DraftStorage } from '../../../src/components/cases/draft'

function memoryStorage(): DraftStorage & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>()
  return {
    data,
    getStorageSync: (key) => data.get(key) ?? '',
    setStorageSync: (key, value) => void data.set(key, JSON.parse(JSON.stringify(value))),
    removeStorageSync: (key) => void data.delete(key)
  }
}

const textOnly = (raw: unknown) =>
  raw && typeof raw === 'object' && typeof (raw as { text?: unknown }).text === 'string' ? { text: (raw as { text: string }).text } : null

describe('case drafts on the phone', () => {
  it('keeps the fields and the idempotency key until removed, so a retry after a lost connection reuses the key', () => {
    const storage = memoryStorage()
    const key = draftKey('case', 'u1')
    writeDraft(storage, key, { fields: { text: '路灯坏了' }, idempotencyKey: 'k-1', savedAt: '2026-11-22T01:00:00.000Z' })
    expect(readDraft(storage, key, textOnly)).toEqual({ fields: { text: '路灯坏了' }, idempotencyKey: 'k-1', savedAt: '2026-11-22T01:00:00.000Z' })
    removeDraft(storage, key)
    expect(readDraft(storage, key, textOnly)).toBeNull()
  })

  it('keeps drafts of different people apart and ignores unreadable ones', () => {
    const storage = memoryStorage()
    writeDraft(storage, draftKey('case', 'u1'), { fields: { text: 'a' }, idempotencyKey: null, savedAt: '' })
    expect(readDraft(storage, draftKey('case', 'u2'), textOnly)).toBeNull()
    storage.data.set(draftKey('case', 'u3'), { fields: { text: 42 }, idempotencyKey: 7 })
    expect(readDraft(storage, draftKey('case', 'u3'), textOnly)).toBeNull()
    storage.data.set(draftKey('case', 'u4'), { fields: { text: 'b' }, idempotencyKey: 7 })
    expect(readDraft(storage, draftKey('case', 'u4'), textOnly)).toEqual({ fields: { text: 'b' }, idempotencyKey: null, savedAt: '' })
  })

  it('never throws when the storage fails', () => {
    const broken: DraftStorage = {
      getStorageSync: () => {
        throw new Error('no storage')
      },
      setStorageSync: () => {
        throw new Error('full')
      },
      removeStorageSync: () => {
        throw new Error('no storage')
      }
    }
    expect(() => writeDraft(broken, 'k', { fields: { text: 'x' }, idempotencyKey: null, savedAt: '' })).not.toThrow()
    expect(readDraft(broken, 'k', textOnly)).toBeNull()
    expect(() => removeDraft(broken, 'k')).not.toThrow()
  })
})
