import type { RateableDTO, RateableService } from '../../../../../src/shared/reviews'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { resolveActing } from '../../people/acting'
import { loadSettings } from '../core'
import { toReviewDTO } from '../dto'
import { reviewModel, type ReviewDoc } from '../model'
import { assertServedPerson, loadServiceToRate, serviceKeyOf } from '../services'

const DAY = 86_400_000

/** What the rate screen shows for a service: what it was, whether it can be rated now (and why not), the rating given. */
export async function getRateable(deps: AppDeps, user: AuthedUser, input: { service: RateableService; serviceId: string }): Promise<RateableDTO> {
  const [acting, target] = await Promise.all([resolveActing(deps, user), loadServiceToRate(deps.db, user, input.service, input.serviceId)])
  assertServedPerson(target, acting.applicantPersonId)
  const [settings, review] = await Promise.all([
    loadSettings(deps.db, target.rated.townshipId),
    reviewModel(deps.db).findOne({ serviceKey: serviceKeyOf(input.service, input.serviceId) }, { pendingNotices: 0 }).lean<ReviewDoc>()
  ])
  const now = deps.clock.now()
  const blocked = review
    ? '这项服务已经评价过了'
    : !target.finishedAt
      ? '这项服务还没有办结，办结后才能评价'
      : now.getTime() > target.finishedAt.getTime() + settings.acceptDays * DAY
        ? `办结 ${settings.acceptDays} 天后不再接受评价`
        : null
  return {
    service: input.service,
    serviceId: input.serviceId,
    title: target.rated.serviceTitle,
    departmentName: target.rated.departmentName,
    windowName: target.rated.windowName,
    finishedAt: target.finishedAt?.toISOString() ?? null,
    blocked,
    review: review ? toReviewDTO(review, now) : null
  }
}
