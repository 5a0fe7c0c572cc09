import { revokeConsentSchema } from '../../../../../src/shared/people'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { notFound } from '../../../lib/errors'
import { recordAudit } from '../../audit/actions/recordAudit'
import { consentModel } from '../model'

export const revokeConsentInput = revokeConsentSchema
export type RevokeConsentInput = z.output<typeof revokeConsentInput>

/** Ends an assistant's consent to act for a person (the person changed their mind); repeat-safe. */
export async function revokeConsent(deps: AppDeps, assistant: AuthedUser, consentId: string, input: RevokeConsentInput): Promise<void> {
  const Consents = consentModel(deps.db)
  const revoked = await Consents.findOneAndUpdate(
    { _id: consentId, assistantUserId: assistant.id, revokedAt: null },
    {
      $set: { revokedAt: deps.clock.now(), revokedBy: assistant.id, revokeReason: input.reason ?? null },
      $unset: { activeKey: 1 }
    },
    { new: true }
  )
  if (!revoked) {
    if (await Consents.exists({ _id: consentId, assistantUserId: assistant.id })) return
    throw notFound('没有找到这条授权记录')
  }
  await recordAudit(deps, assistant, {
    action: 'consent.revoked',
    targetType: 'consent',
    targetId: String(revoked._id),
    onBehalfOfPersonId: String(revoked.personId),
    detail: input.reason ?? null
  })
}
