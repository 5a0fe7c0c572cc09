/** The subset of a zod issue this helper reads. */
export interface IssueLike {
  path: ReadonlyArray<PropertyKey>
  message: string
}

/**
 * First message per top-level field, for showing under each input
 * (`departmentIds.0` counts as `departmentIds`).
 */
export function fieldErrors(issues: readonly IssueLike[]): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const issue of issues) {
    const key = issue.path.length > 0 ? String(issue.path[0]) : '_form'
    if (!(key in errors)) errors[key] = issue.message
  }
  return errors
}
