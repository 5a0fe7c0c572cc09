import { Types } from 'mongoose'
import { publishHotSchema, type HotResponseDTO } from '../../../../../src/shared/cases'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { AppError } from '../../../lib/errors'
import { isDuplicateKeyError } from '../../../lib/mongoErrors'
import type { AuthedUser } from '../../../lib/types'
import { recordAudit } from '../../audit/actions/recordAudit'
import { anonymise } from '../anonymise'
import { changeCase, loadStaffCase, staffAuthor } from '../core'
import { toHotResponseDTO } from '../dto'
import { caseModel, hotResponseModel, type HotResponseDoc } from '../model'

export const publishHotResponseInput = publishHotSchema
export type PublishHotResponseInput = z.output<typeof publishHotResponseInput> & { id: string }

/**
 * Publishes an answered case as an anonymised 热点回应: names, phone and ID numbers and house numbers
 * are removed from question and answer. Only content that passed content security may be published;
 * a case is published once.
 */
export async function publishHotResponse(deps: AppDeps, user: AuthedUser, input: PublishHotResponseInput): Promise<HotResponseDTO> {
  const c = await loadStaffCase(deps.db, user, input.id)
  if (c.moderation !== 'passed') throw new AppError(409, 'CASE_CONTENT_HELD', '这件诉求的内容还没有通过内容安全审核，不能公开')
  if (c.hotResponseId) throw new AppError(409, 'CASE_ALREADY_PUBLISHED', '这件诉求已经发布为热点回应')
  const names = [c.acting.applicantName]
  const hotId = new Types.ObjectId()
  await changeCase(deps, c, {
    action: 'publish',
    actor: 'staff',
    author: staffAuthor(user, c),
    internalNote: `发布为热点回应：${input.title}`,
    public: false,
    also: { hotResponseId: null },
    set: { hotResponseId: hotId }
  })
  const doc: HotResponseDoc = {
    _id: hotId,
    caseId: c._id,
    townshipId: c.townshipId,
    type: c.type,
    category: c.category,
    title: anonymise(input.title, names),
    question: anonymise(input.question ?? c.text, names),
    answer: anonymise(input.answer ?? c.reply ?? '', names),
    departmentName: c.departmentName,
    publishedBy: new Types.ObjectId(user.id),
    publishedAt: deps.clock.now()
  }
  try {
    await hotResponseModel(deps.db).create(doc)
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err
    await caseModel(deps.db).updateOne({ _id: c._id, hotResponseId: hotId }, { $set: { hotResponseId: null } })
    throw new AppError(409, 'CASE_ALREADY_PUBLISHED', '这件诉求已经发布为热点回应')
  }
  await recordAudit(deps, user, { action: 'case.published', targetType: 'case', targetId: input.id, detail: `${c.number} → ${doc.title}` })
  return toHotResponseDTO(doc)
}

