import { noticeRecordsQuerySchema, type NoticeRecordDTO } from '../../../../../src/shared/notices'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { noticeModel, toNoticeRecordDTO, type NoticeRecord } from '../model'

export const listNoticeRecordsQuery = noticeRecordsQuerySchema
export type ListNoticeRecordsQuery = z.output<typeof listNoticeRecordsQuery>

/**
 * Who was told about a thing (a sign-up, a case, a booking) of the staff member's township, through
 * which channel and why, and how each delivery went; oldest first.
 */
export async function listNoticeRecords(deps: AppDeps, user: AuthedUser, query: ListNoticeRecordsQuery): Promise<NoticeRecordDTO[]> {
  const docs = await noticeModel(deps.db)
    .find({ subjectId: query.subjectId, townshipId: user.townshipId })
    .sort({ createdAt: 1, _id: 1 })
    .limit(200)
    .lean<NoticeRecord[]>()
  return docs.map(toNoticeRecordDTO)
}
