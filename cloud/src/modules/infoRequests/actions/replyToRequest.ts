import { Types } from 'mongoose'
import { appealRightsText, processingFee, REPLY_KIND_LABELS, replyRequestSchema, type StaffInfoRequestDTO } from '../../../../../src/shared/infoRequests'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import { badRequest } from '../../../lib/errors'
import { authorOf } from '../../../lib/lifecycle'
import type { AuthedUser } from '../../../lib/types'
import { recordAudit } from '../../audit/actions/recordAudit'
import { toLocalDate } from '../../calendar/workingDays'
import { filesOfTownship } from '../../disclosure/files'
import { publishedItemRef } from '../../disclosure/lookup'
import { changeRequest, loadSettings, loadStaffRequest, staffActor } from '../core'
import { NO_RANK, type StoredReply } from '../model'
import { requestNotice } from '../notices'
import { requestsThisMonth, staffView } from '../views'

export const replyToRequestInput = replyRequestSchema
export type ReplyToRequestInput = z.output<typeof replyToRequestInput> & { id: string }

/**
 * Answers a request with one of the Art. 36 kinds (or partial disclosure, Art. 37): with the
 * information as attachments or where to find it, the legal reason for what is withheld, or the
 * agency that holds it. Every reply states the appeal rights (60 days for 行政复议, six months for
 * 行政诉讼, naming the township's review body and court) and the fee under the township's rule
 * (free unless it charges for volume). Answering after the deadline is recorded as late. Audited.
 */
export async function replyToRequest(deps: AppDeps, user: AuthedUser, input: ReplyToRequestInput): Promise<StaffInfoRequestDTO> {
  const r = await loadStaffRequest(deps.db, user, input.id)
  const now = deps.clock.now()
  const [files, item, settings, monthCount] = await Promise.all([
    filesOfTownship(deps.db, r.townshipId, input.attachmentIds, 'attachmentIds'),
    input.disclosureItemId ? publishedItemRef(deps.db, r.townshipId, input.disclosureItemId) : Promise.resolve(null),
    loadSettings(deps.db, r.townshipId),
    requestsThisMonth(deps, r)
  ])
  if (input.disclosureItemId && !item) throw badRequest('ITEM_UNKNOWN', '所选的公开信息不存在或还没有发布，请重新选择', { disclosureItemId: '请选择已发布的公开信息' })
  const reply: StoredReply = {
    kind: input.kind,
    text: input.text,
    withheldReason: input.kind === 'withheld' || input.kind === 'partlyDisclosed' ? input.withheldReason : null,
    cannotProvideReason: input.kind === 'notExist' ? input.cannotProvideReason : null,
    whereToFind: input.whereToFind,
    disclosureItem: item,
    otherAgency: input.kind === 'notThisAgency' ? input.otherAgency : null,
    otherLaw: input.kind === 'otherLaw' ? input.otherLaw : null,
    attachmentIds: files.map((f) => f._id as Types.ObjectId),
    pages: input.pages,
    fee: processingFee(settings.feeMethod, { requestsThisMonth: monthCount, pages: input.pages }),
    appealText: appealRightsText(settings),
    repliedOn: toLocalDate(now),
    late: r.due !== null && now.getTime() > r.due.dueBy.getTime()
  }
  const kind = REPLY_KIND_LABELS[input.kind]
  const updated = await changeRequest(deps, r, {
    action: 'reply',
    actor: staffActor(user),
    author: authorOf(user),
    publicText: `答复：${kind}`,
    internalNote: reply.late ? `超过答复期限（${r.due?.dueDate ?? ''}）答复` : null,
    public: true,
    set: { reply, closedOn: reply.repliedOn, closedBy: 'reply', queueRank: NO_RANK },
    notices: () => [requestNotice('infoRequest.replied', r, now, { status: kind })]
  })
  await recordAudit(deps, user, { action: 'infoRequest.replied', targetType: 'infoRequest', targetId: input.id, detail: `${r.number} ${kind}` })
  return staffView(deps, user, updated)
}
