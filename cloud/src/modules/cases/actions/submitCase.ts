import { Types } from 'mongoose'
import { CASE_LIFECYCLE, departmentForCategory, submitCaseSchema, type CaseDTO } from '../../../../../src/shared/cases'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { badRequest } from '../../../lib/errors'
import { authorOf, creationUpdate } from '../../../lib/lifecycle'
import type { AuthedUser } from '../../../lib/types'
import { recordAudit } from '../../audit/actions/recordAudit'
import { resolveActing, storedActing } from '../../people/acting'
import { departmentModel, villageModel, type DepartmentDoc } from '../../org/model'
import { townshipOverrides } from '../../calendar/load'
import { ownUploads, startDeadline } from '../core'
import { toCaseDTO } from '../dto'
import { caseModel, type CaseDoc } from '../model'
import { checkText } from '../../../lib/wechat/textCheck'
import { caseModeration, settleCaseModeration } from '../moderation'
import { insertDocument } from '../../../lib/db'
import { encryptField } from '../../../lib/crypto'
import { maskPhone } from '../../../../../src/shared/mask'
import { maskIdentifiers } from '../anonymise'

export const submitCaseInput = submitCaseSchema
export type SubmitCaseInput = z.output<typeof submitCaseInput>

/**
 * Submits a case for oneself or (assistant) for someone helped: photos must be the submitter's
 * uploads; text passes content security (a flagged text is held for staff review, never dropped);
 * the acceptance clock starts (1 working day) and the category picks the department. Idempotent
 * through the route.
 */
export async function submitCase(deps: AppDeps, user: AuthedUser, input: SubmitCaseInput): Promise<CaseDTO> {
  const now = deps.clock.now()
  const [acting, uploads, villageOk, overrides, departments] = await Promise.all([
    resolveActing(deps, user),
    ownUploads(deps.db, user, input.photoIds),
    input.villageId
      ? villageModel(deps.db).exists({ _id: new Types.ObjectId(input.villageId), townshipId: new Types.ObjectId(user.townshipId) })
      : Promise.resolve(true),
    townshipOverrides(deps.db, user.townshipId),
    departmentModel(deps.db).find({ townshipId: new Types.ObjectId(user.townshipId) }).sort({ order: 1 }).lean<DepartmentDoc[]>()
  ])
  if (!villageOk) throw badRequest('VILLAGE_UNKNOWN', '请选择本乡镇的村（社区）')
  const check = await checkText(deps, `${input.title ?? ''}\n${input.text}`, user.openid)
  const content = caseModeration(check, uploads)
  const deadline = startDeadline('accept', deps.config.cases.acceptDays, now, overrides)
  const dept = departmentForCategory(input.category, departments)
  const _id = deps.ids.objectId()
  const number = `${deadline.start.replace(/-/g, '')}-${String(_id).slice(-6).toUpperCase()}`
  const doc: CaseDoc = {
    _id,
    number,
    townshipId: new Types.ObjectId(user.townshipId),
    departmentId: dept?._id ?? null,
    departmentName: dept?.name ?? null,
    type: input.type,
    category: input.category,
    title: titleOf(input),
    text: input.text,
    photoIds: uploads.map((u) => u._id),
    villageId: input.villageId ? new Types.ObjectId(input.villageId) : null,
    location: input.location || null,
    contactPreference: input.contactPreference,
    contactPhoneEncrypted: input.contactPhone ? encryptField(input.contactPhone, deps.config.keys.idEncryption) : null,
    contactPhoneMasked: input.contactPhone ? maskPhone(input.contactPhone) : null,
    hideName: input.hideName,
    acting: storedActing(acting),
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
    dispatch: null,
    reopenCount: 0,
    followUpAt: null,
    followerCount: 0,
    transferredTo: null,
    updates: [
      {
        ...creationUpdate(CASE_LIFECYCLE, 'submit', authorOf(user), now),
        publicBy: acting.onBehalf ? '帮办代办员' : '群众',
        public: true
      }
    ],
    pendingNotices: [],
    submittedAt: now,
    updatedAt: now
  }
  await insertDocument(caseModel(deps.db), doc)
  if (doc.moderation === 'checking') await settleCaseModeration(deps, doc)
  if (acting.onBehalf) {
    await recordAudit(deps, user, {
      action: 'case.submittedOnBehalf',
      targetType: 'case',
      targetId: String(_id),
      onBehalfOfPersonId: acting.applicantPersonId,
      detail: `${number} ${doc.title}`
    })
  }
  return toCaseDTO(doc, uploads)
}

/** The line lists and notices show: the given title or the text's first 20 characters, phones and ID numbers masked. */
function titleOf(input: Pick<SubmitCaseInput, 'title' | 'text'>): string {
  if (input.title) return maskIdentifiers(input.title)
  return maskIdentifiers(input.text.replace(/\s+/g, ' ')).slice(0, 20)
}
