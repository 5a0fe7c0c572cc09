/**
 * Lifecycles as data: which action may happen in which status, by whom, and where it leads. Each
 * domain declares its table here in src/shared (so pages can show only the buttons that will work);
 * the server's one writer (cloud/src/lib/lifecycle.ts) refuses any move the table does not allow.
 */

export interface TransitionRule<S extends string, Actor extends string> {
  /** Statuses the action starts from; empty for the action that creates the record. */
  from: readonly S[]
  /** The status after the action; `same` keeps it; `resume` returns to the status before a pause. */
  to: S | 'same' | 'resume'
  by: readonly Actor[]
}

export type TransitionResult<S extends string> = { ok: true; to: S } | { ok: false; message: string }

export interface Lifecycle<S extends string, A extends string, Actor extends string> {
  readonly table: Readonly<Record<A, TransitionRule<S, Actor>>>
  /** What the record is called in messages (“这件诉求”, “这个预约”). */
  readonly noun: string
  /** The error code of a refused move (`CASE_STATE_CONFLICT`). */
  readonly conflictCode: string
  readonly statusLabels: Readonly<Record<S, string>>
  readonly actionLabels: Readonly<Record<A, string>>
  /**
   * Where `action` by `actor` takes a record in `from` (pure). `resumeStatus` is where a `resume`
   * rule returns to. Illegal moves come with a Chinese message saying why.
   */
  transition(from: S, action: A, actor: Actor, resumeStatus?: S | null): TransitionResult<S>
  /** Actions an actor may take in a status (for the buttons a page shows). */
  allowedActions(from: S, actor: Actor): A[]
  /** The status `action` creates a record in, or null when it does not create one. */
  creates(action: A): S | null
}

/** Builds a lifecycle from its table and the words for its statuses and actions. */
export function defineLifecycle<S extends string, A extends string, Actor extends string>(spec: {
  table: Record<A, TransitionRule<S, Actor>>
  statusLabels: Record<S, string>
  actionLabels: Record<A, string>
  noun: string
  conflictCode: string
  /** Where `resume` leads when the record does not say. */
  resumeDefault?: S
}): Lifecycle<S, A, Actor> {
  const actions = Object.keys(spec.table) as A[]
  return {
    table: spec.table,
    noun: spec.noun,
    conflictCode: spec.conflictCode,
    statusLabels: spec.statusLabels,
    actionLabels: spec.actionLabels,
    creates(action) {
      const rule = spec.table[action]
      return rule.from.length === 0 && rule.to !== 'same' && rule.to !== 'resume' ? rule.to : null
    },
    transition(from, action, actor, resumeStatus = null) {
      const rule = spec.table[action]
      const actionLabel = spec.actionLabels[action]
      if (!rule.by.includes(actor)) return { ok: false, message: `“${actionLabel}”不能由您来操作` }
      if (!rule.from.includes(from)) {
        return {
          ok: false,
          message: `${spec.noun}现在是“${spec.statusLabels[from]}”，不能再“${actionLabel}”。请刷新后查看最新进度`
        }
      }
      if (rule.to === 'same') return { ok: true, to: from }
      if (rule.to === 'resume') {
        const to = resumeStatus ?? spec.resumeDefault
        return to ? { ok: true, to } : { ok: false, message: `${spec.noun}不知道该回到哪一步，请刷新后再试` }
      }
      return { ok: true, to: rule.to }
    },
    allowedActions(from, actor) {
      return actions.filter((a) => spec.table[a].from.length > 0 && spec.table[a].by.includes(actor) && spec.table[a].from.includes(from))
    }
  }
}
