import { Types } from 'mongoose'
import { INFO_REQUEST_LIFECYCLE, submitInfoRequestSchema, type InfoRequestDTO } from '../../../../../src/shared/infoRequests'
import { maskIdNumber, maskPhone } from '../../../../../src/shared/mask'
import type * as z from '../../../../../src/shared/zod'
import { encryptField, lookupHash } from '../../../lib/crypto'
import type { AppDeps } from '../../../lib/deps'
import { authorOf, creationUpdate } from '../../../lib/lifecycle'
import { nextSequence } from '../../../lib/sequence'
import type { AuthedUser } from '../../../lib/types'
import { recordAudit } from '../../audit/actions/recordAudit'
import { toLocalDate } from '../../calendar/workingDays'
import { relayAfterWrite } from '../../notices/relay'
import { resolveActing, storedActing } from '../../people/acting'
import { userModel } from '../../users/model'
import { loadSettings, overridesAround, receiptTarget } from '../core'
import { infoRequestModel, requestCounterModel, type InfoRequestDoc } from '../model'
import { requestNotice } from '../notices'
import { applicantView } from '../views'

export const submitInfoRequestInput = submitInfoRequestSchema
export type SubmitInfoRequestInput = z.output<typeof submitInfoRequestInput>

/**
 * Applies for government information, for oneself or (an assistant, with consent) for someone
 * helped. The ID number or credit code and the phone are stored encrypted with a masked copy and a
 * look-up hash. The request waits for the township to confirm receipt — its clock starts then —
 * and the office is told. Idempotent through the route.
 */
export async function submitInfoRequest(deps: AppDeps, user: AuthedUser, input: SubmitInfoRequestInput): Promise<InfoRequestDTO> {
  const now = deps.clock.now()
  const today = toLocalDate(now)
  const [acting, settings, overrides] = await Promise.all([
    resolveActing(deps, user),
    loadSettings(deps.db, user.townshipId),
    overridesAround(deps.db, user.townshipId, now)
  ])
  const officeStaff = settings.officeDepartmentId
    ? await userModel(deps.db).find({ townshipId: user.townshipId, role: 'staff', departmentIds: settings.officeDepartmentId }, { _id: 1 }).lean<{ _id: Types.ObjectId }[]>()
    : []
  const { idEncryption, idHash } = deps.config.keys
  const year = today.slice(0, 4)
  const seq = await nextSequence(requestCounterModel(deps.db), `${user.townshipId}:${year}`)
  const _id = deps.ids.objectId()
  const doc: InfoRequestDoc = {
    _id,
    townshipId: new Types.ObjectId(user.townshipId),
    departmentId: settings.officeDepartmentId ? new Types.ObjectId(settings.officeDepartmentId) : null,
    number: `${year}-${String(seq).padStart(4, '0')}`,
    acting: storedActing(acting),
    applicant: {
      type: input.applicantType,
      name: input.name,
      orgType: input.orgType,
      contactPerson: input.contactPerson,
      idEncrypted: encryptField(input.idNumber, idEncryption),
      idHash: lookupHash(input.idNumber, idHash),
      idMasked: maskIdNumber(input.idNumber),
      phoneEncrypted: encryptField(input.phone, idEncryption),
      phoneMasked: maskPhone(input.phone),
      address: input.address,
      email: input.email
    },
    description: input.description,
    purpose: input.purpose,
    form: input.form,
    delivery: input.delivery,
    status: 'submitted',
    resumeStatus: null,
    receivedOn: null,
    clock: null,
    due: null,
    queueRank: receiptTarget(today, overrides),
    correction: null,
    extension: null,
    consultations: [],
    reply: null,
    closedOn: null,
    closedBy: null,
    withdrawnReason: null,
    monthKey: today.slice(0, 7),
    submittedAt: now,
    updates: [{ ...creationUpdate(INFO_REQUEST_LIFECYCLE, 'submit', authorOf(user), now), public: true }],
    pendingNotices: [],
    updatedAt: now
  }
  doc.pendingNotices = [requestNotice('infoRequest.submitted', doc, now, { staffIds: officeStaff.map((s) => String(s._id)) })]
  await infoRequestModel(deps.db).create(doc)
  await relayAfterWrite(deps, 'infoRequest', _id)
  if (acting.onBehalf) {
    await recordAudit(deps, user, {
      action: 'infoRequest.submittedOnBehalf',
      targetType: 'infoRequest',
      targetId: String(_id),
      onBehalfOfPersonId: acting.applicantPersonId,
      detail: doc.number
    })
  }
  return applicantView(deps, { ...doc, pendingNotices: [] })
}
