/**
 * Immutable helpers for the editor's list fields (eligibility, materials, steps, legal basis, FAQ).
 * Each returns a new array and leaves the input untouched; an index out of range changes nothing.
 */

/** The list with `item` appended. */
export function addItem<T>(list: readonly T[], item: T): T[] {
  return [...list, item]
}

/** The list without the item at `index`. */
export function removeAt<T>(list: readonly T[], index: number): T[] {
  if (!inRange(list, index)) return [...list]
  return list.filter((_, i) => i !== index)
}

/** The list with the item at `index` replaced by `item`. */
export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  if (!inRange(list, index)) return [...list]
  return list.map((current, i) => (i === index ? item : current))
}

/** The list with the object at `index` merged with `patch`. */
export function patchAt<T extends object>(list: readonly T[], index: number, patch: Partial<T>): T[] {
  if (!inRange(list, index)) return [...list]
  return list.map((current, i) => (i === index ? { ...current, ...patch } : current))
}

/** The list with the item at `from` moved to position `to` (both must be in range). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  if (!inRange(list, from) || !inRange(list, to) || from === to) return [...list]
  const next = [...list]
  const [item] = next.splice(from, 1)
  next.splice(to, 0, item as T)
  return next
}

/** Whether the item at `index` can move one place up (`-1`) or down (`1`). */
export function canMove(length: number, index: number, delta: -1 | 1): boolean {
  const to = index + delta
  return index >= 0 && index < length && to >= 0 && to < length
}

function inRange(list: readonly unknown[], index: number): boolean {
  return Number.isInteger(index) && index >= 0 && index < list.length
}
