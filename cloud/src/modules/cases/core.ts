import { Types, type Connection } from 'mongoose'
import type { CaseAction, CaseStatus } from '../../../../src/shared/cases'
import type { AppDeps } from '../../lib/deps'
import { AppError, forbidden, notFound } from '../../lib/errors'
import type { AuthedUser } from '../../lib/types'
import { recomputeDeadline } from '../calendar/deadlines'
import { loadOverrides } from '../calendar/load'
import { toLocalDate, workingDaysBetween, type Overrides } from '../calendar/workingDays'
import type { NoticeEvent } from '../notices/events'
import { relayAfterWrite } from '../notices/relay'
import { personModel } from '../people/model'
import { deadlineFor, transition, type CaseActor } from './lifecycle'
import { caseModel, NO_RANK, uploadModel, type CaseDeadline, type CaseDoc, type CaseUpdate, type UploadDoc } from './model'

/** The centre's name on the public timeline when no department is named. */
export const CENTRE_NAME = '乡镇便民服务中心'

const staleMessage = '这件诉求刚被其他人处理过，状态已经变了。请刷新后查看最新进度再操作'

/** A township's calendar overrides from a day on. */
export function overridesFrom(db: Connection, townshipId: Types.ObjectId | string, now: Date): Promise<Overrides> {
  return loadOverrides(db, townshipId, { from: toLocalDate(new Date(now.getTime() - 400 * 86_400_000)) })
}

/** A running deadline of `workingDays` from today. */
export function startDeadline(kind: 'accept' | 'answer', workingDays: number, now: Date, overrides: Overrides): CaseDeadline {
  const d = recomputeDeadline(toLocalDate(now), workingDays, overrides)
  return { kind, start: d.start, workingDays: d.workingDays, dueDate: d.dueDate, dueBy: d.dueBy, provisional: d.provisional }
}

/** Working days left on a deadline (never negative), for pausing its clock. */
export function remainingDays(deadline: CaseDeadline, now: Date, overrides: Overrides): number {
  return Math.max(0, workingDaysBetween(toLocalDate(now), deadline.dueDate, overrides))
}

/**
 * A case of the viewer: their own or one submitted for them or by them (assistant). Anyone else's
 * answers 404, the same as a case that does not exist.
 */
export async function loadOwnCase(db: Connection, user: AuthedUser, id: string): Promise<CaseDoc> {
  const c = await caseModel(db).findById(id, { pendingNotices: 0 }).lean<CaseDoc>()
  if (c && (await ownsCase(db, user, c))) return c
  throw notFound('没有找到这件诉求')
}

async function ownsCase(db: Connection, user: AuthedUser, c: CaseDoc): Promise<boolean> {
  if (String(c.acting.submitterId) === user.id) return true
  const person = await personModel(db).findById(c.acting.applicantPersonId, { userId: 1 }).lean<{ userId?: Types.ObjectId }>()
  return person?.userId !== undefined && String(person.userId) === user.id
}

/**
 * A case staff may see: same township (404 otherwise); department staff only cases of their
 * departments (403 naming why); admins every case of the township.
 */
export async function loadStaffCase(db: Connection, user: AuthedUser, id: string): Promise<CaseDoc> {
  const c = await caseModel(db)
    .findOne({ _id: new Types.ObjectId(id), townshipId: new Types.ObjectId(user.townshipId) }, { pendingNotices: 0 })
    .lean<CaseDoc>()
  if (!c) throw notFound('没有找到这件诉求')
  if (user.role !== 'admin' && !(c.departmentId && user.departmentIds.includes(String(c.departmentId)))) {
    throw forbidden(`这件诉求${c.departmentName ? `由${c.departmentName}办理` : '还没有分到您的站所'}，您不能查看或处理。请联系中心负责人`)
  }
  return c
}

