import { Types, type Connection } from 'mongoose'
import { REVIEW_LIFECYCLE, REVIEW_SETTING_DEFAULTS, type ReviewAction, type ReviewActor, type ReviewSettings } from '../../../../src/shared/reviews'
import type { AppDeps } from '../../lib/deps'
import { AppError, notFound } from '../../lib/errors'
import { recordTransition, type Author } from '../../lib/lifecycle'
import type { NoticeEvent } from '../../lib/notices'
import type { AuthedUser } from '../../lib/types'
import { assertStaffMaySee } from '../../lib/visibility'
import { recomputeDeadline } from '../calendar/deadlines'
import { townshipOverrides } from '../calendar/load'
import { toLocalDate } from '../calendar/workingDays'
import { ensureOwnPerson } from '../people/actions/ensureOwnPerson'
import { relayAfterWrite } from '../notices/relay'
import { reviewModel, reviewSettingsModel, type Rectification, type ReviewDoc, type ReviewUpdate } from './model'

/** A township's rating rules: its own, or the defaults. */
export async function loadSettings(db: Connection, townshipId: string | Types.ObjectId): Promise<ReviewSettings> {
  const doc = await reviewSettingsModel(db).findById(new Types.ObjectId(String(townshipId))).lean<ReviewSettings>()
  return {
    acceptDays: doc?.acceptDays ?? REVIEW_SETTING_DEFAULTS.acceptDays,
    lockDays: doc?.lockDays ?? REVIEW_SETTING_DEFAULTS.lockDays,
    rectifyDays: doc?.rectifyDays ?? REVIEW_SETTING_DEFAULTS.rectifyDays,
    defaultRating: doc?.defaultRating ?? REVIEW_SETTING_DEFAULTS.defaultRating,
    defaultAfterDays: doc?.defaultAfterDays ?? REVIEW_SETTING_DEFAULTS.defaultAfterDays
  }
}

/** A fresh rectification whose clock of `workingDays` starts today (calendar with 调休). */
export async function startRectification(deps: AppDeps, townshipId: Types.ObjectId, workingDays: number, now: Date): Promise<Rectification> {
  const d = recomputeDeadline(toLocalDate(now), workingDays, await townshipOverrides(deps.db, townshipId))
  return {
    start: d.start,
    workingDays: d.workingDays,
    dueDate: d.dueDate,
    dueBy: d.dueBy,
    finding: null,
    outcome: null,
    outcomeText: null,
    callBackMethod: null,
    callBackText: null,
    calledBackAt: null,
    doneAt: null,
    onTime: null,
    reopened: false,
    residentLevel: null,
    residentComment: null,
    escalatedFor: null
  }
}

const NOT_FOUND = '没有找到这条评价'

/**
 * A rating of the signed-in person: one they gave (also for someone), or one given for them. Anyone
 * else's answers 404, the same as one that does not exist.
 */
export async function loadOwnReview(deps: AppDeps, user: AuthedUser, id: string): Promise<ReviewDoc> {
  const [r, own] = await Promise.all([
    reviewModel(deps.db).findById(new Types.ObjectId(id), { pendingNotices: 0 }).lean<ReviewDoc>(),
    ensureOwnPerson(deps, user)
  ])
  if (r && (String(r.acting.submitterId) === user.id || String(r.acting.applicantPersonId) === String(own._id))) return r
  throw notFound(NOT_FOUND)
}

/** A rating staff may see (lib/visibility: 404 outside the township, 403 for another department's). */
export async function loadStaffReview(db: Connection, user: AuthedUser, id: string): Promise<ReviewDoc> {
  const r = await reviewModel(db).findById(new Types.ObjectId(id), { pendingNotices: 0 }).lean<ReviewDoc>()
  assertStaffMaySee(user, r, { missing: NOT_FOUND, why: `这条评价由${r?.departmentName ?? '其他站所'}负责整改，您不能查看或处理。请联系中心负责人` })
  return r as ReviewDoc
}

/** The lifecycle actor of a signed-in person. */
export function actorOf(user: AuthedUser): ReviewActor {
  return user.role === 'admin' ? 'admin' : user.role === 'staff' ? 'staff' : 'resident'
}

export interface ReviewChange {
  action: ReviewAction
  actor: ReviewActor
  author: Author
  publicText?: string | null
  internalNote?: string | null
  /** Whether the resident sees the update. */
  public: boolean
  set?: Record<string, unknown>
  also?: Record<string, unknown>
  notices?: () => NoticeEvent[]
}

/**
 * Applies one lifecycle action through the one recorded-update writer: one conditional write on the
 * status the rating was read with sets the new status and fields, appends the update and pushes the
 * notice events together. A rating that moved meanwhile answers 409.
 */
export async function changeReview(deps: AppDeps, r: ReviewDoc, change: ReviewChange): Promise<ReviewDoc> {
  const done = await recordTransition<ReviewDoc, ReviewDoc['status'], ReviewAction, ReviewActor, Pick<ReviewUpdate, 'public'>>(reviewModel(deps.db), REVIEW_LIFECYCLE, {
    record: r,
    action: change.action,
    actor: change.actor,
    author: change.author,
    at: deps.clock.now(),
    publicText: change.publicText,
    internalNote: change.internalNote,
    extra: { public: change.public },
    set: change.set,
    also: change.also,
    notices: change.notices
  })
  if (!done) throw new AppError(409, 'REVIEW_STATE_CONFLICT', '这条评价刚被其他人处理过，请刷新后查看最新情况再操作')
  if (done.notices.length) await relayAfterWrite(deps, 'review', r._id)
  return done.doc
}
