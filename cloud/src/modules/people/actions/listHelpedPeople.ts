import type { HelpedPersonDTO } from '../../../../../src/shared/people'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { consentModel, personModel } from '../model'
import { toHelpedPersonDTO } from '../dto'

/** The people an assistant currently holds an active consent for, most recently added first. */
export async function listHelpedPeople(deps: AppDeps, assistant: AuthedUser): Promise<HelpedPersonDTO[]> {
  const consents = await consentModel(deps.db)
    .find({ assistantUserId: assistant.id, revokedAt: null })
    .sort({ recordedAt: -1, _id: -1 })
    .limit(500)
  const people = await personModel(deps.db).find({ _id: { $in: consents.map((c) => c.personId) } })
  const byId = new Map(people.map((p) => [String(p._id), p]))
  return consents.flatMap((c) => {
    const person = byId.get(String(c.personId))
    return person ? [toHelpedPersonDTO(person, c)] : []
  })
}
