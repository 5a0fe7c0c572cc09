import type { Context } from 'koa'
import { ACTING_FOR_HEADER, type ActingRecord } from '../../../src/shared/acting'
import type { AppDeps } from './deps'
import type { AuthedUser } from './types'
import { AppError, badRequest } from './errors'
import { consentModel, personModel } from '../modules/people/model'
import { ensureOwnPerson } from '../modules/people/actions/ensureOwnPerson'

const noConsent = () => new AppError(403, 'NO_CONSENT', '您还没有代这位群众办事的授权记录')

/**
 * Who a write is by and for. Without the `x-acting-for` header the signed-in person acts for
 * themselves (their own Person record, created on demand). With it, the caller must be an
 * assistant holding an active consent for that person; otherwise 403. Every resident or
 * assistant write stores the returned record.
 */
export async function resolveActing(ctx: Context, deps: AppDeps, user: AuthedUser): Promise<ActingRecord> {
  const actingFor = ctx.get(ACTING_FOR_HEADER).trim()
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
