import type { Context } from 'koa'
import { Types } from 'mongoose'
import { CASE_CATEGORIES, type CaseDTO, type submitCaseSchema } from '../../../../../src/shared/cases'
import type * as z from '../../../../../src/shared/zod'
import { resolveActing } from '../../../lib/acting'
import type { AppDeps } from '../../../lib/deps'
import { badRequest } from '../../../lib/errors'
import type { AuthedUser } from '../../../lib/types'
import { recordAudit } from '../../audit/actions/recordAudit'
import { departmentModel, villageModel, type DepartmentDoc } from '../../org/model'
import { userModel } from '../../users/model'
import { overridesFrom, startDeadline } from '../core'
import { toCaseDTO } from '../dto'
import { caseModel, uploadModel, type CaseDoc, type UploadDoc } from '../model'
import { caseModeration, checkText, settleCaseModeration } from '../moderation'

const CATEGORY_DEPARTMENT_WORDS: Record<string, string[]> = {
  social: ['民政', '社会事务'],
  medical: ['医保', '卫生', '社保'],
  elderly: ['民政', '社会事务', '残联'],
  veteran: ['退役军人'],
  land: ['自然资源', '国土', '规划'],
  farming: ['农业', '农技', '农综'],
  environment: ['生态', '环境', '环卫'],
  roads: ['村镇建设', '建设', '水利'],
  safety: ['综治', '司法', '应急'],
  certificate: ['党政', '党群', '综合']
}

/** The department a category usually goes to in a township, if it has one. */
async function departmentForCategory(deps: AppDeps, townshipId: string, category: string): Promise<DepartmentDoc | null> {
  const words = [...(CATEGORY_DEPARTMENT_WORDS[category] ?? []), CASE_CATEGORIES.find((c) => c.id === category)?.department ?? '']
  const depts = await departmentModel(deps.db).find({ townshipId: new Types.ObjectId(townshipId) }).sort({ order: 1 }).lean<DepartmentDoc[]>()
  for (const w of words.filter(Boolean)) {
    const d = depts.find((x) => x.name.includes(w))
    if (d) return d
  }
  return null
}

/**
 * Submits a case for oneself or (assistant) for someone helped: photos must be the submitter's
 * uploads; text passes content security (a flagged text is held for staff review, never dropped);
 * the acceptance clock starts (1 working day). Idempotent through the route.
 */
export async function submitCase(ctx: Context, deps: AppDeps, user: AuthedUser, input: z.output<typeof submitCaseSchema>): Promise<CaseDTO> {
  const photoIds = [...new Set(input.photoIds)]
  const now = deps.clock.now()
  const [acting, uploads, villageOk, account, overrides, dept] = await Promise.all([
    resolveActing(ctx, deps, user),
    photoIds.length
      ? uploadModel(deps.db).find({ _id: { $in: photoIds.map((id) => new Types.ObjectId(id)) }, ownerId: new Types.ObjectId(user.id) }).lean<UploadDoc[]>()
      : Promise.resolve([] as UploadDoc[]),
    input.villageId
      ? villageModel(deps.db).exists({ _id: new Types.ObjectId(input.villageId), townshipId: new Types.ObjectId(user.townshipId) })
      : Promise.resolve(true),
    userModel(deps.db).findById(user.id, { openid: 1 }).lean<{ openid?: string }>(),
    overridesFrom(deps.db, user.townshipId, now),
    departmentForCategory(deps, user.townshipId, input.category)
  ])
  if (uploads.length !== photoIds.length) throw badRequest('PHOTO_UNKNOWN', '有照片没有上传成功，请删掉后重新上传')
  if (!villageOk) throw badRequest('VILLAGE_UNKNOWN', '请选择本乡镇的村（社区）')
  const check = await checkText(deps, `${input.title ?? ''}\n${input.text}`, account?.openid ?? null)
  const content = caseModeration(check, uploads)
  const deadline = startDeadline('accept', deps.config.cases.acceptDays, now, overrides)
  const _id = new Types.ObjectId()
  const number = `${deadline.start.replace(/-/g, '')}-${String(_id).slice(-6).toUpperCase()}`
  const doc: CaseDoc = {
    _id,
    number,
    townshipId: new Types.ObjectId(user.townshipId),
    departmentId: dept?._id ?? null,
    departmentName: dept?.name ?? null,
    type: input.type,
    category: input.category,
    title: input.title ?? input.text.replace(/\s+/g, ' ').slice(0, 20),
    text: input.text,
    photoIds: uploads.map((u) => u._id),
    villageId: input.villageId ? new Types.ObjectId(input.villageId) : null,
    location: input.location || null,
    contactPreference: input.contactPreference,
    contactPhone: input.contactPhone ?? null,
    hideName: input.hideName,
    acting: {
      submitterId: new Types.ObjectId(acting.submitterId),
      submitterRole: acting.submitterRole,
      applicantPersonId: new Types.ObjectId(acting.applicantPersonId),
      applicantName: acting.applicantName,
      onBehalf: acting.onBehalf,
      consentId: acting.consentId ? new Types.ObjectId(acting.consentId) : null
    },
    status: 'submitted',
    resumeStatus: null,
    moderation: content.state,
    moderationNote: content.note,
    deadline,
    pausedRemainingDays: null,
    queueRank: deadline.dueBy,
    escalatedFor: null,
    autoCloseBy: null,
    pendingQuestion: null,
    reply: null,
    mergedIntoId: null,
    mergedIntoNumber: null,
    rating: null,
    hotResponseId: null,
    updates: [
      {
        action: 'submit',
        authorId: new Types.ObjectId(user.id),
        authorName: user.displayName,
        authorRole: user.role,
        publicBy: acting.onBehalf ? '帮办代办员' : '群众',
        from: null,
        to: 'submitted',
        publicText: null,
        internalNote: null,
        public: true,
        at: now
      }
    ],
    pendingNotices: [],
    submittedAt: now,
    updatedAt: now
  }
  await caseModel(deps.db).create(doc)
  if (doc.moderation === 'checking') await settleCaseModeration(deps, doc)
  if (acting.onBehalf) {
    await recordAudit(ctx, deps, user, {
      action: 'case.submittedOnBehalf',
      targetType: 'case',
      targetId: String(_id),
      onBehalfOfPersonId: acting.applicantPersonId,
      detail: `${number} ${doc.title}`
    })
  }
  return toCaseDTO(doc, uploads)
}
