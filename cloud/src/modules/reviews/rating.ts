import { Types } from 'mongoose'
import { REVIEW_LIFECYCLE, isBadLevel, type ReviewDimensions, type ReviewDTO, type ReviewLevel, type ReviewService } from '../../../../src/shared/reviews'
import type { ActingRecord } from '../../../../src/shared/acting'
import type { AppDeps } from '../../lib/deps'
import { insertDocument } from '../../lib/db'
import { AppError } from '../../lib/errors'
import { creationUpdate, SYSTEM_AUTHOR, type Author } from '../../lib/lifecycle'
import { isDuplicateKeyError } from '../../lib/mongoErrors'
import type { AuthedUser } from '../../lib/types'
import { recordAudit } from '../audit/actions/recordAudit'
import { toLocalDate } from '../calendar/workingDays'
import { checkText } from '../../lib/wechat/textCheck'
import { loadSettings, startRectification } from './core'
import { toReviewDTO } from './dto'
import { NO_RANK, reviewModel, type ReviewActing, type ReviewDoc } from './model'

const DAY = 86_400_000

/** What is rated: the service, who served it and when. */
export type RatedService = Pick<
  ReviewDoc,
  'townshipId' | 'departmentId' | 'departmentName' | 'windowName' | 'service' | 'serviceId' | 'serviceKey' | 'serviceTitle' | 'staffId' | 'staffName' | 'servedAt'
>

/** The levels and words of a rating. */
export interface RatingInput {
  level: ReviewLevel
  dimensions: ReviewDimensions
  comment?: string
  anonymous?: boolean
}

/**
 * A rating's comment and its content check, as the rating stores them: a comment anything but
 * clearly passed by WeChat is held for staff review (the rating counts anyway).
 */
export async function checkedComment(deps: AppDeps, raw: string | undefined, openid: string | null) {
  const comment = raw?.trim() || null
  const check = comment ? await checkText(deps, comment, openid) : { state: 'passed' as const, note: null }
  return { comment, moderation: check.state, moderationNote: check.note, commentReviewed: false }
}

/** The China-time month `YYYY-MM` of an instant. */
export function monthOf(at: Date): string {
  return toLocalDate(at).slice(0, 7)
}

/** The answer when the service already has its rating (一事一评 / 一次一评). */
export function alreadyRated(service: ReviewService): AppError {
  return new AppError(
    409,
    'REVIEW_EXISTS',
    service === 'window' ? '您今天已经评价过这个窗口了，每人每个窗口每天评价一次' : '这项服务已经评价过了，每项服务只评价一次。可以在“我的评价”里查看'
  )
}

/**
 * Records a rating of `service` by `acting`: the comment goes through content security (a flagged
 * comment is held for review; the rating counts anyway), a 差评 opens its rectification with the
 * township's working-day deadline. The unique service key makes it one rating per service (or per
 * person, window and day): a second answers 409 REVIEW_EXISTS. An assistant's rating for someone is
 * recorded as such and audited. `defaulted` is the township's default-rating rule (system, 基本满意).
 */
export async function recordRating(
  deps: AppDeps,
  by: { user: AuthedUser; acting: ActingRecord } | { system: { applicantPersonId: Types.ObjectId; applicantName: string } },
  service: RatedService,
  input: RatingInput
): Promise<ReviewDTO> {
  const now = deps.clock.now()
  const settings = await loadSettings(deps.db, service.townshipId)
  const bad = isBadLevel(input.level)
  const comment = await checkedComment(deps, 'user' in by ? input.comment : undefined, 'user' in by ? by.user.openid : null)
  const acting: ReviewActing =
    'user' in by
      ? {
          submitterId: new Types.ObjectId(by.user.id),
          submitterRole: by.user.role,
          submitterName: by.user.displayName,
          applicantPersonId: new Types.ObjectId(by.acting.applicantPersonId),
          applicantName: by.acting.applicantName,
          onBehalf: by.acting.onBehalf,
          consentId: by.acting.consentId ? new Types.ObjectId(by.acting.consentId) : null
        }
      : { submitterId: null, submitterRole: 'system', submitterName: '系统', ...by.system, onBehalf: false, consentId: null }
  const author: Author = 'user' in by ? { id: by.user.id, name: by.user.displayName, role: by.user.role } : SYSTEM_AUTHOR
  const rectification = bad ? await startRectification(deps, service.townshipId, settings.rectifyDays, now) : null
  const action = 'user' in by ? (bad ? 'rateBad' : 'rate') : 'rateDefault'
  const doc: ReviewDoc = {
    _id: deps.ids.objectId(),
    ...service,
    month: monthOf(now),
    level: input.level,
    dimensions: input.dimensions,
    ...comment,
    anonymous: input.anonymous ?? false,
    acting,
    defaulted: !('user' in by),
    bad,
    excluded: false,
    status: bad ? 'verifying' : 'rated',
    resumeStatus: null,
    rectification,
    queueRank: rectification?.dueBy ?? NO_RANK,
    appeal: null,
    ratedAt: now,
    amendableUntil: new Date(now.getTime() + settings.lockDays * DAY),
    updates: [
      {
        ...creationUpdate(REVIEW_LIFECYCLE, action, author, now, {
          publicText: 'user' in by ? null : `超过 ${settings.defaultAfterDays} 天未评价，按本乡镇规定默认为“基本满意”`
        }),
        public: true
      }
    ],
    pendingNotices: [],
    updatedAt: now
  }
  try {
    await insertDocument(reviewModel(deps.db), doc)
  } catch (err) {
    if (isDuplicateKeyError(err)) throw alreadyRated(service.service)
    throw err
  }
  if ('user' in by && by.acting.onBehalf) {
    await recordAudit(deps, by.user, {
      action: 'review.ratedOnBehalf',
      targetType: 'review',
      targetId: String(doc._id),
      onBehalfOfPersonId: by.acting.applicantPersonId,
      detail: service.serviceTitle
    })
  }
  return toReviewDTO(doc, now)
}
