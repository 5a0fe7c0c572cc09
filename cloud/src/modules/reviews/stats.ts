import { REVIEW_LEVELS, SATISFIED_LEVELS, type ReviewFigures, type ReviewLevel } from '../../../../src/shared/reviews'

/** One group of the statistics pipeline: ratings of one level, counted or not, defaulted or not. */
export interface LevelCount {
  level: ReviewLevel
  excluded: boolean
  defaulted: boolean
  n: number
}

/** Adds up level counts into figures: counted ratings exclude upheld appeals; defaulted ones count and are shown apart. */
export function figuresOf(rows: readonly LevelCount[]): ReviewFigures {
  const byLevel = Object.fromEntries(REVIEW_LEVELS.map((l) => [l, 0])) as Record<ReviewLevel, number>
  let counted = 0
  let defaulted = 0
  let excluded = 0
  for (const r of rows) {
    if (r.excluded) {
      excluded += r.n
      continue
    }
    counted += r.n
    byLevel[r.level] += r.n
    if (r.defaulted) defaulted += r.n
  }
  const satisfied = SATISFIED_LEVELS.reduce((sum, l) => sum + byLevel[l], 0)
  return {
    counted,
    byLevel,
    satisfactionRate: counted ? satisfied / counted : null,
    bad: byLevel.dissatisfied + byLevel.veryDissatisfied,
    defaulted,
    excluded
  }
}

/** Groups rows by a key and adds each group up. */
export function groupFigures<R extends LevelCount>(rows: readonly R[], key: (r: R) => string | null): Map<string, { first: R; figures: ReviewFigures }> {
  const groups = new Map<string, R[]>()
  for (const r of rows) {
    const k = key(r)
    if (k === null) continue
    groups.set(k, [...(groups.get(k) ?? []), r])
  }
  return new Map([...groups].map(([k, list]) => [k, { first: list[0]!, figures: figuresOf(list) }]))
}
