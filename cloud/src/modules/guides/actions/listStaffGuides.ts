import { Types } from 'mongoose'
import * as z from '../../../../../src/shared/zod'
import { objectId, paging, type Page } from '../../../../../src/shared/common'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { departmentModel, type DepartmentDoc } from '../../org/model'
import type { StaffGuideRow } from '../../../../../src/shared/guides'
import { guideModel, toStaffGuideRow, type GuideDoc } from '../model'

export const listStaffGuidesQuerySchema = z.extend(paging, {
  departmentId: z.optional(objectId),
  state: z._default(z.enum(['all', 'draft', 'published'], { error: '状态只能是 all、draft 或 published' }), 'all')
})
export type ListStaffGuidesQuery = z.output<typeof listStaffGuidesQuerySchema>

/**
 * The guides a staff member looks after, most recently edited first: department staff see their
 * departments' guides, an admin every guide of the township. `state` narrows to guides not online
 * (`draft`) or online (`published`); each row says whether its draft has unpublished edits.
 */
export async function listStaffGuides(deps: Pick<AppDeps, 'db'>, user: AuthedUser, query: ListStaffGuidesQuery): Promise<Page<StaffGuideRow>> {
  const townshipId = new Types.ObjectId(user.townshipId)
  const filter: Record<string, unknown> = { townshipId }
  const mine = user.role === 'admin' ? null : user.departmentIds
  if (query.departmentId) {
    filter['draft.departmentId'] = mine && !mine.includes(query.departmentId) ? { $in: [] } : query.departmentId
  } else if (mine) {
    filter['draft.departmentId'] = { $in: mine }
  }
  if (query.state === 'draft') filter.published = null
  if (query.state === 'published') filter.published = { $ne: null }
  const Guide = guideModel(deps.db)
  const [rows, total] = await Promise.all([
    Guide.find(filter, { history: 0, search: 0 })
      .sort({ draftUpdatedAt: -1, _id: -1 })
      .skip((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .lean<GuideDoc[]>(),
    Guide.countDocuments(filter)
  ])
  const departments = await departmentModel(deps.db).find({ townshipId }, { name: 1 }).lean<Pick<DepartmentDoc, '_id' | 'name'>[]>()
  const names = new Map(departments.map((d) => [String(d._id), d.name]))
  return {
    items: rows.map((d) => toStaffGuideRow(d, names.get(d.draft.departmentId) ?? '')),
    total,
    page: query.page,
    pageSize: query.pageSize
  }
}
