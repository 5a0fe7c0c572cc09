import { Types, type Connection } from 'mongoose'
import { CASE_TYPE_LABELS } from '../../../../src/shared/cases'
import { caseModel, type CaseDoc } from './model'

/** A case as 好差评 rates it: who it was for, who served, and when it was finished (closed). */
export interface ReviewableCase {
  townshipId: Types.ObjectId
  departmentId: Types.ObjectId | null
  departmentName: string | null
  title: string
  applicantName: string
  applicantPersonId: Types.ObjectId
  /** When it closed; null while it is not closed. */
  finishedAt: Date | null
  /** Who answered it. */
  staffId: Types.ObjectId | null
  staffName: string | null
}

/** The case `id` for rating, or null when there is none. */
export async function reviewableCase(db: Connection, id: string): Promise<ReviewableCase | null> {
  const c = await caseModel(db)
    .findById(new Types.ObjectId(id), { townshipId: 1, departmentId: 1, departmentName: 1, type: 1, title: 1, acting: 1, status: 1, updates: 1 })
    .lean<Pick<CaseDoc, 'townshipId' | 'departmentId' | 'departmentName' | 'type' | 'title' | 'acting' | 'status' | 'updates'>>()
  if (!c) return null
  const closed = c.status === 'closed' ? [...c.updates].reverse().find((u) => u.to === 'closed' && u.from !== 'closed') : undefined
  const reply = [...c.updates].reverse().find((u) => u.action === 'reply')
  return {
    townshipId: c.townshipId,
    departmentId: c.departmentId,
    departmentName: c.departmentName,
    title: `${CASE_TYPE_LABELS[c.type]}：${c.title}`,
    applicantName: c.acting.applicantName,
    applicantPersonId: c.acting.applicantPersonId,
    finishedAt: closed?.at ?? null,
    staffId: reply?.authorId ?? null,
    staffName: reply?.authorName ?? null
  }
}

/** Cases of a township closed between `from` and `to`, with their ids, for the default-rating rule. */
export async function casesClosedBetween(db: Connection, townshipId: Types.ObjectId, from: Date, to: Date): Promise<(ReviewableCase & { id: string })[]> {
  const found = await caseModel(db)
    .find({ townshipId, status: 'closed', updates: { $elemMatch: { to: 'closed', at: { $gte: from, $lte: to } } } }, { _id: 1 })
    .lean<{ _id: Types.ObjectId }[]>()
  const cases = await Promise.all(found.map(async (c) => ({ id: String(c._id), case: await reviewableCase(db, String(c._id)) })))
  return cases.flatMap((c) => (c.case && c.case.finishedAt && c.case.finishedAt >= from && c.case.finishedAt <= to ? [{ ...c.case, id: c.id }] : []))
}
