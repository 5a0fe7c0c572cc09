import type { AuthedUser } from '../../lib/types'
import type { CaseAuthor } from './core'
import type { CaseDoc } from './model'

/** How a resident (or the assistant who submitted for them) signs an update on their case. */
export function residentAuthor(user: AuthedUser, c: Pick<CaseDoc, 'acting'>): CaseAuthor {
  return {
    id: user.id,
    name: user.displayName,
    role: user.role,
    publicBy: c.acting.onBehalf && String(c.acting.submitterId) === user.id ? '帮办代办员' : '群众'
  }
}
