import type { Context } from 'koa'
import { Types } from 'mongoose'
import { recordAudit } from '../../audit/actions/recordAudit'
import type { HotResponseDTO, PublishHotInput } from '../../../../../src/shared/cases'
import type { Page } from '../../../../../src/shared/common'
import type { AppDeps } from '../../../lib/deps'
import { AppError, notFound } from '../../../lib/errors'
import { isDuplicateKeyError } from '../../../lib/mongoErrors'
import type { AuthedUser } from '../../../lib/types'
import { anonymise } from '../anonymise'
import { changeCase, loadStaffCase } from '../core'
import { toHotResponseDTO } from '../dto'
import { caseModel, hotResponseModel, type HotResponseDoc } from '../model'

/**
 * Publishes an answered case as an anonymised 热点回应: names, phone and ID numbers and house numbers
 * are removed from question and answer. Only content that passed content security may be published;
 * a case is published once.
 */
export async function publishHotResponse(ctx: Context, deps: AppDeps, user: AuthedUser, id: string, input: PublishHotInput): Promise<HotResponseDTO> {
  const c = await loadStaffCase(deps.db, user, id)
  if (c.moderation !== 'passed') throw new AppError(409, 'CASE_CONTENT_HELD', '这件诉求的内容还没有通过内容安全审核，不能公开')
  if (c.hotResponseId) throw new AppError(409, 'CASE_ALREADY_PUBLISHED', '这件诉求已经发布为热点回应')
  const names = [c.acting.applicantName]
  const hotId = new Types.ObjectId()
  await changeCase(deps, c, {
    action: 'publish',
    actor: 'staff',
    author: { id: user.id, name: user.displayName, role: user.role, publicBy: c.departmentName ?? '乡镇便民服务中心' },
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
  await recordAudit(ctx, deps, user, { action: 'case.published', targetType: 'case', targetId: id, detail: `${c.number} → ${doc.title}` })
  return toHotResponseDTO(doc)
}

/** Published 热点回应 of a township, newest first (public). */
export async function listHotResponses(deps: AppDeps, townshipId: string, q: { page: number; pageSize: number }): Promise<Page<HotResponseDTO>> {
  const filter = { townshipId: new Types.ObjectId(townshipId) }
  const Hot = hotResponseModel(deps.db)
  const [docs, total] = await Promise.all([
    Hot.find(filter).sort({ publishedAt: -1 }).skip((q.page - 1) * q.pageSize).limit(q.pageSize).lean<HotResponseDoc[]>(),
    Hot.countDocuments(filter)
  ])
  return { items: docs.map(toHotResponseDTO), total, page: q.page, pageSize: q.pageSize }
}

/** One published 热点回应 (public). */
export async function getHotResponse(deps: AppDeps, id: string): Promise<HotResponseDTO> {
  const doc = await hotResponseModel(deps.db).findById(new Types.ObjectId(id)).lean<HotResponseDoc>()
  if (!doc) throw notFound('没有找到这条热点回应')
  return toHotResponseDTO(doc)
}
