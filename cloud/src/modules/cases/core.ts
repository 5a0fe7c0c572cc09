import { Types, type Connection } from 'mongoose'
import { CASE_LIFECYCLE, type CaseAction, type CaseActor } from '../../../../src/shared/cases'
import type { AppDeps } from '../../lib/deps'
import { AppError, badRequest, notFound } from '../../lib/errors'
import { recordTransition, type Author } from '../../lib/lifecycle'
import type { NoticeEvent } from '../../lib/notices'
import type { AuthedUser } from '../../lib/types'
import { assertStaffMaySee } from '../../lib/visibility'
import { recomputeDeadline } from '../calendar/deadlines'
import { townshipOverrides } from '../calendar/load'
import { toLocalDate, workingDaysBetween, type Overrides } from '../calendar/workingDays'
import { relayAfterWrite } from '../notices/relay'
import { personModel } from '../people/model'
import { deadlineFor } from './deadlinePolicy'
import { caseModel, NO_RANK, uploadModel, type CaseDeadline, type CaseDoc, type CaseUpdateExtra, type UploadDoc } from './model'

/** The centre's name on the public timeline when no department is named. */
export const CENTRE_NAME = '乡镇便民服务中心'

/** How background jobs sign the updates they write. */
export const SYSTEM_CASE_AUTHOR: CaseAuthor = { id: null, name: '系统', role: 'system', publicBy: CENTRE_NAME }

const staleMessage = '这件诉求刚被其他人处理过，状态已经变了。请刷新后查看最新进度再操作'

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

/** True when the case was filed by the viewer or for them (the applicant's own account). */
export async function ownsCase(db: Connection, user: AuthedUser, c: Pick<CaseDoc, 'acting'>): Promise<boolean> {
  if (String(c.acting.submitterId) === user.id) return true
  const person = await personModel(db).findById(c.acting.applicantPersonId, { userId: 1 }).lean<{ userId?: Types.ObjectId }>()
  return person?.userId !== undefined && String(person.userId) === user.id
}

/** A case staff may see (lib/visibility: 404 outside the township, 403 for another department's case). */
export async function loadStaffCase(db: Connection, user: AuthedUser, id: string): Promise<CaseDoc> {
  const c = await caseModel(db).findById(new Types.ObjectId(id), { pendingNotices: 0 }).lean<CaseDoc>()
  assertStaffMaySee(user, c, {
    missing: '没有找到这件诉求',
    why: `这件诉求${c?.departmentName ? `由${c.departmentName}办理` : '还没有分到您的站所'}，您不能查看或处理。请联系中心负责人`
  })
  return c as CaseDoc
}

/** Photos a case may show at most, its first ones and every later addition together. */
const CASE_PHOTOS_TOTAL_MAX = 18

/**
 * The caller's own uploads among `photoIds` (duplicates dropped); a photo that is not theirs, or
 * was never uploaded, answers 400. `already` is how many photos the case shows before these.
 */
export async function ownUploads(db: Connection, user: AuthedUser, photoIds: readonly string[], already = 0): Promise<UploadDoc[]> {
  const ids = [...new Set(photoIds)]
  if (already + ids.length > CASE_PHOTOS_TOTAL_MAX) throw badRequest('PHOTO_TOO_MANY', '这件诉求的照片已经太多了，请挑重要的上传')
  const uploads = ids.length
    ? await uploadModel(db).find({ _id: { $in: ids.map((x) => new Types.ObjectId(x)) }, ownerId: new Types.ObjectId(user.id) }).lean<UploadDoc[]>()
    : []
  if (uploads.length !== ids.length) throw badRequest('PHOTO_UNKNOWN', '有照片没有上传成功，请删掉后重新上传')
  return uploads
}

/** The uploads of a case's photos. */
export function loadUploads(db: Connection, c: Pick<CaseDoc, 'photoIds'>): Promise<UploadDoc[]> {
  if (!c.photoIds.length) return Promise.resolve([])
  return uploadModel(db).find({ _id: { $in: c.photoIds } }).lean<UploadDoc[]>()
}

/** Who signs a case update: an author, and the name residents see. */
export type CaseAuthor = Author & { publicBy: string }

export interface ChangeInput {
  action: CaseAction
  actor: CaseActor
  author: CaseAuthor
  publicText?: string | null
  internalNote?: string | null
  /** Whether the resident sees this update (internal notes, reviews and escalations are staff-only). */
  public: boolean
  /** Fields to set with the change. */
  set?: Record<string, unknown>
  /** Extra conditions the case must still meet. */
  also?: Record<string, unknown>
  notices?: () => NoticeEvent[]
}

/**
 * Applies one lifecycle action through the one recorded-update writer (lib/lifecycle): the case
 * lifecycle's table decides, and one conditional write on the status the case was read with sets
 * the new status and fields, the running deadline for the new status, the update and the notice
 * events together. A case that moved meanwhile answers 409.
 */
export async function changeCase(deps: AppDeps, c: CaseDoc, input: ChangeInput): Promise<CaseDoc> {
  const now = deps.clock.now()
  const extra: CaseUpdateExtra = { publicBy: input.author.publicBy, public: input.public }
  const done = await recordTransition(caseModel(deps.db), CASE_LIFECYCLE, {
    record: c,
    action: input.action,
    actor: input.actor,
    author: input.author,
    at: now,
    publicText: input.publicText,
    internalNote: input.internalNote,
    extra,
    also: input.also,
    notices: input.notices,
    set: async (to) => ({ ...(to === c.status ? {} : await clockFields(deps, c, to, now)), ...input.set })
  })
  if (!done) throw new AppError(409, 'CASE_STATE_CONFLICT', staleMessage)
  if (done.notices.length) await relayAfterWrite(deps, 'case', c._id)
  return done.doc
}

/** The deadline fields for a case moving to `to`: start, pause, resume or stop its clock. */
async function clockFields(deps: AppDeps, c: CaseDoc, to: CaseDoc['status'], now: Date): Promise<Record<string, unknown>> {
  const overrides = await townshipOverrides(deps.db, c.townshipId)
  const clock = deadlineFor(to, c.type, deps.config.cases)
  if (clock === 'paused') {
    return { pausedRemainingDays: c.deadline ? remainingDays(c.deadline, now, overrides) : null, resumeStatus: c.status, queueRank: NO_RANK }
  }
  if (clock === null) return { deadline: c.deadline, queueRank: NO_RANK }
  let deadline: CaseDeadline | null = c.deadline
  if (c.status === 'info_requested' && c.deadline) {
    deadline = startDeadline(c.deadline.kind, c.pausedRemainingDays ?? 0, now, overrides)
  } else if (!deadline || deadline.kind !== clock.kind) {
    deadline = startDeadline(clock.kind, clock.workingDays, now, overrides)
  }
  return {
    deadline,
    queueRank: deadline.dueBy,
    pausedRemainingDays: null,
    ...(c.status === 'info_requested' ? { resumeStatus: null } : {})
  }
}

/** How a staff member signs an update: their name inside, their department (or the centre) outside. */
export function staffAuthor(user: AuthedUser, c: Pick<CaseDoc, 'departmentName'>): CaseAuthor {
  return { id: user.id, name: user.displayName, role: user.role, publicBy: c.departmentName ?? CENTRE_NAME }
}
