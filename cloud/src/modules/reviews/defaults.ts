import { Types } from 'mongoose'
import type { AppDeps } from '../../lib/deps'
import { bookingsCompletedBetween } from '../appointments/reviewable'
import { casesClosedBetween } from '../cases/reviewable'
import { reviewModel, reviewSettingsModel, type ReviewSettingsDoc } from './model'
import { recordRating } from './rating'
import { serviceKeyOf, serviceToRate } from './services'

const DAY = 86_400_000

/**
 * The default-rating rule of townships that turned it on: every appointment visit and case finished
 * more than `defaultAfterDays` ago (and within the rating window) that nobody rated gets a 基本满意
 * rating by the system, marked defaulted. A service rated meanwhile is left alone (the unique service
 * key decides). Returns how many were recorded.
 */
export async function applyDefaultRatings(deps: AppDeps): Promise<number> {
  const now = deps.clock.now()
  const townships = await reviewSettingsModel(deps.db).find({ defaultRating: true }).lean<ReviewSettingsDoc[]>()
  let recorded = 0
  for (const s of townships) {
    const to = new Date(now.getTime() - s.defaultAfterDays * DAY)
    const from = new Date(now.getTime() - Math.max(s.acceptDays, s.defaultAfterDays + 1) * DAY)
    const townshipId = new Types.ObjectId(String(s._id))
    const [cases, bookings] = await Promise.all([casesClosedBetween(deps.db, townshipId, from, to), bookingsCompletedBetween(deps.db, townshipId, from, to)])
    const candidates = [...cases.map((c) => ({ service: 'case' as const, found: c })), ...bookings.map((b) => ({ service: 'appointment' as const, found: b }))]
    const keys = candidates.map((c) => serviceKeyOf(c.service, c.found.id))
    const rated = new Set((await reviewModel(deps.db).find({ serviceKey: { $in: keys } }, { serviceKey: 1 }).lean<{ serviceKey: string }[]>()).map((r) => r.serviceKey))
    for (const c of candidates) {
      if (rated.has(serviceKeyOf(c.service, c.found.id)) || !c.found.applicantPersonId) continue
      const target = await serviceToRate(deps.db, c.service, c.found.id, c.found)
      try {
        await recordRating(deps, { system: { applicantPersonId: c.found.applicantPersonId, applicantName: c.found.applicantName } }, target.rated, { level: 'basic', dimensions: {} })
        recorded++
      } catch (err) {
        if ((err as { code?: string }).code !== 'REVIEW_EXISTS') throw err
      }
    }
  }
  return recorded
}
