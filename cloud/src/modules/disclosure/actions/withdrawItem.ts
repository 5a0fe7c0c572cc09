import { withdrawItemSchema, type StaffDisclosureDTO } from '../../../../../src/shared/disclosure'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { authorOf } from '../../../lib/lifecycle'
import type { AuthedUser } from '../../../lib/types'
import { recordAudit } from '../../audit/actions/recordAudit'
import { changeItem, loadStaffItem } from '../core'
import { bumpSearchVersion } from '../search'
import { staffItemView } from '../views'

export const withdrawItemInput = withdrawItemSchema
export type WithdrawItemInput = z.output<typeof withdrawItemInput> & { id: string }

/** Takes a published item down, saying why: the record and its page stay, marked 已撤回 with the reason. Audited. */
export async function withdrawItem(deps: AppDeps, user: AuthedUser, input: WithdrawItemInput): Promise<StaffDisclosureDTO> {
  const item = await loadStaffItem(deps.db, user, input.id)
  const updated = await changeItem(deps, item, {
    action: 'withdraw',
    actor: 'staff',
    author: authorOf(user),
    publicText: input.reason,
    set: { withdrawnAt: deps.clock.now(), withdrawReason: input.reason }
  })
  await bumpSearchVersion(deps.db, item.townshipId)
  await recordAudit(deps, user, { action: 'disclosure.withdrawn', targetType: 'disclosureItem', targetId: input.id, detail: `${item.content.title}：${input.reason}` })
  return staffItemView(deps, user, updated)
}
