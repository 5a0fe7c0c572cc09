import { Types } from 'mongoose'
import { appealCountsInputSchema, type AnnualReportDTO } from '../../../../../src/shared/infoRequests'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { isDuplicateKeyError } from '../../../lib/mongoErrors'
import type { AuthedUser } from '../../../lib/types'
import { recordAudit } from '../../audit/actions/recordAudit'
import { appealsModel } from '../model'
import { getAnnualReport } from './getAnnualReport'

export const saveAppealCountsInput = appealCountsInputSchema
export type SaveAppealCountsInput = z.output<typeof saveAppealCountsInput> & { year: number }

/** Records the year's 行政复议 and 行政诉讼 counts about the township's answers (admin); audited. Answers the report. */
export async function saveAppealCounts(deps: AppDeps, admin: AuthedUser, input: SaveAppealCountsInput): Promise<AnnualReportDTO> {
  const townshipId = new Types.ObjectId(admin.townshipId)
  const write = () =>
    appealsModel(deps.db).updateOne(
      { townshipId, year: input.year },
      {
        $set: { review: input.review, lawsuitDirect: input.lawsuitDirect, lawsuitAfterReview: input.lawsuitAfterReview, updatedAt: deps.clock.now(), updatedById: new Types.ObjectId(admin.id) },
        $setOnInsert: { townshipId, year: input.year }
      },
      { upsert: true }
    )
  try {
    await write()
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err
    await write()
  }
  await recordAudit(deps, admin, { action: 'infoRequest.appealsSaved', targetType: 'infoRequestAppeals', targetId: `${admin.townshipId}:${input.year}`, detail: `${input.year} 年` })
  return getAnnualReport(deps, admin, { year: input.year })
}
