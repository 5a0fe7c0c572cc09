/** Keeps at most `max` characters of what was typed or pasted, and counts what had to be left out. */
export function fitText(raw: string, max: number): { value: string; cut: number } {
  return raw.length > max ? { value: raw.slice(0, max), cut: raw.length - max } : { value: raw, cut: 0 }
}

/** The note under a field whose typed or pasted text ran past its limit. */
export function cutNotice(cut: number, max: number): string {
  return `最多 ${max} 个字，超出的 ${cut} 个字没有放进来，请删减后再补上要紧的内容`
}