/** The uploads of a case's photos. */
export function loadUploads(db: Connection, c: Pick<CaseDoc, 'photoIds'>): Promise<UploadDoc[]> {
  if (!c.photoIds.length) return Promise.resolve([])
  return uploadModel(db).find({ _id: { $in: c.photoIds } }).lean<UploadDoc[]>()
}

export interface ChangeInput {
  action: CaseAction
  actor: CaseActor
  author: { id: string | null; name: string; role: string; publicBy: string }
  publicText?: string | null
  internalNote?: string | null
  /** Whether the resident sees this update (internal notes, reviews and escalations are staff-only). */
  public: boolean
  /** Fields to set with the change. */
  set?: Record<string, unknown>
  /** Extra conditions the case must still meet. */
  also?: Record<string, unknown>
  notices?: (to: CaseStatus) => NoticeEvent[]
}

/**
 * Applies one lifecycle action: checks the transition table, then one conditional
 * findOneAndUpdate on the expected from-status that sets the new status and fields, appends the
 * update and the notice events together. A case that moved meanwhile answers 409. Recomputes the
 * running deadline for the new status.
 */
export async function changeCase(deps: AppDeps, c: CaseDoc, input: ChangeInput): Promise<CaseDoc> {
  const t = transition(c.status, input.action, input.actor, c.resumeStatus)
  if (!t.ok) throw new AppError(409, 'CASE_STATE_CONFLICT', t.message)
  const now = deps.clock.now()
  const set: Record<string, unknown> = { status: t.to, updatedAt: now, ...input.set }
  if (t.to !== c.status) {
    const overrides = await overridesFrom(deps.db, c.townshipId, now)
    const clock = deadlineFor(t.to, c.type, deps.config.cases)
    if (clock === 'paused') {
      set.pausedRemainingDays = c.deadline ? remainingDays(c.deadline, now, overrides) : null
      set.resumeStatus = c.status
      set.queueRank = NO_RANK
    } else if (clock === null) {
      set.deadline = set.deadline ?? c.deadline
      set.queueRank = NO_RANK
    } else {
      let deadline: CaseDeadline | null = c.deadline
      if (c.status === 'info_requested' && c.deadline) {
        deadline = startDeadline(c.deadline.kind, c.pausedRemainingDays ?? 0, now, overrides)
      } else if (!deadline || deadline.kind !== clock.kind) {
        deadline = startDeadline(clock.kind, clock.workingDays, now, overrides)
      }
      set.deadline = deadline
      set.queueRank = deadline.dueBy
      set.pausedRemainingDays = null
      if (c.status === 'info_requested') set.resumeStatus = null
    }
  }
  const update: CaseUpdate = {
    action: input.action,
    authorId: input.author.id ? new Types.ObjectId(input.author.id) : null,
    authorName: input.author.name,
    authorRole: input.author.role,
    publicBy: input.author.publicBy,
    from: c.status,
    to: t.to,
    publicText: input.publicText ?? null,
    internalNote: input.internalNote ?? null,
    public: input.public,
    at: now
  }
  const notices = input.notices?.(t.to) ?? []
  const push: Record<string, unknown> = { updates: update }
  if (notices.length) push.pendingNotices = { $each: notices }
  const updated = await caseModel(deps.db)
    .findOneAndUpdate({ _id: c._id, status: c.status, ...input.also }, { $set: set, $push: push }, { new: true, projection: { pendingNotices: 0 } })
    .lean<CaseDoc>()
  if (!updated) throw new AppError(409, 'CASE_STATE_CONFLICT', staleMessage)
  if (notices.length) await relayAfterWrite(deps, 'case', c._id)
  return updated
}

/** How a staff member signs an update: their name inside, their department (or the centre) outside. */
export function staffAuthor(user: AuthedUser, c: Pick<CaseDoc, 'departmentName'>) {
  return { id: user.id, name: user.displayName, role: user.role, publicBy: c.departmentName ?? CENTRE_NAME }
}
