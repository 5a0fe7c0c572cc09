import { Types } from 'mongoose'
import { staffSignupSchema, type StaffSignupDTO } from '../../../../../src/shared/auth'
import { STAFF_SIGNUP_LIFECYCLE } from '../../../../../src/shared/staff'
import { maskIdNumber, maskPhone } from '../../../../../src/shared/mask'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { badRequest, conflict } from '../../../lib/errors'
import { encryptField, lookupHash } from '../../../lib/crypto'
import { authorOf, creationUpdate } from '../../../lib/lifecycle'
import { isDuplicateKeyError } from '../../../lib/mongoErrors'
import { departmentModel, townshipModel } from '../../org/model'
import { noticeEvent } from '../../../lib/notices'
import { relayAfterWrite } from '../../notices/relay'
import { staffSignupModel, toStaffSignupDTO } from '../model'

export const submitStaffSignupInput = staffSignupSchema
export type SubmitStaffSignupInput = z.output<typeof submitStaffSignupInput>

/**
 * A resident or assistant applies to become staff of a township's departments (实名 + 审核).
 * The ID number and phone are stored encrypted with a look-up hash; one live application per
 * ID number per township and one pending application per person (409 otherwise). The township's
 * admins are told (an event written with the application, relayed at once).
 */
export async function submitStaffSignup(deps: AppDeps, user: AuthedUser, input: SubmitStaffSignupInput): Promise<StaffSignupDTO> {
  if (user.role === 'staff' || user.role === 'admin') {
    throw conflict('ALREADY_STAFF', '您已经是工作人员了，不需要再申请')
  }
  const township = await townshipModel(deps.db).exists({ _id: input.townshipId })
  if (!township) throw badRequest('TOWNSHIP_NOT_FOUND', '没有找到您选择的乡镇，请重新选择', { townshipId: '没有这个乡镇' })
  const departmentIds = [...new Set(input.departmentIds)]
  const found = await departmentModel(deps.db).find({ _id: { $in: departmentIds }, townshipId: input.townshipId }, { name: 1 }).lean()
  if (found.length !== departmentIds.length) {
    throw badRequest('DEPARTMENT_NOT_IN_TOWNSHIP', '所选站所不属于这个乡镇，请重新选择', {
      departmentIds: '有站所不属于所选乡镇'
    })
  }

  const { idEncryption, idHash } = deps.config.keys
  const idNumberHash = lookupHash(input.idNumber, idHash)
  const activeIdKey = `${input.townshipId}:${idNumberHash}`
  const Signup = staffSignupModel(deps.db)
  const signupId = deps.ids.objectId()
  const now = deps.clock.now()
  const event = noticeEvent('staffSignup.submitted', {
    subjectType: 'staffSignup',
    subjectId: String(signupId),
    townshipId: input.townshipId,
    audience: [{ kind: 'townshipAdmins', townshipId: input.townshipId, as: 'admin' }],
    data: { realName: input.realName, departments: found.map((d) => d.name).join('、'), submittedAt: now.toISOString() },
    occurredAt: now
  })
  try {
    const created = new Signup({
      _id: signupId,
      userId: new Types.ObjectId(user.id),
      townshipId: new Types.ObjectId(input.townshipId),
      realName: input.realName,
      idNumberEncrypted: encryptField(input.idNumber, idEncryption),
      idNumberHash,
      idNumberMasked: maskIdNumber(input.idNumber),
      phoneEncrypted: encryptField(input.phone, idEncryption),
      phoneMasked: maskPhone(input.phone),
      departmentIds: departmentIds.map((id) => new Types.ObjectId(id)),
      status: 'pending',
      activeIdKey,
      pendingUserKey: user.id,
      submittedAt: now,
      updates: [creationUpdate(STAFF_SIGNUP_LIFECYCLE, 'submit', authorOf(user), now)],
      pendingNotices: [event]
    })
    const doc = await created.save()
    await relayAfterWrite(deps, 'staffSignup', signupId)
    return toStaffSignupDTO(doc)
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err
    if (await Signup.exists({ activeIdKey })) throw conflict('ID_NUMBER_TAKEN', '这个身份证号已经提交过申请')
    throw conflict('SIGNUP_PENDING', '您已经提交过申请，正在等待审核，请耐心等候')
  }
}
