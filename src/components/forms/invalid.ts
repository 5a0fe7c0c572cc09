/** One field of a form as the person sees it: its error key, its element id and its label. */
export interface FormField {
  key: string
  id: string
  label: string
}

/** The fields that have an error, in the order they stand on the screen. */
export function invalidFields(errors: Readonly<Record<string, string | undefined>>, fields: readonly FormField[]): FormField[] {
  return fields.filter((f) => Boolean(errors[f.key]))
}

/**
 * What to say next to the submit button after a failed check: how many fields and which, by their
 * labels (a message of its own when an error belongs to no field on the screen).
 */
export function invalidSummary(errors: Readonly<Record<string, string | undefined>>, fields: readonly FormField[]): string {
  const named = invalidFields(errors, fields).map((f) => f.label)
  const loose = Object.keys(errors).filter((k) => errors[k] && !fields.some((f) => f.key === k))
  if (named.length === 0) return loose.length ? (errors[loose[0]!] ?? '') : ''
  const list = named.join('、')
  return named.length === 1 ? `还有一项要改：${list}。红字说明了怎么改` : `还有 ${named.length} 项要改：${list}。红字说明了怎么改`
}
