import { Types } from 'mongoose'
import type {
  AssignCaseInput,
  InternalNoteInput,
  MergeCaseInput,
  RejectCaseInput,
  ReplyCaseInput,
  RequestInfoInput,
  ReturnCaseInput,
  ReviewContentInput,
  StaffCaseDTO
} from '../../../../../src/shared/cases'
import type { AppDeps } from '../../../lib/deps'
import { AppError, badRequest, notFound } from '../../../lib/errors'
import type { AuthedUser } from '../../../lib/types'
import { departmentModel, type DepartmentDoc } from '../../org/model'
import { changeCase, loadStaffCase, loadUploads, overridesFrom, staffAuthor } from '../core'
import { toStaffCaseDTO } from '../dto'
import { addWorkingDays, endOfLocalDay, toLocalDate } from '../../calendar/workingDays'
import { caseModel, uploadModel, type CaseDoc } from '../model'
import { caseNotice } from '../notices'

/** The staff view of a case after a change. */
export async function staffView(deps: AppDeps, c: CaseDoc): Promise<StaffCaseDTO> {
  const now = deps.clock.now()
  return toStaffCaseDTO(c, await loadUploads(deps.db, c), now, await overridesFrom(deps.db, c.townshipId, now))
}

/** A case as staff see it (404 outside the township, 403 for another department's case). */
export async function getStaffCase(deps: AppDeps, user: AuthedUser, id: string): Promise<StaffCaseDTO> {
  return staffView(deps, await loadStaffCase(deps.db, user, id))
}

/** 受理: submitted → accepted; the answer clock (per type) starts; the resident is told. */
export async function acceptCase(deps: AppDeps, user: AuthedUser, id: string, input: { note?: string }): Promise<StaffCaseDTO> {
  const c = await loadStaffCase(deps.db, user, id)
  const now = deps.clock.now()
  const updated = await changeCase(deps, c, {
    action: 'accept',
    actor: 'staff',
    author: staffAuthor(user, c),
    internalNote: input.note ?? null,
    public: true,
    notices: () => [caseNotice('case.accepted', c, now)]
  })
  return staffView(deps, updated)
}

/** 不予受理 with a reason the resident reads. */
export async function rejectCase(deps: AppDeps, user: AuthedUser, id: string, input: RejectCaseInput): Promise<StaffCaseDTO> {
  const c = await loadStaffCase(deps.db, user, id)
  const now = deps.clock.now()
  const updated = await changeCase(deps, c, {
    action: 'reject',
    actor: 'staff',
    author: staffAuthor(user, c),
    publicText: input.reason,
    public: true,
    notices: () => [caseNotice('case.rejected', c, now, { text: input.reason })]
  })
  return staffView(deps, updated)
}

async function townshipDepartment(deps: AppDeps, user: AuthedUser, departmentId: string): Promise<DepartmentDoc> {
  const d = await departmentModel(deps.db)
    .findOne({ _id: new Types.ObjectId(departmentId), townshipId: new Types.ObjectId(user.townshipId) })
    .lean<DepartmentDoc>()
  if (!d) throw badRequest('DEPARTMENT_UNKNOWN', '请选择本乡镇的站所')
  return d
}

/** 派单: accepted → assigned to a department of the township. */
export async function assignCase(deps: AppDeps, user: AuthedUser, id: string, input: AssignCaseInput): Promise<StaffCaseDTO> {
  const c = await loadStaffCase(deps.db, user, id)
  const dept = await townshipDepartment(deps, user, input.departmentId)
  const updated = await changeCase(deps, c, {
    action: 'assign',
    actor: 'staff',
    author: staffAuthor(user, { departmentName: null }),
    publicText: `已转${dept.name}办理`,
    internalNote: input.note ?? null,
    public: true,
    set: { departmentId: dept._id, departmentName: dept.name }
  })
  return staffView(deps, updated)
}

