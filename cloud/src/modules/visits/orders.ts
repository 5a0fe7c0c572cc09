import { Types, type Connection } from 'mongoose'
import { VOLUNTEER_KIND_LABELS, type VisitOrderDTO } from '../../../../src/shared/visits'
import type { AppDeps } from '../../lib/deps'
import { decryptField } from '../../lib/crypto'
import { notFound } from '../../lib/errors'
import type { AuthedUser } from '../../lib/types'
import { recordAudit } from '../audit/actions/recordAudit'
import type { CaseAuthor } from '../cases/core'
import { caseModel, type CaseDispatch, type CaseDoc } from '../cases/model'
import { villageModel } from '../org/model'
import { toOrderDTO } from './dto'
import type { VolunteerDoc } from './model'

/** A case whose current order is the caller's; anyone else's (or one passed on to another volunteer) is 404. */
export async function loadMyOrder(db: Connection, user: AuthedUser, caseId: string): Promise<CaseDoc & { dispatch: CaseDispatch }> {
  const c = await caseModel(db).findOne({ _id: new Types.ObjectId(caseId), 'dispatch.volunteerUserId': new Types.ObjectId(user.id) }, { pendingNotices: 0 }).lean<CaseDoc>()
  if (!c?.dispatch) throw notFound('没有找到这张服务单，可能已经改派给别人了')
  return c as CaseDoc & { dispatch: CaseDispatch }
}

/** How a volunteer signs the updates they write: their name, and to the resident 志愿者/网格员 and the name. */
export function volunteerAuthor(user: AuthedUser, v: Pick<VolunteerDoc, 'realName' | 'kind'>): CaseAuthor {
  return { id: user.id, name: v.realName, role: user.role, publicBy: `${VOLUNTEER_KIND_LABELS[v.kind]}${v.realName}` }
}

/** The village name of a case, if it names one. */
export async function villageNameOf(db: Connection, c: Pick<CaseDoc, 'villageId'>): Promise<string | null> {
  if (!c.villageId) return null
  return (await villageModel(db).findById(c.villageId, { name: 1 }).lean())?.name ?? null
}

/** The names of the villages a list of records names, by id. */
export async function villageNames(db: Connection, records: readonly { villageId: Types.ObjectId | null }[]): Promise<Map<string, string>> {
  const ids = [...new Set(records.flatMap((r) => (r.villageId ? [String(r.villageId)] : [])))]
  if (!ids.length) return new Map()
  const villages = await villageModel(db).find({ _id: { $in: ids.map((id) => new Types.ObjectId(id)) } }, { name: 1 }).lean()
  return new Map(villages.map((v) => [String(v._id), v.name]))
}

/** An order as its volunteer sees it; a view that shows the address (the order is theirs) is audited. */
export async function orderView(deps: AppDeps, user: AuthedUser, c: CaseDoc): Promise<VisitOrderDTO> {
  const phone = c.contactPhoneEncrypted ? decryptField(c.contactPhoneEncrypted, deps.config.keys.idEncryption) : null
  const view = toOrderDTO(c, await villageNameOf(deps.db, c), phone)
  if (view.address) {
    await recordAudit(deps, user, {
      action: 'visit.addressRead',
      targetType: 'case',
      targetId: String(c._id),
      onBehalfOfPersonId: String(c.acting.applicantPersonId),
      detail: c.number
    })
  }
  return view
}

/** The write condition of a step on the current order: still this round, in this state, for this volunteer. */
export function sameOrder(d: CaseDispatch, status: CaseDispatch['status']): Record<string, unknown> {
  return { 'dispatch.round': d.round, 'dispatch.status': status, 'dispatch.volunteerUserId': d.volunteerUserId }
}
