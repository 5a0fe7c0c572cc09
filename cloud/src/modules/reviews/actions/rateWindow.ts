import { Types } from 'mongoose'
import { rateWindowSchema, type ReviewDTO } from '../../../../../src/shared/reviews'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { notFound } from '../../../lib/errors'
import type { AuthedUser } from '../../../lib/types'
import { loadWindow } from '../../appointments/load'
import { toLocalDate } from '../../calendar/workingDays'
import { departmentModel } from '../../org/model'
import { resolveActing } from '../../people/acting'
import { recordRating } from '../rating'

export const rateWindowInput = rateWindowSchema
export type RateWindowInput = z.output<typeof rateWindowInput>

/**
 * Rates a window visit (一次一评, "rate this window" from the window's QR code): one rating per
 * person, window and China-time day (409 REVIEW_EXISTS for a second). Anonymous ratings hide the
 * name from staff and get no call-back; a 差评 still opens a rectification. Idempotent through the route.
 */
export async function rateWindow(deps: AppDeps, user: AuthedUser, input: RateWindowInput): Promise<ReviewDTO> {
  const departmentId = new Types.ObjectId(input.departmentId)
  const [acting, inTownship] = await Promise.all([
    resolveActing(deps, user),
    departmentModel(deps.db).exists({ _id: departmentId, townshipId: new Types.ObjectId(user.townshipId) })
  ])
  if (!inTownship) throw notFound('没有找到这个窗口，请重新扫窗口上的二维码')
  const window = await loadWindow(deps.db, departmentId)
  const now = deps.clock.now()
  return recordRating(
    deps,
    { user, acting },
    {
      townshipId: new Types.ObjectId(user.townshipId),
      departmentId,
      departmentName: window.name,
      windowName: window.windowName,
      service: 'window',
      serviceId: null,
      serviceKey: `window:${input.departmentId}:${acting.applicantPersonId}:${toLocalDate(now)}`,
      serviceTitle: window.windowName ? `${window.windowName}（${window.name}）` : window.name,
      staffId: null,
      staffName: null,
      servedAt: now
    },
    input
  )
}
