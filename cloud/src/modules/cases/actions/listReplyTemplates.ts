import { Types } from 'mongoose'
import { replyTemplatesQuerySchema, type ReplyTemplateDTO } from '../../../../../src/shared/cases'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { staffScopeFilter } from '../../../lib/visibility'
import { replyTemplateModel, type ReplyTemplateDoc } from '../model'
import { REPLY_TEMPLATES } from '../replyTemplates'

export const listReplyTemplatesInput = replyTemplatesQuerySchema
export type ListReplyTemplatesInput = z.output<typeof listReplyTemplatesInput>

/** How many saved templates a department list shows, newest first. */
const SAVED_MAX = 50

/** A saved template as the console shows it. */
export function toReplyTemplateDTO(t: ReplyTemplateDoc): ReplyTemplateDTO {
  return { id: String(t._id), title: t.title, text: t.text, departmentId: String(t.departmentId) }
}

/**
 * Reply templates: the built-in ones, then those saved by the viewer's departments (an admin: every
 * department of the township), newest first; `departmentId` narrows to one department.
 */
export async function listReplyTemplates(deps: AppDeps, user: AuthedUser, q: ListReplyTemplatesInput): Promise<ReplyTemplateDTO[]> {
  const filter = staffScopeFilter(user)
  if (q.departmentId) {
    const allowed = user.role === 'admin' || user.departmentIds.includes(q.departmentId)
    filter.departmentId = allowed ? new Types.ObjectId(q.departmentId) : { $in: [] }
  }
  const saved = await replyTemplateModel(deps.db).find(filter).sort({ createdAt: -1 }).limit(SAVED_MAX).lean<ReplyTemplateDoc[]>()
  return [...REPLY_TEMPLATES, ...saved.map(toReplyTemplateDTO)]
}
