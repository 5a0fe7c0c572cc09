import { DISPATCH_STATUS_LABELS, LIVE_DISPATCH_STATUSES, VOLUNTEER_KIND_LABELS, type CaseVisitAnswer, type VolunteerKind } from '../../../../../src/shared/visits'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { loadOwnCase } from '../../cases/core'
import { uploadModel } from '../../cases/model'

/**
 * Who is coming and when, for the resident (or the assistant who asked) of their own case (404 for
 * anyone else's): the volunteer while an order is live or done, the visit with its photos that
 * passed content security; none while nobody is on the way (never sent, or being re-arranged).
 */
export async function getCaseVisit(deps: AppDeps, user: AuthedUser, input: { id: string }): Promise<CaseVisitAnswer> {
  const c = await loadOwnCase(deps.db, user, input.id)
  const d = c.dispatch
  if (!d || !([...LIVE_DISPATCH_STATUSES, 'visited'] as string[]).includes(d.status)) return { visit: null }
  const passed = d.visit?.photoIds.length
    ? await uploadModel(deps.db).find({ _id: { $in: d.visit.photoIds }, moderation: 'passed' }, { _id: 1 }).lean()
    : []
  const shown = new Set(passed.map((p) => String(p._id)))
  const visit = {
    status: d.status,
    statusLabel: DISPATCH_STATUS_LABELS[d.status],
    volunteerName: d.volunteerName,
    volunteerKindLabel: VOLUNTEER_KIND_LABELS[d.volunteerKind as VolunteerKind] ?? '志愿者',
    plannedAt: d.plannedAt?.toISOString() ?? null,
    record: d.visit
      ? {
          visitedAt: d.visit.visitedAt.toISOString(),
          text: d.visit.text,
          photoUrls: d.visit.photoIds.filter((id) => shown.has(String(id))).map((id) => `/api/cases/${String(c._id)}/visit/photos/${String(id)}`)
        }
      : null
  }
  return { visit }
}
