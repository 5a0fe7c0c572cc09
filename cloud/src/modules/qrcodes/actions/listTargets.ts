import { Types } from 'mongoose'
import { listTargetsQuerySchema, type QrTargetDTO } from '../../../../../src/shared/qrcodes'
import type { Page } from '../../../../../src/shared/common'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { staffScopeFilter } from '../../../lib/visibility'
import { qrTargetModel, type QrTargetDoc } from '../model'
import { targetViews } from '../views'

export const listTargetsQuery = listTargetsQuerySchema
export type ListTargetsQuery = z.output<typeof listTargetsQuery>

/** The township's codes the caller manages (an admin all; staff their departments' windows and guides), oldest first. */
export async function listTargets(deps: AppDeps, user: AuthedUser, query: ListTargetsQuery): Promise<Page<QrTargetDTO>> {
  const filter: Record<string, unknown> = { ...staffScopeFilter(user), status: query.status }
  if (query.kind) filter.kind = query.kind
  if (query.villageId) filter.villageId = new Types.ObjectId(query.villageId)
  const Target = qrTargetModel(deps.db)
  const [total, docs] = await Promise.all([
    Target.countDocuments(filter),
    Target.find(filter, { updates: 0 })
      .sort({ kind: 1, createdAt: 1 })
      .skip((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .lean<QrTargetDoc[]>()
  ])
  return { items: await targetViews(deps, docs), total, page: query.page, pageSize: query.pageSize }
}
