import { Types } from 'mongoose'
import { saveReplyTemplateSchema, type ReplyTemplateDTO } from '../../../../../src/shared/cases'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { forbidden, notFound } from '../../../lib/errors'
import type { AuthedUser } from '../../../lib/types'
import { departmentModel } from '../../org/model'
import { replyTemplateModel, type ReplyTemplateDoc } from '../model'
import { toReplyTemplateDTO } from './listReplyTemplates'

export const saveReplyTemplateInput = saveReplyTemplateSchema
export type SaveReplyTemplateInput = z.output<typeof saveReplyTemplateInput>

/**
 * Saves a reply template for a department to reuse: department staff for their own departments,
 * an admin for any department of the township. Idempotent through the route.
 */
export async function saveReplyTemplate(deps: AppDeps, user: AuthedUser, input: SaveReplyTemplateInput): Promise<ReplyTemplateDTO> {
  if (user.role !== 'admin' && !user.departmentIds.includes(input.departmentId)) throw forbidden('只能为自己所在站所保存答复模板')
  const departmentId = new Types.ObjectId(input.departmentId)
  const township = new Types.ObjectId(user.townshipId)
  if (!(await departmentModel(deps.db).exists({ _id: departmentId, townshipId: township }))) throw notFound('没有找到这个站所')
  const doc: ReplyTemplateDoc = {
    _id: deps.ids.objectId(),
    townshipId: township,
    departmentId,
    title: input.title,
    text: input.text,
    createdBy: new Types.ObjectId(user.id),
    createdAt: deps.clock.now()
  }
  await replyTemplateModel(deps.db).create(doc)
  return toReplyTemplateDTO(doc)
}
