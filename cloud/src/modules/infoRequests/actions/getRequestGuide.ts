import { ANSWER_DAYS, appealRightsText, FEE_METHOD_LABELS, type InfoRequestGuideDTO } from '../../../../../src/shared/infoRequests'
import type { AppDeps } from '../../../lib/deps'
import { requireTownship } from '../../org/lookup'
import { loadSettings } from '../core'

/** What an applicant reads before applying: the office, where and how to reach it, the fee rule, the time limit and the appeal rights. */
export async function getRequestGuide(deps: AppDeps, input: { townshipId: string }): Promise<InfoRequestGuideDTO> {
  const township = await requireTownship(deps.db, input.townshipId)
  const settings = await loadSettings(deps.db, township._id)
  return {
    townshipName: township.name,
    officeName: settings.officeName,
    officePhone: settings.officePhone,
    officeAddress: settings.officeAddress,
    feeMethod: settings.feeMethod,
    feeLabel: FEE_METHOD_LABELS[settings.feeMethod],
    answerDays: ANSWER_DAYS,
    appealText: appealRightsText(settings)
  }
}
