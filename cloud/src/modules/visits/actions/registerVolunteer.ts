import { Types } from 'mongoose'
import { maskPhone } from '../../../../../src/shared/mask'
import { registerVolunteerSchema, VOLUNTEER_LIFECYCLE, VOLUNTEER_STATUS_LABELS, type VolunteerDTO } from '../../../../../src/shared/visits'
import type * as z from '../../../../../src/shared/zod'
import { encryptField } from '../../../lib/crypto'
import type { AppDeps } from '../../../lib/deps'
import { badRequest, conflict, forbidden } from '../../../lib/errors'
import { authorOf, creationUpdate, recordTransition } from '../../../lib/lifecycle'
import type { AuthedUser } from '../../../lib/types'
import { relayAfterWrite } from '../../notices/relay'
import { villageModel } from '../../org/model'
import { volunteerModel, type VolunteerDoc } from '../model'
import { volunteerNotice } from '../notices'
import { volunteerView } from '../volunteers'

export const registerVolunteerInput = registerVolunteerSchema
export type RegisterVolunteerInput = z.output<typeof registerVolunteerInput>

/**
 * 志愿者/网格员登记: a resident or an assistant registers for a village of their township with their
 * real name, phone (stored encrypted, shown masked) and what they can help with; the township's
 * admins are told to review it. After a rejection or a suspension the same person registers again
 * (reapply). One registration per account: while one waits or is approved, another answers 409.
 */
export async function registerVolunteer(deps: AppDeps, user: AuthedUser, input: RegisterVolunteerInput): Promise<VolunteerDTO> {
  if (user.role !== 'resident' && user.role !== 'assistant') throw forbidden('工作人员不用登记志愿者；请用群众或帮办代办员的身份登记')
  const village = await villageModel(deps.db).findOne({ _id: new Types.ObjectId(input.villageId), townshipId: new Types.ObjectId(user.townshipId) }, { name: 1 }).lean()
  if (!village) throw badRequest('VILLAGE_UNKNOWN', '请选择本乡镇的村（社区）', { villageId: '请选择本乡镇的村（社区）' })
  const now = deps.clock.now()
  const Volunteer = volunteerModel(deps.db)
  const fields = {
    townshipId: new Types.ObjectId(user.townshipId),
    villageId: village._id,
    kind: input.kind,
    realName: input.realName,
    phoneEncrypted: encryptField(input.phone, deps.config.keys.idEncryption),
    phoneMasked: maskPhone(input.phone),
    skills: [...new Set(input.skills)],
    intro: input.intro || null,
    phoneOnDoorplates: input.kind === 'gridWorker' && input.phoneOnDoorplates,
    reason: null
  }
  const existing = await Volunteer.findOne({ userId: new Types.ObjectId(user.id) }, { pendingNotices: 0 }).lean<VolunteerDoc>()
  let saved: VolunteerDoc
  if (!existing) {
    const doc: VolunteerDoc = {
      _id: deps.ids.objectId(),
      userId: new Types.ObjectId(user.id),
      ...fields,
      status: 'pending',
      updates: [creationUpdate(VOLUNTEER_LIFECYCLE, 'register', authorOf(user), now)],
      pendingNotices: [],
      registeredAt: now,
      updatedAt: now
    }
    doc.pendingNotices = [volunteerNotice('volunteer.registered', doc, now, { step: 1, villageName: village.name })]
    await Volunteer.create(doc)
    saved = doc
  } else {
    if (existing.status === 'pending' || existing.status === 'approved') {
      throw conflict('VOLUNTEER_EXISTS', `您已经登记过了（${VOLUNTEER_STATUS_LABELS[existing.status]}），不用重复登记`)
    }
    const done = await recordTransition(Volunteer, VOLUNTEER_LIFECYCLE, {
      record: existing,
      action: 'reapply',
      actor: 'self',
      author: authorOf(user),
      at: now,
      set: { ...fields, registeredAt: now },
      notices: () => [volunteerNotice('volunteer.registered', existing, now, { step: existing.updates.length + 1, villageName: village.name })]
    })
    if (!done) throw conflict('VOLUNTEER_CHANGED', '您的登记刚刚有了变化，请刷新后再试')
    saved = done.doc
  }
  await relayAfterWrite(deps, 'volunteer', saved._id)
  return volunteerView(deps.db, saved)
}
