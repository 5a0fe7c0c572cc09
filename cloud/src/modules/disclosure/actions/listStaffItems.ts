import { staffItemsQuerySchema, type StaffDisclosureRow } from '../../../../../src/shared/disclosure'
import type { Page } from '../../../../../src/shared/common'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { staffScopeFilter } from '../../../lib/visibility'
import { departmentModel, type DepartmentDoc } from '../../org/model'
import { loadCatalogNames } from '../catalog'
import { ITEM_LIST_PROJECTION, toStaffRow, type SummarySource } from '../dto'
import { itemModel, type DisclosureItemDoc } from '../model'

export const listStaffItemsInput = staffItemsQuerySchema
export type ListStaffItemsInput = z.output<typeof listStaffItemsInput>

type Row = SummarySource & Pick<DisclosureItemDoc, 'version' | 'moderation' | 'updatedAt' | 'departmentId'>

/** The items staff look after (department staff: their departments'; admin: the township's), last changed first. */
export async function listStaffItems(deps: AppDeps, user: AuthedUser, q: ListStaffItemsInput): Promise<Page<StaffDisclosureRow>> {
  const filter = staffScopeFilter(user)
  if (q.status) filter.status = q.status
  if (q.scope) filter['content.scope'] = q.scope
  if (q.q) filter['content.title'] = { $regex: q.q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') }
  const Item = itemModel(deps.db)
  const [docs, total, names, departments] = await Promise.all([
    Item.find(filter, ITEM_LIST_PROJECTION).sort({ updatedAt: -1 }).skip((q.page - 1) * q.pageSize).limit(q.pageSize).lean<Row[]>(),
    Item.countDocuments(filter),
    loadCatalogNames(deps.db, user.townshipId),
    departmentModel(deps.db).find({ townshipId: filter.townshipId }, { name: 1 }).lean<Pick<DepartmentDoc, '_id' | 'name'>[]>()
  ])
  const departmentName = new Map(departments.map((d) => [String(d._id), d.name]))
  return { items: docs.map((d) => toStaffRow(d, names, departmentName.get(String(d.departmentId)) ?? '')), total, page: q.page, pageSize: q.pageSize }
}
