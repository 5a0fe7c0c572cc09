import { Types } from 'mongoose'
import { REPORT_COLUMNS, reportQuerySchema, type AnnualReportDTO, type AppealCounts } from '../../../../../src/shared/infoRequests'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { townshipModel } from '../../org/model'
import { appealsModel, infoRequestModel, type AppealsDoc } from '../model'
import { reportRows, type ReportRecord } from '../report'

export const getAnnualReportInput = reportQuerySchema
export type GetAnnualReportInput = z.output<typeof getAnnualReportInput>

const NONE: AppealCounts = { maintained: 0, corrected: 0, other: 0, pending: 0 }

/** The year's table for the 政府信息公开工作年度报告: requests by applicant kind and result, and the appeal counts staff entered. */
export async function getAnnualReport(deps: AppDeps, user: AuthedUser, input: GetAnnualReportInput): Promise<AnnualReportDTO> {
  const townshipId = new Types.ObjectId(user.townshipId)
  const [records, appeals, township] = await Promise.all([
    infoRequestModel(deps.db)
      .find(
        { townshipId, receivedOn: { $ne: null, $lte: `${input.year}-12-31` }, $or: [{ closedOn: null }, { closedOn: { $gte: `${input.year}-01-01` } }] },
        { receivedOn: 1, closedOn: 1, closedBy: 1, 'applicant.type': 1, 'applicant.orgType': 1, 'reply.kind': 1, 'reply.withheldReason': 1, 'reply.cannotProvideReason': 1, 'reply.late': 1, 'due.dueDate': 1 }
      )
      .lean<ReportRecord[]>(),
    appealsModel(deps.db).findOne({ townshipId, year: input.year }).lean<AppealsDoc>(),
    townshipModel(deps.db).findById(townshipId, { name: 1 }).lean<{ name: string }>()
  ])
  const { rows, overdue } = reportRows(records, input.year)
  return {
    year: input.year,
    townshipName: township?.name ?? '',
    columns: REPORT_COLUMNS.map((c) => ({ key: c.key, label: c.label })),
    rows,
    overdue,
    appeals: { review: appeals?.review ?? NONE, lawsuitDirect: appeals?.lawsuitDirect ?? NONE, lawsuitAfterReview: appeals?.lawsuitAfterReview ?? NONE },
    appealsUpdatedAt: appeals?.updatedAt.toISOString() ?? null
  }
}
