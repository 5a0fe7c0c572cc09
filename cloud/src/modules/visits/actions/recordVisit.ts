import { Types } from 'mongoose'
import { chinaMonthDayTime } from '../../../../../src/shared/chinaTime'
import { recordVisitSchema, type VisitOrderDTO } from '../../../../../src/shared/visits'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { badRequest, conflict } from '../../../lib/errors'
import type { AuthedUser } from '../../../lib/types'
import { addWorkingDays, endOfLocalDay, toLocalDate } from '../../calendar/workingDays'
import { townshipOverrides } from '../../calendar/load'
import { changeCase } from '../../cases/core'
import { uploadModel, type CaseVisit } from '../../cases/model'
import { orderIsTheirs } from '../dto'
import { visitNotice } from '../notices'
import { loadMyOrder, orderView, sameOrder, villageNameOf, volunteerAuthor } from '../orders'
import { registrationOf } from '../volunteers'

export const recordVisitInput = recordVisitSchema
export type RecordVisitInput = z.output<typeof recordVisitInput> & { id: string }

const SKEW_MS = 10 * 60_000

/**
 * 上门服务记录: the volunteer whose order it is records the visit — when, what was done, photos they
 * uploaded. The record answers the case (replied, the answer clock stops, the auto-close clock
 * starts) in the same write; the resident (and the assistant who asked) are asked to confirm and
 * rate, the dispatcher is told.
 */
export async function recordVisit(deps: AppDeps, user: AuthedUser, input: RecordVisitInput): Promise<VisitOrderDTO> {
  const v = await registrationOf(deps.db, user)
  const c = await loadMyOrder(deps.db, user, input.id)
  const d = c.dispatch
  if (!orderIsTheirs(c)) throw conflict('ORDER_CLOSED', d.status === 'visited' ? '这次上门已经记录过了' : '先接单，约好时间上门后再记录')
  const now = deps.clock.now()
  const visitedAt = new Date(input.visitedAt)
  if (visitedAt.getTime() > now.getTime() + SKEW_MS) throw badRequest('VISIT_IN_FUTURE', '上门时间不能晚于现在', { visitedAt: '上门时间不能晚于现在' })
  if (visitedAt.getTime() < d.offeredAt.getTime() - SKEW_MS) throw badRequest('VISIT_TOO_EARLY', '上门时间不能早于派单时间，请核对', { visitedAt: '不能早于派单时间' })
  const photoIds = [...new Set(input.photoIds)].map((id) => new Types.ObjectId(id))
  if (photoIds.length) {
    const mine = await uploadModel(deps.db).countDocuments({ _id: { $in: photoIds }, ownerId: new Types.ObjectId(user.id) })
    if (mine !== photoIds.length) throw badRequest('PHOTO_UNKNOWN', '有照片没有上传成功，请删掉后重新上传', { photoIds: '有照片没有上传成功' })
  }
  const overrides = await townshipOverrides(deps.db, c.townshipId)
  const autoCloseBy = endOfLocalDay(addWorkingDays(toLocalDate(now), deps.config.cases.autoCloseDays, overrides))
  const visit: CaseVisit = { visitedAt, text: input.text, photoIds, recordedAt: now }
  const author = volunteerAuthor(user, v)
  const villageName = await villageNameOf(deps.db, c)
  const done = await changeCase(deps, c, {
    action: 'recordVisit',
    actor: 'volunteer',
    author,
    publicText: `${chinaMonthDayTime(visitedAt)}上门：${input.text}`,
    public: true,
    set: { 'dispatch.status': 'visited', 'dispatch.visit': visit, reply: `${author.publicBy}已于${chinaMonthDayTime(visitedAt)}上门服务：${input.text}`, autoCloseBy },
    also: sameOrder(d, 'accepted'),
    notices: () => [visitNotice('visit.visited', c, d, now, { villageName, text: input.text.slice(0, 100) })]
  })
  return orderView(deps, user, done)
}
