import { Types } from 'mongoose'
import { noticeRecordsQuerySchema, type NoticeRecordDTO } from '../../../../../src/shared/notices'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { assertStaffMaySee, type StaffScoped } from '../../../lib/visibility'
import { noticeModel, toNoticeRecordDTO, type NoticeRecord } from '../model'

export const listNoticeRecordsQuery = noticeRecordsQuerySchema
export type ListNoticeRecordsQuery = z.output<typeof listNoticeRecordsQuery>

/**
 * Who was told about a thing (a sign-up, a case, a booking), through which channel and why, and how
 * each delivery went; oldest first. The records follow their subject (lib/visibility): another
 * township's answer 404, another department's 403, and a subject without a department (a staff
 * sign-up) is the admin's.
 */
export async function listNoticeRecords(deps: AppDeps, user: AuthedUser, query: ListNoticeRecordsQuery): Promise<NoticeRecordDTO[]> {
  const docs = await noticeModel(deps.db)
    .find({ subjectId: query.subjectId })
    .sort({ createdAt: 1, _id: 1 })
    .limit(200)
    .lean<NoticeRecord[]>()
  for (const subjectType of new Set(docs.map((d) => d.subjectType))) await assertSubjectVisible(deps, user, subjectType, query.subjectId)
  return docs.map(toNoticeRecordDTO)
}

async function assertSubjectVisible(deps: AppDeps, user: AuthedUser, subjectType: string, subjectId: string): Promise<void> {
  const source = deps.registry.noticeSources[subjectType]
  const subject = source && Types.ObjectId.isValid(subjectId)
    ? await deps.db.collection<StaffScoped>(source.collection).findOne(
        { _id: new Types.ObjectId(subjectId) as never },
        { projection: { townshipId: 1, departmentId: 1 } }
      )
    : null
  assertStaffMaySee(user, subject, { missing: '没有找到这件事的通知记录', why: '这件事不归您所在的站所办理，它的通知记录请找管理员查看' })
}
