import { Schema, Types, type Model } from 'mongoose'
import type { Lifecycle } from '../../../src/shared/lifecycle'
import { AppError } from './errors'
import type { NoticeEvent } from './notices'

/**
 * One entry of a record's history, written in the same write as the change it records. Domains may
 * add fields of their own (cases: who the public sees as the author, whether the resident sees it).
 */
export interface RecordedUpdate<S extends string = string, A extends string = string> {
  action: A
  /** Null for the update that created the record. */
  from: S | null
  to: S
  authorId: Types.ObjectId | null
  authorName: string
  /** resident, assistant, staff, admin — or system for jobs. */
  authorRole: string
  at: Date
  publicText: string | null
  internalNote: string | null
}

/** The stored form of a record's updates for a lifecycle's statuses and actions (an array element, no `_id`). */
export function recordedUpdateSchema(statuses: readonly string[], actions: readonly string[]): Schema {
  return new Schema(
    {
      action: { type: String, enum: actions, required: true },
      from: { type: String, enum: [...statuses, null], default: null },
      to: { type: String, enum: statuses, required: true },
      authorId: { type: Schema.Types.ObjectId, default: null },
      authorName: { type: String, required: true },
      authorRole: { type: String, required: true },
      at: { type: Date, required: true },
      publicText: { type: String, default: null },
      internalNote: { type: String, default: null }
    },
    { _id: false }
  )
}

/** Who makes a change (a job is `{ id: null, name: '系统', role: 'system' }`). */
export interface Author {
  id: string | null
  name: string
  role: string
}

/** The author of changes made by background jobs. */
export const SYSTEM_AUTHOR: Author = { id: null, name: '系统', role: 'system' }

/** A signed-in person as the author of a change. */
export function authorOf(user: { id: string; displayName: string; role: string }): Author {
  return { id: user.id, name: user.displayName, role: user.role }
}

interface UpdateText {
  publicText?: string | null
  internalNote?: string | null
}

function recordedUpdate<S extends string, A extends string>(
  action: A,
  from: S | null,
  to: S,
  author: Author,
  at: Date,
  text: UpdateText
): RecordedUpdate<S, A> {
  return {
    action,
    from,
    to,
    authorId: author.id ? new Types.ObjectId(author.id) : null,
    authorName: author.name,
    authorRole: author.role,
    at,
    publicText: text.publicText ?? null,
    internalNote: text.internalNote ?? null
  }
}

/**
 * The first update of a new record: a creating action of the lifecycle (one whose rule starts from
 * nothing), from nothing to the status it creates. Throws for an action that creates nothing.
 */
export function creationUpdate<S extends string, A extends string, Actor extends string>(
  lifecycle: Lifecycle<S, A, Actor>,
  action: A,
  author: Author,
  at: Date,
  text: UpdateText = {}
): RecordedUpdate<S, A> {
  const to = lifecycle.creates(action)
  if (!to) throw new Error(`“${action}” does not create ${lifecycle.noun}`)
  return recordedUpdate(action, null, to, author, at, text)
}

export interface TransitionInput<S extends string, A extends string, Actor extends string, Extra extends object> extends UpdateText {
  /** The record as it was read: the write only happens while it still has this status. */
  record: { _id: unknown; status: S; resumeStatus?: S | null }
  action: A
  actor: Actor
  author: Author
  at: Date
  /** Fields of the update entry beyond the recorded-update shape. */
  extra?: Extra
  /** Fields set with the change; may depend on the status the action leads to. */
  set?: Record<string, unknown> | ((to: S) => Record<string, unknown> | Promise<Record<string, unknown>>)
  unset?: Record<string, 1>
  /** Further conditions the record must still meet. */
  also?: Record<string, unknown>
  /** Notice events written in the same update. */
  notices?: (to: S) => NoticeEvent[]
  /** The field holding the history; `updates` unless said. */
  updatesField?: string
  projection?: Record<string, 0 | 1>
}

/** A change that was written: the record after it and the status it moved to. */
export interface Transitioned<Doc, S extends string> {
  doc: Doc
  to: S
  notices: NoticeEvent[]
}

/**
 * Applies one lifecycle action as ONE conditional `findOneAndUpdate`: it checks the transition table
 * (409 with the table's message when the move is not allowed), then — only while the record still
 * has the status it was read with (and meets `also`) — sets the new status and `set`, appends the
 * recorded update and pushes the notice events, all in the same write. Returns null when the record
 * changed meanwhile (the caller decides whether that is a conflict or an already-done repeat).
 */
export async function recordTransition<Doc, S extends string, A extends string, Actor extends string, Extra extends object = object>(
  model: Model<Doc>,
  lifecycle: Lifecycle<S, A, Actor>,
  input: TransitionInput<S, A, Actor, Extra>
): Promise<Transitioned<Doc & { _id: Types.ObjectId }, S> | null> {
  const { record } = input
  const t = lifecycle.transition(record.status, input.action, input.actor, record.resumeStatus ?? null)
  if (!t.ok) throw new AppError(409, lifecycle.conflictCode, t.message)
  const set = typeof input.set === 'function' ? await input.set(t.to) : (input.set ?? {})
  const update = { ...recordedUpdate(input.action, record.status, t.to, input.author, input.at, input), ...input.extra }
  const notices = input.notices?.(t.to) ?? []
  const push: Record<string, unknown> = { [input.updatesField ?? 'updates']: update }
  if (notices.length) push.pendingNotices = { $each: notices }
  const change: Record<string, unknown> = { $set: { status: t.to, updatedAt: input.at, ...set }, $push: push }
  if (input.unset) change.$unset = input.unset
  const doc = await model
    .findOneAndUpdate({ _id: record._id, status: record.status, ...input.also } as never, change as never, {
      new: true,
      projection: input.projection ?? { pendingNotices: 0 }
    })
    .lean<Doc & { _id: Types.ObjectId }>()
  return doc ? { doc, to: t.to, notices } : null
}

/** Runs one change that someone else may have made first: false when it answered 409 (the record moved), true when it ran. */
export async function unlessMoved(change: () => Promise<unknown>): Promise<boolean> {
  try {
    await change()
    return true
  } catch (err) {
    if ((err as { status?: number }).status === 409) return false
    throw err
  }
}
