import { Types } from 'mongoose'
import type { ActingRecord } from '../../../../src/shared/acting'
import type { AppDeps } from '../../lib/deps'
import type { AuthedUser } from '../../lib/types'
import { AppError, badRequest } from '../../lib/errors'
import { ensureOwnPerson } from './actions/ensureOwnPerson'
import { consentModel, personModel } from './model'

const noConsent = () => new AppError(403, 'NO_CONSENT', '您还没有代这位群众办事的授权记录')

/**
 * Who a write is by and for. Without `x-acting-for` (deps.request.actingFor) the signed-in person acts for
 * themselves (their own Person record, created on demand). With it, the caller must be an
 * assistant holding an active consent for that person; otherwise 403. Every resident or
 * assistant write stores the returned record.
 */
export async function resolveActing(deps: AppDeps, user: AuthedUser): Promise<ActingRecord> {
  const actingFor = deps.request.actingFor
  if (!actingFor) {
    const own = await ensureOwnPerson(deps, user)
    return {
      submitterId: user.id,
      submitterRole: user.role,
      applicantPersonId: String(own._id),
      applicantName: own.name,
      onBehalf: false,
      consentId: null
    }
  }
  if (!/^[0-9a-f]{24}$/.test(actingFor)) {
    throw badRequest('ACTING_FOR_INVALID', '代办对象的编号格式不正确，请回到“我帮办的群众”重新选择')
  }
  if (user.role !== 'assistant') throw new AppError(403, 'ACTING_NOT_ALLOWED', '只有帮办代办员可以代他人办事')
  const consent = await consentModel(deps.db).findOne({ assistantUserId: user.id, personId: actingFor, revokedAt: null })
  if (!consent) throw noConsent()
  const person = await personModel(deps.db).findById(actingFor, { name: 1 })
  if (!person) throw noConsent()
  return {
    submitterId: user.id,
    submitterRole: user.role,
    applicantPersonId: String(person._id),
    applicantName: person.name,
    onBehalf: true,
    consentId: String(consent._id)
  }
}

/** An acting record as records store it (ids as ObjectIds), so queries by submitter or applicant use indexes. */
export function storedActing(acting: ActingRecord) {
  return {
    submitterId: new Types.ObjectId(acting.submitterId),
    submitterRole: acting.submitterRole,
    applicantPersonId: new Types.ObjectId(acting.applicantPersonId),
    applicantName: acting.applicantName,
    onBehalf: acting.onBehalf,
    consentId: acting.consentId ? new Types.ObjectId(acting.consentId) : null
  }
}
