import { Types } from 'mongoose'
import type * as z from '../../../../../src/shared/zod'
import type { Page } from '../../../../../src/shared/common'
import { auditListQuerySchema, type AuditEntryDTO } from '../../../../../src/shared/audit'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { userModel } from '../../users/model'
import { auditModel } from '../model'

export const listAuditLogQuery = auditListQuerySchema
export type ListAuditLogQuery = z.output<typeof listAuditLogQuery>

/** The admin's township's audit log, newest first, with actor names. */
export async function listAuditLog(deps: AppDeps, admin: AuthedUser, query: ListAuditLogQuery): Promise<Page<AuditEntryDTO>> {
  const filter: Record<string, unknown> = { townshipId: new Types.ObjectId(admin.townshipId) }
  if (query.action) filter.action = query.action
  const Audit = auditModel(deps.db)
  const [docs, total] = await Promise.all([
    Audit.find(filter)
      .sort({ at: -1, _id: -1 })
      .skip((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .lean(),
    Audit.countDocuments(filter)
  ])
  const actorIds = [...new Set(docs.map((d) => String(d.actorId)))]
  const actors = await userModel(deps.db)
    .find({ _id: { $in: actorIds } }, { displayName: 1 })
    .lean()
  const names = new Map(actors.map((a) => [String(a._id), a.displayName]))
  return {
    items: docs.map((d) => ({
      id: String(d._id),
      at: d.at.toISOString(),
      actorId: String(d.actorId),
      actorName: names.get(String(d.actorId)) ?? '（已删除的账号）',
      actorRole: d.actorRole,
      action: d.action,
      targetType: d.targetType,
      targetId: d.targetId,
      onBehalfOfPersonId: d.onBehalfOfPersonId ? String(d.onBehalfOfPersonId) : null,
      requestId: d.requestId,
      detail: d.detail ?? null
    })),
    total,
    page: query.page,
    pageSize: query.pageSize
  }
}