/** 退回: the department objects (reason required); back to accepted, for the admin to reassign. */
export async function returnCase(deps: AppDeps, user: AuthedUser, id: string, input: ReturnCaseInput): Promise<StaffCaseDTO> {
  const c = await loadStaffCase(deps.db, user, id)
  const updated = await changeCase(deps, c, {
    action: 'return',
    actor: 'staff',
    author: staffAuthor(user, c),
    internalNote: input.reason,
    public: false,
    set: { departmentId: null, departmentName: null }
  })
  return staffView(deps, updated)
}

/** Asks the resident for more information; the clock pauses until they answer. */
export async function requestInfo(deps: AppDeps, user: AuthedUser, id: string, input: RequestInfoInput): Promise<StaffCaseDTO> {
  const c = await loadStaffCase(deps.db, user, id)
  const now = deps.clock.now()
  const updated = await changeCase(deps, c, {
    action: 'requestInfo',
    actor: 'staff',
    author: staffAuthor(user, c),
    publicText: input.question,
    public: true,
    set: { pendingQuestion: input.question },
    notices: () => [caseNotice('case.infoRequested', c, now, { text: input.question, suffix: String(c.updates.length) })]
  })
  return staffView(deps, updated)
}

/** 答复: the public answer (and an optional internal note); the auto-close clock starts. */
export async function replyCase(deps: AppDeps, user: AuthedUser, id: string, input: ReplyCaseInput): Promise<StaffCaseDTO> {
  const c = await loadStaffCase(deps.db, user, id)
  const now = deps.clock.now()
  const overrides = await overridesFrom(deps.db, c.townshipId, now)
  const autoCloseBy = endOfLocalDay(addWorkingDays(toLocalDate(now), deps.config.cases.autoCloseDays, overrides))
  const updated = await changeCase(deps, c, {
    action: 'reply',
    actor: 'staff',
    author: staffAuthor(user, c),
    publicText: input.text,
    internalNote: input.internalNote ?? null,
    public: true,
    set: { reply: input.text, autoCloseBy },
    notices: () => [caseNotice('case.replied', c, now, { text: input.text.slice(0, 100) })]
  })
  return staffView(deps, updated)
}

/** An internal note: staff only, status unchanged. */
export async function addInternalNote(deps: AppDeps, user: AuthedUser, id: string, input: InternalNoteInput): Promise<StaffCaseDTO> {
  const c = await loadStaffCase(deps.db, user, id)
  const updated = await changeCase(deps, c, { action: 'note', actor: 'staff', author: staffAuthor(user, c), internalNote: input.text, public: false })
  return staffView(deps, updated)
}

/** Merges a case as a duplicate of another case of the township. */
export async function mergeCase(deps: AppDeps, user: AuthedUser, id: string, input: MergeCaseInput): Promise<StaffCaseDTO> {
  if (input.intoCaseId === id) throw badRequest('MERGE_SELF', '不能把诉求合并到它自己')
  const c = await loadStaffCase(deps.db, user, id)
  const into = await caseModel(deps.db)
    .findOne({ _id: new Types.ObjectId(input.intoCaseId), townshipId: c.townshipId }, { number: 1, status: 1 })
    .lean<Pick<CaseDoc, '_id' | 'number' | 'status'>>()
  if (!into) throw notFound('没有找到要合并到的诉求')
  if (into.status === 'merged' || into.status === 'rejected') throw new AppError(409, 'CASE_STATE_CONFLICT', '要合并到的诉求已合并或不予受理，请选择另一件')
  const updated = await changeCase(deps, c, {
    action: 'merge',
    actor: 'staff',
    author: staffAuthor(user, c),
    publicText: `与诉求 ${into.number} 内容相同，合并办理`,
    internalNote: input.note ?? null,
    public: true,
    set: { mergedIntoId: into._id, mergedIntoNumber: into.number }
  })
  return staffView(deps, updated)
}

/** Content review of a held case: `pass` releases text and photos; `keepHidden` keeps them staff-only. */
export async function reviewContent(deps: AppDeps, user: AuthedUser, id: string, input: ReviewContentInput): Promise<StaffCaseDTO> {
  const c = await loadStaffCase(deps.db, user, id)
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
