import { Types } from 'mongoose'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import type { AuditAction } from '../../../../../src/shared/audit'
import { auditModel } from '../model'

export interface AuditInput {
  action: AuditAction
  targetType: string
  targetId: string
  onBehalfOfPersonId?: string | null
  detail?: string | null
}

/**
 * Appends one audit entry for the signed-in actor in the current request (who, what, when,
 * request id). Awaited before the audited data leaves the server, so a failed write withholds it.
 */
export async function recordAudit(deps: AppDeps, actor: AuthedUser, input: AuditInput): Promise<void> {
  await auditModel(deps.db).create({
    townshipId: new Types.ObjectId(actor.townshipId),
    at: deps.clock.now(),
    actorId: new Types.ObjectId(actor.id),
    actorRole: actor.role,
    action: input.action,
    targetType: input.targetType,
    targetId: input.targetId,
    onBehalfOfPersonId: input.onBehalfOfPersonId ? new Types.ObjectId(input.onBehalfOfPersonId) : null,
    requestId: deps.request.requestId,
    clientIp: deps.request.clientIp,
    detail: input.detail ?? null
  })
}
