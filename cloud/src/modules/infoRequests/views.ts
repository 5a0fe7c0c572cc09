import { INFO_REQUEST_ACTION_LABELS, INFO_REQUEST_LIFECYCLE, type InfoRequestDTO, type StaffInfoRequestDTO } from '../../../../src/shared/infoRequests'
import type { AppDeps } from '../../lib/deps'
import type { AuthedUser } from '../../lib/types'
import { toLocalDate } from '../calendar/workingDays'
import { attachmentLinks } from '../disclosure/files'
import { ClockRuleError, correctionNoticeDeadline, extendClock } from './clock'
import { loadSettings, overridesAround, staffActor } from './core'
import { staffConsultations, toRequestDTO } from './dto'
import { infoRequestModel, type InfoRequestDoc } from './model'

/** A request as its applicant (or their assistant) sees it, with the reply's attachments as links. */
export async function applicantView(deps: AppDeps, r: InfoRequestDoc): Promise<InfoRequestDTO> {
  const now = deps.clock.now()
  const [overrides, attachments] = await Promise.all([
    overridesAround(deps.db, r.townshipId, now),
    attachmentLinks(deps, r.townshipId, r.reply?.attachmentIds ?? [])
  ])
  return toRequestDTO(r, now, overrides, attachments)
}

/** The applicant's requests submitted in the same natural month up to this one (the fee rule counts them). */
export async function requestsThisMonth(deps: AppDeps, r: Pick<InfoRequestDoc, 'townshipId' | 'applicant' | 'monthKey' | 'submittedAt'>): Promise<number> {
  return infoRequestModel(deps.db).countDocuments({
    townshipId: r.townshipId,
    'applicant.idHash': r.applicant.idHash,
    monthKey: r.monthKey,
    submittedAt: { $lte: r.submittedAt }
  })
}

/**
 * A request as staff see it: every step with internal notes, what the viewer may do now (an
 * extension is the office head's), how long a correction notice may still go out, and the fee rule.
 */
export async function staffView(deps: AppDeps, user: AuthedUser, r: InfoRequestDoc): Promise<StaffInfoRequestDTO> {
  const now = deps.clock.now()
  const today = toLocalDate(now)
  const [overrides, attachments, settings, monthCount] = await Promise.all([
    overridesAround(deps.db, r.townshipId, now),
    attachmentLinks(deps, r.townshipId, r.reply?.attachmentIds ?? []),
    loadSettings(deps.db, r.townshipId),
    requestsThisMonth(deps, r)
  ])
  const { timeline: _timeline, consultations: _consultations, ...base } = toRequestDTO(r, now, overrides, attachments)
  const correctionUntil = r.receivedOn && !r.correction && r.status === 'received' ? correctionNoticeDeadline(r.receivedOn, overrides) : null
  let extensionBlocked: string | null = null
  if (r.clock && (r.status === 'received' || r.status === 'corrected')) {
    try {
      extendClock(r.clock, 1, today, overrides)
    } catch (err) {
      if (!(err instanceof ClockRuleError)) throw err
      extensionBlocked = err.message
    }
  }
  if (user.role !== 'admin') extensionBlocked = '延期答复须经政府信息公开工作机构负责人同意，请由中心负责人操作'
  return {
    ...base,
    townshipId: String(r.townshipId),
    consultations: staffConsultations(r),
    allowedActions: INFO_REQUEST_LIFECYCLE.allowedActions(r.status, staffActor(user)).filter((a) => {
      if (a === 'requestCorrection') return correctionUntil !== null && today <= correctionUntil
      if (a === 'extend') return extensionBlocked === null
      return true
    }),
    correctionAllowedUntil: correctionUntil && today <= correctionUntil ? correctionUntil : null,
    extensionBlocked,
    requestsThisMonth: monthCount,
    feeMethod: settings.feeMethod,
    history: r.updates.map((u) => ({
      action: u.action,
      label: INFO_REQUEST_ACTION_LABELS[u.action],
      at: u.at.toISOString(),
      text: u.publicText,
      authorName: u.authorName,
      internalNote: u.internalNote,
      public: u.public
    }))
  }
}
