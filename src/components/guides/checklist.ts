import type { Material } from '../../shared/guides'

/** One row of the materials checklist as the page shows it. */
export interface ChecklistRow {
  index: number
  name: string
  /** 原件 1 份 / 复印件 2 份 */
  counts: string
  required: boolean
  /** Set when the person need not bring it (data sharing or an e-licence covers it). */
  exemptReason: string | null
  note: string | null
}

/** 原件 n 份 / 复印件 n 份, leaving out kinds not needed. */
export function materialCounts(material: Pick<Material, 'originals' | 'copies'>): string {
  const parts: string[] = []
  if (material.originals > 0) parts.push(`原件 ${material.originals} 份`)
  if (material.copies > 0) parts.push(`复印件 ${material.copies} 份`)
  return parts.length ? parts.join(' / ') : '无需纸质材料'
}

/** Rows in the guide's order; exempt items stay visible, marked with the reason. */
export function checklistRows(materials: Material[]): ChecklistRow[] {
  return materials.map((m, index) => ({
    index,
    name: m.name,
    counts: materialCounts(m),
    required: m.required,
    exemptReason: m.exemptReason?.trim() ? m.exemptReason.trim() : null,
    note: m.note?.trim() ? m.note.trim() : null
  }))
}

/** Names a person has to bring: everything not exempt. */
export function preparableNames(materials: Material[]): string[] {
  return checklistRows(materials)
    .filter((row) => row.exemptReason === null)
    .map((row) => row.name)
}

/** Ticks or unticks one material; returns a new list without duplicates. */
export function setTicked(ticked: readonly string[], name: string, on: boolean): string[] {
  const rest = ticked.filter((n) => n !== name)
  return on ? [...rest, name] : rest
}

/**
 * Cleans what was stored for a guide: keeps only names still on the (possibly edited)
 * list and not exempt, so a republished guide never shows stale ticks.
 */
export function restoreTicked(raw: unknown, materials: Material[]): string[] {
  if (!Array.isArray(raw)) return []
  const allowed = new Set(preparableNames(materials))
  const result: string[] = []
  for (const value of raw) {
    if (typeof value === 'string' && allowed.has(value) && !result.includes(value)) result.push(value)
  }
  return result
}

/** "已准备 x / y 项": how many of the materials to bring are ticked. */
export function checklistProgress(materials: Material[], ticked: readonly string[]): { done: number; total: number } {
  const names = preparableNames(materials)
  const set = new Set(ticked)
  return { done: names.filter((n) => set.has(n)).length, total: names.length }
}

/** Storage key of a guide's ticks (per guide, across versions). */
export function checklistStorageKey(guideId: string): string {
  return `xlb.checklist.${guideId}`
}
