import { reviewContentSchema, type StaffCaseDTO } from '../../../../../src/shared/cases'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { changeCase, loadStaffCase, staffAuthor } from '../core'
import { uploadModel } from '../model'
import { staffView } from '../views'

export const reviewContentInput = reviewContentSchema
export type ReviewContentInput = z.output<typeof reviewContentInput> & { id: string }

/** Content review of a held case: `pass` releases text and photos; `keepHidden` keeps them staff-only. */
export async function reviewContent(deps: AppDeps, user: AuthedUser, input: ReviewContentInput): Promise<StaffCaseDTO> {
  const c = await loadStaffCase(deps.db, user, input.id)
  const pass = input.decision === 'pass'
  const updated = await changeCase(deps, c, {
    action: 'review',
    actor: 'staff',
    author: staffAuthor(user, c),
    internalNote: `${pass ? '审核通过' : '保持隐藏'}${input.note ? `：${input.note}` : ''}`,
    public: false,
    set: { moderation: pass ? 'passed' : 'held', moderationNote: input.note ?? null }
  })
  if (pass && c.photoIds.length) await uploadModel(deps.db).updateMany({ _id: { $in: c.photoIds } }, { $set: { moderation: 'passed' } })
  return staffView(deps, updated)
}
