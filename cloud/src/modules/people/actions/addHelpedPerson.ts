import { Types } from 'mongoose'
import { addHelpedPersonSchema, type HelpedPersonDTO } from '../../../../../src/shared/people'
import { maskIdNumber, maskPhone } from '../../../../../src/shared/mask'
import type * as z from '../../../../../src/shared/zod'
import type { AppDeps } from '../../../lib/deps'
import type { AuthedUser } from '../../../lib/types'
import { badRequest, conflict } from '../../../lib/errors'
import { encryptField, lookupHash } from '../../../lib/crypto'
import { isDuplicateKeyError } from '../../../lib/mongoErrors'
import { villageModel } from '../../org/model'
import { recordAudit } from '../../audit/actions/recordAudit'
import { consentModel, personModel, type PersonDoc } from '../model'
import { toHelpedPersonDTO } from '../dto'

export const addHelpedPersonInput = addHelpedPersonSchema
export type AddHelpedPersonInput = z.output<typeof addHelpedPersonInput>

const CLOCK_SKEW_MS = 5 * 60 * 1000

/**
 * An assistant records a person they help together with the consent (who agreed, how, when).
 * A person already known by ID number in the township is reused; a second active consent for
 * the same pair is refused (409). The consent is written to the audit log.
 */
export async function addHelpedPerson(deps: AppDeps, assistant: AuthedUser, input: AddHelpedPersonInput): Promise<HelpedPersonDTO> {
  const now = deps.clock.now()
  const givenAt = input.consentGivenAt ? new Date(input.consentGivenAt) : now
  if (givenAt.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    throw badRequest('CONSENT_IN_FUTURE', '授权时间不能晚于现在', { consentGivenAt: '授权时间不能晚于现在' })
  }
  const village = await villageModel(deps.db).findOne({ _id: input.villageId, townshipId: assistant.townshipId }).lean<{
    _id: Types.ObjectId
    groups: string[]
  }>()
  if (!village) throw badRequest('VILLAGE_NOT_FOUND', '没有找到这个村（社区），请重新选择', { villageId: '不是本乡镇的村（社区）' })
  if (input.group && village.groups.length > 0 && !village.groups.includes(input.group)) {
    throw badRequest('GROUP_NOT_FOUND', `这个村没有“${input.group}”，请从列表里选择`, { group: '不是这个村的组' })
  }

  const person = await findOrCreatePerson(deps, assistant, input)
  const Consents = consentModel(deps.db)
  const personId = String(person._id)
  let consent
  try {
    consent = await Consents.create({
      assistantUserId: new Types.ObjectId(assistant.id),
      personId: person._id,
      townshipId: new Types.ObjectId(assistant.townshipId),
      how: input.consentHow,
      givenAt,
      note: input.consentNote ?? null,
      recordedBy: new Types.ObjectId(assistant.id),
      recordedAt: now,
      activeKey: `${assistant.id}:${personId}`
    })
  } catch (err) {
    if (isDuplicateKeyError(err)) throw conflict('CONSENT_EXISTS', '您已经登记过帮这位群众办事的授权了')
    throw err
  }
  await recordAudit(deps, assistant, {
    action: 'consent.recorded',
    targetType: 'consent',
    targetId: String(consent._id),
    onBehalfOfPersonId: personId,
    detail: `登记代办授权（${input.consentHow}）`
  })
  return toHelpedPersonDTO(person, consent)
}

async function findOrCreatePerson(deps: AppDeps, assistant: AuthedUser, input: AddHelpedPersonInput): Promise<PersonDoc> {
  const People = personModel(deps.db)
  const key = deps.config.keys.idEncryption
  const fields = {
    townshipId: new Types.ObjectId(assistant.townshipId),
    villageId: new Types.ObjectId(input.villageId),
    group: input.group || null,
    name: input.name,
    createdBy: new Types.ObjectId(assistant.id),
    ...(input.phone ? { phoneEncrypted: encryptField(input.phone, key), phoneMasked: maskPhone(input.phone) } : {})
  }
  if (!input.idNumber) return People.create(fields)
  const idKey = `${assistant.townshipId}:${lookupHash(input.idNumber, deps.config.keys.idHash)}`
  const known = await People.findOne({ idKey })
  if (known) return known
  try {
    return await People.create({
      ...fields,
      idKey,
      idNumberEncrypted: encryptField(input.idNumber, key),
      idNumberMasked: maskIdNumber(input.idNumber)
    })
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err
    const winner = await People.findOne({ idKey })
    if (!winner) throw err
    return winner
  }
}
