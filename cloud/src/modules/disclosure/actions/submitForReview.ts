import { Types } from 'mongoose'
import type { StaffDisclosureDTO } from '../../../../../src/shared/disclosure'
import type { AppDeps } from '../../../lib/deps'
import { authorOf } from '../../../lib/lifecycle'
import type { AuthedUser } from '../../../lib/types'
import { checkText } from '../../../lib/wechat/textCheck'
import { userModel } from '../../users/model'
import { changeItem, loadStaffItem } from '../core'
import { staffItemView } from '../views'
import type { DisclosureItemDoc } from '../model'
import { reviewRequestedNotice } from '../notices'

/** Every text of an item the public will read, for content security. */
function publicText(item: DisclosureItemDoc): string {
  const c = item.content
  const lines = (c.accounts?.lines ?? []).flatMap((l) => [l.item, l.note ?? ''])
  return [c.title, c.source, c.documentNumber ?? '', ...c.keywords, c.body, ...lines].filter(Boolean).join('\n')
}

/**
 * Sends a draft for review: its text goes through WeChat content security first (a risky or
 * unchecked text is held for the reviewer, never lost), then the admins are told it waits.
 */
export async function submitForReview(deps: AppDeps, user: AuthedUser, input: { id: string }): Promise<StaffDisclosureDTO> {
  const item = await loadStaffItem(deps.db, user, input.id)
  const account = await userModel(deps.db).findById(user.id, { openid: 1 }).lean<{ openid?: string }>()
  const check = item.status === 'draft' ? await checkText(deps, publicText(item), account?.openid ?? null) : { state: 'passed' as const, note: null }
  const updated = await changeItem(deps, item, {
    action: 'submitForReview',
    actor: 'staff',
    author: authorOf(user),
    internalNote: check.note,
    set: { moderation: check.state, moderationNote: check.note, submittedById: new Types.ObjectId(user.id), submittedByName: user.displayName },
    notices: () => [reviewRequestedNotice(item, deps.clock.now(), item.updates.length)]
  })
  return staffItemView(deps, user, updated)
}
