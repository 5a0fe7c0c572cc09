import { rateServiceSchema, type ReviewDTO } from '../../../../../src/shared/reviews'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { AppError } from '../../../lib/errors'
import type { AuthedUser } from '../../../lib/types'
import { resolveActing } from '../../people/acting'
import { loadSettings } from '../core'
import { recordRating } from '../rating'
import { assertServedPerson, loadServiceToRate } from '../services'

export const rateServiceInput = rateServiceSchema
export type RateServiceInput = z.output<typeof rateServiceInput>

const DAY = 86_400_000

/**
 * Rates a finished appointment visit or a closed case (一事一评), for oneself or — assistant with
 * consent — for the person it served. Someone else's service answers 404, an unfinished one 409
 * SERVICE_NOT_FINISHED, one past the township's rating window 409 REVIEW_WINDOW_CLOSED, a second
 * rating 409 REVIEW_EXISTS. Idempotent through the route.
 */
export async function rateService(deps: AppDeps, user: AuthedUser, input: RateServiceInput): Promise<ReviewDTO> {
  const [acting, target] = await Promise.all([resolveActing(deps, user), loadServiceToRate(deps.db, user, input.service, input.serviceId)])
  assertServedPerson(target, acting.applicantPersonId)
  if (!target.finishedAt) throw new AppError(409, 'SERVICE_NOT_FINISHED', '这项服务还没有办结，办结后才能评价')
  const settings = await loadSettings(deps.db, target.rated.townshipId)
  if (deps.clock.now().getTime() > target.finishedAt.getTime() + settings.acceptDays * DAY) {
    throw new AppError(409, 'REVIEW_WINDOW_CLOSED', `办结 ${settings.acceptDays} 天后不再接受评价。有意见可以提交诉求或打服务中心电话`)
  }
  return recordRating(deps, { user, acting }, target.rated, input)
}
